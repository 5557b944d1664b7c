package dev.onscrypto.cli;

import static dev.onscrypto.cli.CliRun.run;
import static dev.onscrypto.cli.CliRun.runWithStdin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/** lookup, owned-by, resolve and sign-update --node against local stand-in nodes serving recorded shapes. */
class NodeCommandsTest {
    static final String OWNER = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
    static final String OWNER_SEED = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";
    static final String WALLET = "L5dkQUgpdssQubjyfnkLTh9fHx2ScppAQ71Kv3jdn7rL5wBvMZ4GQWxQEH9QPcn8bLgEebMZqSeZF8pppfi2FGWbTPeQFoL";
    static final String TXID = "5f1ac5a5d6d1e4d3f6b0c14a2c2e6f2d1b8f1f3a9b0c7d6e5f4a3b2c1d0e9f8a";

    private final List<HttpServer> servers = new ArrayList<>();
    private final List<ExecutorService> pools = new ArrayList<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(0));
        pools.forEach(ExecutorService::shutdownNow);
    }

    static String entry(String indexField, String txid) {
        return "{\"" + indexField + "\":0,\"type\":0,\"name_hash\":\"yB7mbm2q1MaczqNZCYguH+71z5jooEMeXA0sncfni+g=\",\"owner\":\""
                + OWNER + "\",\"backup_owner\":\"" + WALLET + "\",\"encrypted_value\":\"" + CommandsTest.JAGERMAN_ENC
                + CommandsTest.JAGERMAN_NONCE + "\",\"update_height\":1234567,\"txid\":\"" + txid + "\"}";
    }

    /** A node answering the recorded jagerman record with {@code txid}; {@code slowMillis} > 0 drips the body. */
    private String node(String txid, long slowMillis) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", ex -> {
            try (ex) {
                JsonNode req = new ObjectMapper().readTree(ex.getRequestBody());
                requests.add(req);
                String method = req.path("method").asText();
                String result = switch (method) {
                    case "get_info" -> "{\"status\":\"OK\",\"height\":1500000,\"target_height\":0,\"nettype\":\"mainnet\",\"untrusted\":false}";
                    case "ons_resolve" -> req.path("params").path("type").asInt() == 0
                            ? "{\"encrypted_value\":\"" + CommandsTest.JAGERMAN_ENC + "\",\"nonce\":\"" + CommandsTest.JAGERMAN_NONCE + "\"}" : "{}";
                    case "ons_names_to_owners" -> req.toString().contains("yB7mbm2q")
                            ? "{\"entries\":[" + entry("entry_index", txid) + "],\"status\":\"OK\"}" : "{\"entries\":[],\"status\":\"OK\"}";
                    case "ons_owners_to_names" -> "{\"entries\":[" + entry("request_index", txid) + "],\"status\":\"OK\"}";
                    default -> "{}";
                };
                byte[] body = ("{\"jsonrpc\":\"2.0\",\"id\":\"0\",\"result\":" + result + "}").getBytes(StandardCharsets.UTF_8);
                if (slowMillis > 0 && !method.equals("get_info")) {
                    ex.sendResponseHeaders(200, 0);
                    OutputStream os = ex.getResponseBody();
                    for (byte b : body) {
                        os.write(b);
                        os.flush();
                        Thread.sleep(slowMillis);
                    }
                    return;
                }
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            } catch (IOException | InterruptedException e) {
                // client gone
            }
        });
        ExecutorService pool = Executors.newCachedThreadPool();
        s.setExecutor(pool);
        s.start();
        servers.add(s);
        pools.add(pool);
        return "127.0.0.1:" + s.getAddress().getPort();   // no scheme: http:// is added
    }

    @Test
    void lookupPrintsTheRecord() throws IOException {
        String n = node(TXID, 0);
        CliRun r = run("lookup", "JaGeRmAn", "--node", n);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("name=jagerman\ntype=session\n"), r.out());
        assertEquals(OWNER, r.field("owner"));
        assertEquals(WALLET, r.field("backup_owner"));
        assertEquals(TXID, r.field("txid"));
        assertEquals("1234567", r.field("update_height"));
        assertEquals("true", r.field("active"));
        assertEquals(CommandsTest.SESSION_ID, r.field("value"));
        // session and wallet share the hash: one entry asking for both types; never the name itself
        JsonNode q = requests.stream().filter(x -> x.path("method").asText().equals("ons_names_to_owners")).findFirst().orElseThrow();
        assertEquals("[0,1]", q.path("params").path("entries").get(0).path("types").toString());
        assertFalse(q.toString().contains("jagerman"));
    }

    @Test
    void lookupJsonAndNamesFromStdinStream() throws IOException {
        String n = node(TXID, 0);
        CliRun r = runWithStdin("jagerman\n\n  nobody  \n", "lookup", "--from", "-", "--json", "--node", n);
        assertEquals(1, r.code(), "nobody has no record");
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("jagerman", first.path("name").asText());
        assertEquals(TXID, first.path("records").get(0).path("txid").asText());
        assertFalse(new ObjectMapper().readTree(lines.get(1)).path("found").asBoolean());
        assertTrue(r.oneErrorLine() && r.err().contains("not found"), r.err());
    }

    @Test
    void oneDisagreeingNodeOfThree() throws IOException {
        String a = node(TXID, 0);
        String b = node(TXID, 0);
        String c = node("ff" + TXID.substring(2), 0);
        CliRun r = run("lookup", "jagerman", "--node", a, "--node", b, "--node", c);
        assertEquals(1, r.code());
        assertTrue(r.oneErrorLine() && r.err().contains("disagree") && r.err().contains(c), r.err());
        CliRun two = run("lookup", "jagerman", "--node", a, "--node", b, "--node", c, "--quorum", "2");
        assertEquals(0, two.code(), "the first two agree: " + two.err());
    }

    @Test
    void slowNodeEndsAtADecimalDeadline() throws IOException {
        String n = node(TXID, 200);
        long start = System.nanoTime();
        CliRun r = run("resolve", "jagerman", "--node", n, "--timeout", "0.8");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, r.code());
        assertTrue(r.oneErrorLine() && r.err().contains("within 0.8 s"), r.err());
        assertTrue(ms < 1800, ms + " ms");
    }

    @Test
    void resolveInfersTheType() throws IOException {
        String n = node(TXID, 0);
        CliRun r = run("resolve", "jagerman", "--node", n);
        assertEquals(0, r.code(), r.err());
        assertEquals(CommandsTest.SESSION_ID, r.field("value"));
        CliRun loki = run("resolve", "blocks.loki", "--node", n);
        assertEquals(1, loki.code());
        assertEquals(2, requests.stream().filter(x -> x.path("method").asText().equals("ons_resolve"))
                .reduce((x, y) -> y).orElseThrow().path("params").path("type").asInt());
        CliRun all = run("resolve", "jagerman", "--all", "--node", n);
        assertEquals(0, all.code(), "found as session: " + all.err());
    }

    @Test
    void ownedByLabelsFromCandidateNames() throws IOException {
        String n = node(TXID, 0);
        java.nio.file.Path names = java.nio.file.Files.createTempFile("names", ".txt");
        try {
            java.nio.file.Files.writeString(names, "someone\njagerman\n");
            CliRun r = run("owned-by", OWNER, "--names", names.toString(), "--node", n);
            assertEquals(0, r.code(), r.err());
            assertEquals("jagerman", r.field("name"));
            assertEquals(CommandsTest.SESSION_ID, r.field("value"));
        } finally {
            java.nio.file.Files.delete(names);
        }
        JsonNode q = requests.stream().filter(x -> x.path("method").asText().equals("ons_owners_to_names")).findFirst().orElseThrow();
        assertEquals(OWNER, q.path("params").path("entries").get(0).asText());
        assertTrue(q.path("params").path("include_expired").asBoolean());
    }

    @Test
    void signUpdateFetchesThePrevTxidAndChecksTheKey() throws IOException {
        String n = node(TXID, 0);
        CliRun r = runWithStdin("ed25519=" + OWNER_SEED + "\n", "sign-update", "--name", "jagerman", "--type", "session",
                "--value", CommandsTest.SESSION_ID, "--key-file", "-", "--node", n);
        assertEquals(0, r.code(), r.err());
        assertEquals(TXID, r.field("prev_txid"));
        CliRun v = run("verify-update", "--hash", r.field("hash"), "--owner", OWNER, "--signature", r.field("signature"));
        assertEquals(0, v.code(), v.err());

        CliRun stranger = runWithStdin("ed25519=" + "11".repeat(32) + "\n", "sign-update", "--name", "jagerman", "--type", "session",
                "--value", CommandsTest.SESSION_ID, "--key-file", "-", "--node", n);
        assertEquals(1, stranger.code());
        assertTrue(stranger.oneErrorLine() && stranger.err().contains("neither the owner nor the backup owner"), stranger.err());
        assertEquals(2, run("sign-update", "--name", "jagerman", "--type", "session", "--value", CommandsTest.SESSION_ID,
                "--key-file", "-", "--node", n, "--prev-txid", TXID).code());
    }

    @Test
    void mistypedCommandsAndOptionsGetSuggestions() {
        CliRun c = run("lokup", "jagerman");
        assertEquals(2, c.code());
        assertTrue(c.oneErrorLine() && c.err().contains("did you mean lookup"), c.err());
        CliRun o = run("lookup", "jagerman", "--nod", "x");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("did you mean --node"), o.err());
    }

    @Test
    void badNodeOptionsAreUsageErrors() {
        assertEquals(2, run("lookup", "jagerman", "--node", "ftp://x").code());
        assertEquals(2, run("lookup", "jagerman", "--node", "x:1", "--timeout", "0").code());
        assertEquals(2, run("lookup", "jagerman", "--node", "x:1", "--quorum", "2").code());
        assertEquals(2, run("lookup", "jagerman").code());
        CliRun secret = run("lookup", "jagerman", "--node", "ftp://bob:hunter2@x");
        assertFalse(secret.err().contains("hunter2"), secret.err());
    }
}
