package dev.onscrypto.node;

import static dev.onscrypto.node.FakeNode.result;
import static dev.onscrypto.node.Recorded.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.onscrypto.node.NodeFailedException.Failure;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.Owner;

/** The client against in-process stand-in nodes: agreement, every fault, and the local checks. */
class OnsNodeClientTest {
    private static final OnsName JAGERMAN = OnsName.of("jagerman", MappingType.SESSION);
    private static final OnsName BLOCKS = OnsName.of("blocks.loki", MappingType.LOKINET);
    private final List<FakeNode> nodes = new ArrayList<>();

    @AfterEach
    void stop() {
        nodes.forEach(FakeNode::close);
    }

    private FakeNode node() throws IOException {
        FakeNode n = new FakeNode();
        nodes.add(n);
        return n;
    }

    private List<FakeNode> agreeing(int count) throws IOException {
        List<FakeNode> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(node().on("ons_names_to_owners", result(entries(jagermanEntry(TXID))))
                    .on("ons_resolve", result(resolved(JAGERMAN_ENC, JAGERMAN_NONCE))));
        }
        return list;
    }

    private static OnsNodeClient client(List<FakeNode> list, Duration timeout) {
        return OnsNodeClient.builder().nodes(list.stream().map(FakeNode::url).toList()).timeout(timeout).build();
    }

    private static OnsNodeClient client(List<FakeNode> list) {
        return client(list, Duration.ofSeconds(5));
    }

    /** The failure of a one-node quorum. */
    private static NodeFailedException onlyFailure(Throwable e) {
        QuorumUnavailableException q = assertInstanceOf(QuorumUnavailableException.class, e);
        assertEquals(1, q.failures().size(), q.getMessage());
        return q.failures().get(0);
    }

    @Test
    void allAgree() throws IOException {
        List<FakeNode> list = agreeing(3);
        try (OnsNodeClient c = client(list)) {
            Agreed<List<FoundRecord>> a = c.lookup(List.of(JAGERMAN));
            assertEquals(3, a.nodes().size());
            assertEquals(1500000, a.height());
            assertEquals(Network.MAINNET, a.network());
            FoundRecord f = a.value().get(0);
            assertEquals(OWNER, HexFormat.of().formatHex(f.record().owner().verificationKey()));
            assertEquals(Owner.wallet(Ons.get().addresses().parse(WALLET, Network.MAINNET)), f.record().backupOwner().orElseThrow());
            assertEquals(TXID, HexFormat.of().formatHex(f.record().txid()));
            assertEquals(1234567, f.record().updateHeight());
            assertTrue(f.active());
            assertEquals(SESSION_ID, HexFormat.of().formatHex(f.value().orElseThrow().binary()));
        }
        for (FakeNode n : list) {
            // Only the hash travels: never the name.
            n.rawRequests.forEach(r -> assertFalse(r.contains("jagerman"), r));
            JsonAssert.request(n.requests, "ons_names_to_owners", JAGERMAN_HASH);
        }
    }

    @Test
    void resolveAgreesOnValueAndNonce() throws IOException {
        try (OnsNodeClient c = client(agreeing(2))) {
            Agreed<Resolution> r = c.resolve(JAGERMAN);
            assertEquals(SESSION_ID, HexFormat.of().formatHex(r.value().value().orElseThrow().binary()));
            assertEquals(2, r.nodes().size());
        }
    }

    @Test
    void resolveNotFoundAndAsync() throws Exception {
        FakeNode n = node().on("ons_resolve", result("{}"));
        try (OnsNodeClient c = client(List.of(n))) {
            CompletableFuture<Agreed<Resolution>> f = c.resolveAsync(JAGERMAN);
            assertFalse(f.get(5, TimeUnit.SECONDS).value().found());
        }
    }

    @Test
    void oneDisagrees() throws IOException {
        List<FakeNode> list = agreeing(2);
        FakeNode odd = node().on("ons_names_to_owners", result(entries(jagermanEntry(TXID2))));
        list.add(odd);
        try (OnsNodeClient c = client(list)) {
            NodesDisagreeException e = assertThrows(NodesDisagreeException.class, () -> c.lookup(List.of(JAGERMAN)));
            assertEquals(3, e.answers().size());
            assertTrue(e.getMessage().contains(odd.url()) && e.getMessage().contains("txid aa1ac5a5d6d1"), e.getMessage());
        }
    }

    @Test
    void allDisagree() throws IOException {
        List<FakeNode> list = List.of(node().on("ons_resolve", result(resolved(JAGERMAN_ENC, JAGERMAN_NONCE))),
                node().on("ons_resolve", result("{}")),
                node().on("ons_resolve", result(resolved(JAGERMAN_ENC, JAGERMAN_NONCE.replace('7', '8')))));
        try (OnsNodeClient c = client(list)) {
            // The third one's nonce does not decrypt: it failed a check, which is no answer, and no node is left.
            NodesDisagreeException e = assertThrows(NodesDisagreeException.class, () -> c.resolve(JAGERMAN));
            assertTrue(e.getMessage().contains("not found") && e.getMessage().contains("value d9bca6"), e.getMessage());
        }
    }

    @Test
    void failedNodeIsReplaced() throws IOException {
        FakeNode broken = node().on("ons_names_to_owners", FakeNode.status(500, "oops"));
        List<FakeNode> list = new ArrayList<>(List.of(broken));
        list.addAll(agreeing(3));
        try (OnsNodeClient c = OnsNodeClient.builder().nodes(list.stream().map(FakeNode::url).toList()).quorum(3).build()) {
            Agreed<List<FoundRecord>> a = c.lookup(List.of(JAGERMAN));
            assertEquals(list.subList(1, 4).stream().map(n -> n.url() + "/json_rpc").sorted().toList(),
                    a.nodes().stream().sorted().toList());
        }
    }

    @Test
    void slowBodyEndsAtTheDeadline() throws IOException {
        FakeNode n = node().on("ons_resolve", FakeNode.slow(300));
        long start = System.nanoTime();
        try (OnsNodeClient c = client(List.of(n), Duration.ofMillis(1500))) {
            NodeException e = assertThrows(NodeException.class, () -> c.resolve(JAGERMAN));
            assertEquals(Failure.TIMEOUT, onlyFailure(e).failure(), e.getMessage());
            assertTrue(e.getMessage().contains("within 1.5 s"), e.getMessage());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms >= 1400 && ms < 2500, "ended after " + ms + " ms");
    }

    @Test
    void endlessChunkedBodyHitsTheCapWithBoundedAllocation() throws IOException {
        FakeNode n = node().on("ons_resolve", FakeNode.endless());
        long before = Allocation.total();
        long start = System.nanoTime();
        try (OnsNodeClient c = client(List.of(n), Duration.ofSeconds(20))) {
            NodeException e = assertThrows(NodeException.class, () -> c.resolve(JAGERMAN));
            assertEquals(Failure.TOO_LARGE, onlyFailure(e).failure(), e.getMessage());
        }
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
        long allocated = Allocation.total() - before;
        assertTrue(allocated < 64L << 20, "allocated " + (allocated >> 20) + " MiB for a 1 MiB cap");
    }

    @Test
    void hundredMegabyteBodyIsRefused() throws IOException {
        FakeNode n = node().on("ons_resolve", FakeNode.big(100L << 20));
        long before = Allocation.total();
        try (OnsNodeClient c = client(List.of(n))) {
            NodeException e = assertThrows(NodeException.class, () -> c.resolve(JAGERMAN));
            assertEquals(Failure.TOO_LARGE, onlyFailure(e).failure(), e.getMessage());
        }
        long allocated = Allocation.total() - before;
        assertTrue(allocated < 64L << 20, "allocated " + (allocated >> 20) + " MiB");
    }

    @Test
    void capIsConfigurable() throws IOException {
        List<FakeNode> list = agreeing(1);
        try (OnsNodeClient c = OnsNodeClient.builder().node(list.get(0).url()).maxBodyBytes(100).build()) {
            NodeException e = assertThrows(NodeException.class, () -> c.lookup(List.of(JAGERMAN)));
            assertEquals(Failure.TOO_LARGE, onlyFailure(e).failure());
        }
    }

    @Test
    void malformedJson() throws IOException {
        FakeNode n = node().on("ons_resolve", FakeNode.raw(200, "{\"jsonrpc\":\"2.0\",\"result\":{\"encrypted_value\":"));
        try (OnsNodeClient c = client(List.of(n))) {
            assertEquals(Failure.MALFORMED, onlyFailure(assertThrows(NodeException.class, () -> c.resolve(JAGERMAN))).failure());
        }
    }

    @Test
    void duplicateKeysAreMalformed() throws IOException {
        FakeNode n = node().on("ons_resolve", FakeNode.raw(200, "{\"result\":{\"nonce\":\"" + JAGERMAN_NONCE
                + "\",\"encrypted_value\":\"" + JAGERMAN_ENC + "\",\"encrypted_value\":\"00\"}}"));
        try (OnsNodeClient c = client(List.of(n))) {
            assertEquals(Failure.MALFORMED, onlyFailure(assertThrows(NodeException.class, () -> c.resolve(JAGERMAN))).failure());
        }
    }

    @Test
    void http500() throws IOException {
        FakeNode n = node().on("ons_resolve", FakeNode.status(500, "boom"));
        try (OnsNodeClient c = client(List.of(n))) {
            NodeFailedException f = onlyFailure(assertThrows(NodeException.class, () -> c.resolve(JAGERMAN)));
            assertEquals(Failure.HTTP_STATUS, f.failure());
            assertTrue(f.getMessage().contains("HTTP 500"), f.getMessage());
        }
    }

    @Test
    void redirectIsNotFollowed() throws IOException {
        List<FakeNode> target = agreeing(1);
        FakeNode n = node();
        n.everything = FakeNode.redirect(target.get(0).url() + "/json_rpc");
        try (OnsNodeClient c = client(List.of(n))) {
            NodeFailedException f = onlyFailure(assertThrows(NodeException.class, () -> c.resolve(JAGERMAN)));
            assertEquals(Failure.HTTP_STATUS, f.failure());
            assertTrue(f.getMessage().contains("redirect"), f.getMessage());
        }
        assertEquals(0, target.get(0).requests.size());
    }

    @Test
    void rpcErrorTextIsEscapedAndCut() throws IOException {
        String evil = "bad\u001b[31m red\nerror: forged line\r\u0007" + "x".repeat(5000);
        FakeNode n = node().on("ons_resolve", FakeNode.raw(200, "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,\"message\":"
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(evil) + "}}"));
        try (OnsNodeClient c = client(List.of(n))) {
            NodeException e = assertThrows(NodeException.class, () -> c.resolve(JAGERMAN));
            String m = e.getMessage();
            assertEquals(Failure.RPC_ERROR, onlyFailure(e).failure());
            assertTrue(m.contains("-32602") && m.contains("bad\\u001b[31m red\\u000aerror: forged line\\u000d\\u0007"), m);
            assertTrue(m.chars().noneMatch(Character::isISOControl), m);
            assertTrue(m.length() < 600, "message of " + m.length() + " chars");
        }
    }

    @Test
    void expiredRecordIsReportedExpired() throws IOException {
        FakeNode n = node().on("ons_names_to_owners", result(entries(blocksEntry(1499999))));
        try (OnsNodeClient c = client(List.of(n))) {
            FoundRecord f = c.lookup(List.of(BLOCKS)).value().get(0);
            assertFalse(f.active());
            assertEquals(1499999, f.record().expirationHeight().orElseThrow());
            assertEquals(BLOCKS_VALUE, Ons.get().values().format(f.value().orElseThrow(), Network.MAINNET));
        }
        FakeNode live = node().on("ons_names_to_owners", result(entries(blocksEntry(1500000))));
        try (OnsNodeClient c = client(List.of(live))) {
            assertTrue(c.lookup(List.of(BLOCKS)).value().get(0).active());
        }
    }

    @Test
    void activityIsJudgedAtTheLowestHeight() throws IOException {
        FakeNode ahead = node().on("ons_names_to_owners", result(entries(blocksEntry(1500000))));
        FakeNode behind = node().on("ons_names_to_owners", result(entries(blocksEntry(1500000))))
                .on("get_info", result(FakeNode.INFO.replace("1500000", "1400000")));
        try (OnsNodeClient c = client(List.of(ahead, behind))) {
            Agreed<List<FoundRecord>> a = c.lookup(List.of(BLOCKS));
            assertEquals(1400000, a.height());
        }
    }

    @Test
    void wrongNameHashIsABadAnswer() throws IOException {
        FakeNode n = node().on("ons_names_to_owners", result(entries(blocksEntry(2000000).replace("\"type\":2", "\"type\":0"))));
        try (OnsNodeClient c = client(List.of(n))) {
            NodeFailedException f = onlyFailure(assertThrows(NodeException.class, () -> c.lookup(List.of(JAGERMAN))));
            assertEquals(Failure.BAD_ANSWER, f.failure());
            assertTrue(f.getMessage().contains("not asked for"), f.getMessage());
        }
    }

    @Test
    void valueThatDoesNotDecryptIsABadAnswer() throws IOException {
        String tampered = jagermanEntry(TXID).replace(JAGERMAN_ENC, "00" + JAGERMAN_ENC.substring(2));
        FakeNode n = node().on("ons_names_to_owners", result(entries(tampered)));
        try (OnsNodeClient c = client(List.of(n))) {
            NodeFailedException f = onlyFailure(assertThrows(NodeException.class, () -> c.lookup(List.of(JAGERMAN))));
            assertEquals(Failure.BAD_ANSWER, f.failure());
            assertTrue(f.getMessage().contains("does not decrypt"), f.getMessage());
        }
    }

    @Test
    void ownerOfAnotherNetworkIsABadAnswer() throws IOException {
        FakeNode n = node().on("ons_names_to_owners", result(entries(jagermanEntry(TXID))))
                .on("get_info", result(FakeNode.INFO.replace("\"nettype\":\"mainnet\"", "\"nettype\":\"testnet\"")));
        try (OnsNodeClient c = client(List.of(n))) {
            NodeFailedException f = onlyFailure(assertThrows(NodeException.class, () -> c.lookup(List.of(JAGERMAN))));
            assertEquals(Failure.BAD_ANSWER, f.failure());
            assertTrue(f.getMessage().contains("backup_owner does not parse as a testnet owner"), f.getMessage());
        }
    }

    @Test
    void untrustedAndSyncingNodesFail() throws IOException {
        FakeNode untrusted = node().on("get_info", result(FakeNode.INFO.replace("\"untrusted\":false", "\"untrusted\":true")));
        FakeNode syncing = node().on("get_info", result(FakeNode.INFO.replace("\"target_height\":0", "\"target_height\":1500010")));
        try (OnsNodeClient c = client(List.of(untrusted))) {
            assertEquals(Failure.UNTRUSTED, onlyFailure(assertThrows(NodeException.class, () -> c.resolve(JAGERMAN))).failure());
        }
        try (OnsNodeClient c = client(List.of(syncing))) {
            assertEquals(Failure.BEHIND, onlyFailure(assertThrows(NodeException.class, () -> c.resolve(JAGERMAN))).failure());
        }
    }

    @Test
    void requiredNetworkRefusesOtherNodes() throws IOException {
        try (OnsNodeClient c = OnsNodeClient.builder().node(agreeing(1).get(0).url()).network(Network.TESTNET).build()) {
            NodeFailedException f = onlyFailure(assertThrows(NodeException.class, () -> c.resolve(JAGERMAN)));
            assertEquals(Failure.WRONG_NETWORK, f.failure());
            assertTrue(f.getMessage().contains("mainnet, not testnet"), f.getMessage());
        }
    }

    @Test
    void devShapeIsAccepted() throws IOException {
        // oxen-core dev: records under "result", absent optionals as null, no entry_index.
        String entry = jagermanEntry(TXID).replace("\"entry_index\":0,", "").replace("\"backup_owner\":\"" + WALLET + "\"", "\"backup_owner\":null");
        FakeNode n = node().on("ons_names_to_owners", result("{\"type\":[0],\"result\":[" + entry + "],\"status\":\"OK\"}"))
                .on("get_info", result("{\"status\":\"OK\",\"height\":1500000,\"l2_height\":1,\"target_height\":1500000,\"mainnet\":true,\"nettype\":\"mainnet\"}"));
        try (OnsNodeClient c = client(List.of(n))) {
            FoundRecord f = c.lookup(List.of(JAGERMAN)).value().get(0);
            assertTrue(f.record().backupOwner().isEmpty());
        }
    }

    @Test
    void moreThan256NamesAreSplit() throws IOException {
        FakeNode n = node().on("ons_names_to_owners", result(entries()));
        List<OnsName> names = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            names.add(OnsName.of("name" + i, MappingType.SESSION));
        }
        try (OnsNodeClient c = client(List.of(n))) {
            assertTrue(c.lookup(names).value().isEmpty());
        }
        List<Integer> sizes = n.requests.stream().filter(r -> r.path("method").asText().equals("ons_names_to_owners"))
                .map(r -> r.path("params").path("entries").size()).sorted().toList();
        assertEquals(List.of(44, 256), sizes);
        n.requests.stream().filter(r -> r.path("method").asText().equals("ons_names_to_owners"))
                .forEach(r -> assertTrue(r.path("params").path("include_expired").asBoolean()));
    }

    @Test
    void ownedByChecksOwners() throws IOException {
        Owner owner = Owner.ed25519(HexFormat.of().parseHex(OWNER));
        FakeNode n = node().on("ons_owners_to_names", result(entries(jagermanEntry(TXID).replace("entry_index", "request_index"))));
        try (OnsNodeClient c = client(List.of(n))) {
            FoundRecord f = c.ownedBy(List.of(owner), List.of(JAGERMAN)).value().get(0);
            assertEquals(JAGERMAN, f.name().orElseThrow());
            assertEquals(SESSION_ID, HexFormat.of().formatHex(f.value().orElseThrow().binary()));
        }
        assertEquals(OWNER, n.requests.stream().filter(r -> r.path("method").asText().equals("ons_owners_to_names"))
                .findFirst().orElseThrow().path("params").path("entries").get(0).asText());
        Owner stranger = Owner.ed25519(new byte[32]);
        try (OnsNodeClient c = client(List.of(n))) {
            NodeFailedException f = onlyFailure(assertThrows(NodeException.class, () -> c.ownedBy(List.of(stranger), List.of())));
            assertEquals(Failure.BAD_ANSWER, f.failure());
        }
    }

    @Test
    void asyncFailureCarriesTheTypedError() throws Exception {
        FakeNode n = node().on("ons_resolve", FakeNode.status(503, ""));
        try (OnsNodeClient c = client(List.of(n))) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> c.resolveAsync(JAGERMAN).get(5, TimeUnit.SECONDS));
            assertInstanceOf(QuorumUnavailableException.class, e.getCause());
        }
    }

    @Test
    void unreachableNode() {
        try (OnsNodeClient c = OnsNodeClient.builder().node("127.0.0.1:1").build()) {
            assertEquals(Failure.UNREACHABLE, onlyFailure(assertThrows(NodeException.class, () -> c.resolve(JAGERMAN))).failure());
        }
    }

    @Test
    void builderChecks() {
        assertThrows(dev.onscrypto.InvalidInputException.class, () -> OnsNodeClient.builder().build());
        assertThrows(dev.onscrypto.InvalidInputException.class, () -> OnsNodeClient.builder().node("127.0.0.1:1").quorum(2).build());
        assertThrows(dev.onscrypto.InvalidInputException.class, () -> OnsNodeClient.builder().node("ftp://x"));
        assertThrows(dev.onscrypto.InvalidInputException.class, () -> OnsNodeClient.builder().timeout(Duration.ZERO));
    }
}
