package dev.onscrypto.cli;

import static dev.onscrypto.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.OnsRecord;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.UpdateSigningKey;
import dev.onscrypto.ons.tx.Chain;
import dev.onscrypto.ons.tx.OnsTxBuilder;
import dev.onscrypto.ons.tx.OnsTxExtra;
import dev.onscrypto.ons.tx.RecordReplay;
import dev.onscrypto.ons.tx.TransactionBlob;

/**
 * {@code ons audit} and {@code tx-extra check --node} against a stand-in oxend on 127.0.0.1: a lokinet
 * name bought, updated and renewed in three transactions whose bytes (v4 ONS transactions with a
 * CLSAG RingCT base) the stand-in serves from {@code get_transactions}.
 */
class AuditCommandTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String SEED = CommandsTest.SEED;
    private static final String PUB = TxExtraCommandsTest.PUB;
    private static final String INFO = "{\"status\":\"OK\",\"height\":1100000,\"target_height\":0,\"nettype\":\"mainnet\","
            + "\"mainnet\":true,\"testnet\":false,\"devnet\":false,\"untrusted\":false,\"offline\":false,\"hard_fork\":19}";

    private HttpServer server;
    private ExecutorService pool;
    private final Map<String, String> txHex = new ConcurrentHashMap<>();
    private final Map<String, Long> txHeight = new ConcurrentHashMap<>();
    private volatile String entry = "";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/json_rpc", ex -> {
            try (ex) {
                JsonNode req = new ObjectMapper().readTree(ex.getRequestBody());
                String result = switch (req.path("method").asText()) {
                    case "get_info" -> INFO;
                    case "ons_names_to_owners" -> "{\"entries\":[" + entry + "],\"status\":\"OK\"}";
                    case "get_transactions" -> transactions(req.path("params").path("txs_hashes"));
                    default -> null;
                };
                byte[] body = (result == null ? "{\"error\":{\"code\":-32601,\"message\":\"no\"}}"
                        : "{\"jsonrpc\":\"2.0\",\"id\":\"0\",\"result\":" + result + "}").getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(body);
                }
            }
        });
        pool = Executors.newCachedThreadPool();
        server.setExecutor(pool);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private String transactions(JsonNode hashes) {
        StringBuilder sb = new StringBuilder("{\"txs\":[");
        String id = hashes.path(0).asText();
        if (txHex.containsKey(id)) {
            sb.append("{\"tx_hash\":\"").append(id).append("\",\"as_hex\":\"").append(txHex.get(id))
                    .append("\",\"block_height\":").append(txHeight.get(id)).append(",\"in_pool\":false}");
        }
        return sb.append("],\"status\":\"OK\",\"untrusted\":false}").toString();
    }

    /** A v4 ONS transaction: one key input, one output, {@code extra}, then a CLSAG RingCT base and some prunable bytes. */
    static byte[] transaction(byte[] extra, int salt) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {0x04, 0x01, 0x00, 0x00});                     // version 4, one unlock time (0), unlock_time 0
        b.writeBytes(new byte[] {0x01, 0x02, 0x00, 0x01, 0x05});               // 1 input: to_key, amount 0, 1 offset (5)
        b.writeBytes(filled(32, salt));                                        // key image
        b.writeBytes(new byte[] {0x01, 0x00, 0x02});                           // 1 output: amount 0, to_key
        b.writeBytes(filled(32, 0x44));
        for (int n = extra.length; ; n >>>= 7) {                               // its length as a CryptoNote varint:
            if (n < 0x80) {                                                    // 7 bits a byte, low group first
                b.write(n);
                break;
            }
            b.write(0x80 | (n & 0x7f));
        }
        b.writeBytes(extra);
        b.write(TransactionBlob.TYPE_ONS);                                     // txtype::oxen_name_system
        b.writeBytes(new byte[] {0x05, (byte) 0x80, 0x01});                    // RingCT CLSAG, fee 128
        b.writeBytes(filled(8, 0x11));                                         // ecdhInfo: 8-byte amount
        b.writeBytes(filled(32, 0x22));                                        // outPk mask
        b.writeBytes(filled(100, salt + 1));                                   // prunable part
        return b.toByteArray();
    }

    static byte[] filled(int n, int v) {
        byte[] out = new byte[n];
        java.util.Arrays.fill(out, (byte) v);
        return out;
    }

    private static byte[] withPubkey(OnsTxExtra e) {
        byte[] ons = e.extra();
        byte[] out = new byte[33 + ons.length];
        out[0] = 0x01;
        System.arraycopy(filled(32, 0x77), 0, out, 1, 32);
        System.arraycopy(ons, 0, out, 33, ons.length);
        return out;
    }

    /** Serves buy → update → renew of blocks.loki; returns the record they produce. */
    private OnsRecord history(Ons ons) {
        OnsTxBuilder tx = new OnsTxBuilder(ons);
        OnsName name = OnsName.of("blocks.loki", MappingType.LOKINET);
        Owner owner = Owner.ed25519(HEX.parseHex(PUB));
        RecordReplay replay = new RecordReplay(Chain.MAINNET);
        OnsTxExtra buy = tx.buy(name, MappingType.LOKINET, MappingValue.ofBinary(MappingType.LOKINET, filled(32, 1)), owner, null, 18);
        OnsRecord r = serve(ons, replay, null, buy, 1_000_000, 1);
        OnsTxExtra update;
        try (UpdateSigningKey key = UpdateSigningKey.ed25519(HEX.parseHex(SEED))) {
            update = tx.update(name, MappingValue.ofBinary(MappingType.LOKINET, filled(32, 2)), null, null, r.txid(), key);
        }
        r = serve(ons, replay, r, update, 1_000_010, 2);
        OnsTxExtra renew = tx.renew(name, MappingType.LOKINET_2YEARS, r.txid(), 18);
        return serve(ons, replay, r, renew, 1_000_020, 3);
    }

    private OnsRecord serve(Ons ons, RecordReplay replay, OnsRecord previous, OnsTxExtra built, long height, int salt) {
        byte[] blob = transaction(withPubkey(built), salt);
        byte[] txid = TransactionBlob.parse(blob).txid(ons.primitives()).orElseThrow();
        txHex.put(HEX.formatHex(txid), HEX.formatHex(blob));
        txHeight.put(HEX.formatHex(txid), height);
        return replay.apply(previous, built.field(), txid, height);
    }

    private static String entryOf(OnsRecord r, String owner) {
        return "{\"entry_index\":0,\"type\":2,\"name_hash\":\"" + r.nameHash().base64() + "\",\"owner\":\"" + owner
                + "\",\"encrypted_value\":\"" + r.encryptedValue().hex() + "\",\"update_height\":" + r.updateHeight()
                + ",\"expiration_height\":" + r.expirationHeight().getAsLong() + ",\"txid\":\"" + HEX.formatHex(r.txid()) + "\"}";
    }

    @Test
    void auditWalksBackToTheBuyAndReplaysEveryStep() {
        OnsRecord r = history(Ons.get());
        assertEquals(1_000_000 + 264_960 + 529_920, r.expirationHeight().getAsLong());
        entry = entryOf(r, PUB);
        CliRun a = run("audit", "blocks.loki", "--node", url());
        assertEquals(0, a.code(), a.out() + a.err());
        assertEquals("3", a.field("steps"));
        assertTrue(a.field("step0").startsWith("buy txid="), a.out());
        assertTrue(a.field("step0").contains(" hf=18 ") && a.field("step0").contains("rule=ok"), a.out());
        assertTrue(a.field("step1").startsWith("update ") && a.field("step1").contains("signer=" + PUB), a.out());
        assertTrue(a.field("step2").startsWith("renew ") && a.field("step2").contains("type=lokinet_2years"), a.out());
        assertEquals("true", a.field("txids_verified"));
        assertEquals("already_registered", a.field("not_checked"));
        assertEquals("ok", a.field("result"));
    }

    @Test
    void aTransactionWhoseBytesDoNotHashToItsTxidIsABreak() {
        OnsRecord r = history(Ons.get());
        entry = entryOf(r, PUB);
        String renewId = HEX.formatHex(r.txid());
        String hex = txHex.get(renewId);
        txHex.put(renewId, hex.substring(0, hex.length() - 2) + "ff");  // one prunable byte changed
        CliRun a = run("audit", "blocks.loki", "--node", url());
        assertEquals(1, a.code(), a.out() + a.err());
        assertEquals("txid_mismatch", a.field("result"));
    }

    @Test
    void aRecordTheHistoryDoesNotProduceIsABreak() {
        OnsRecord r = history(Ons.get());
        entry = entryOf(r, TxExtraCommandsTest.OTHER);   // the node claims another owner
        CliRun a = run("audit", "blocks.loki", "--node", url());
        assertEquals(1, a.code(), a.out() + a.err());
        assertEquals("record_mismatch", a.field("result"));
        assertTrue(a.field("detail").contains("owner"), a.out());
    }

    @Test
    void checkTakesTheRecordAndHeightFromTheNodes() {
        OnsRecord r = history(Ons.get());
        entry = entryOf(r, PUB);
        OnsTxExtra renew = new OnsTxBuilder(Ons.get()).renew(OnsName.of("blocks.loki", MappingType.LOKINET),
                MappingType.LOKINET, r.txid(), 19);
        CliRun c = run("tx-extra", "check", HEX.formatHex(renew.extra()), "--name", "blocks.loki", "--node", url());
        assertEquals(0, c.code(), c.out() + c.err());
        assertEquals("ok", c.field("rule"));
        // at the nodes' height (1100000) mainnet is at HF19: the HF18 burn no longer fits
        OnsTxExtra old = new OnsTxBuilder(Ons.get()).renew(OnsName.of("blocks.loki", MappingType.LOKINET),
                MappingType.LOKINET, r.txid(), 15);
        CliRun wrongBurn = run("tx-extra", "check", HEX.formatHex(old.extra()), "--name", "blocks.loki", "--node", url());
        assertEquals(1, wrongBurn.code());
        assertEquals("burn", wrongBurn.field("rule"));
        assertEquals(2, run("tx-extra", "check", HEX.formatHex(renew.extra()), "--node", url()).code(), "--name needed");
    }

    @Test
    void auditNeedsANode() {
        assertEquals(2, run("audit", "blocks.loki").code());
    }
}
