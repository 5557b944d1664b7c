package dev.onscrypto.cli;

import static dev.onscrypto.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/** {@code ons resolve} against a local stand-in for oxend answering real recorded responses (the mainnet
 * records of oxen-core's ONS_RESOLVE documentation in core_rpc_server_commands_defs.h). */
class ResolveCommandTest {
    private static final String JAGERMAN_HASH = "yB7mbm2q1MaczqNZCYguH+71z5jooEMeXA0sncfni+g=";

    static final String INFO = "{\"jsonrpc\":\"2.0\",\"id\":\"0\",\"result\":{\"status\":\"OK\",\"height\":1500000,"
            + "\"target_height\":0,\"nettype\":\"mainnet\",\"untrusted\":false}}";

    private HttpServer server;
    private ExecutorService pool;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "";
    private volatile long delayMillis;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/json_rpc", exchange -> {
            try (exchange) {
                JsonNode req = new ObjectMapper().readTree(exchange.getRequestBody());
                boolean info = req.path("method").asText().equals("get_info");
                if (!info) {
                    requests.add(req);
                }
                if (delayMillis > 0 && !info) {
                    Thread.sleep(delayMillis);
                }
                byte[] body = (info ? INFO : answer).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(info ? 200 : status, body.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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

    private static String result(String fields) {
        return "{\"jsonrpc\":\"2.0\",\"id\":\"0\",\"result\":{" + fields + "}}";
    }

    @Test
    void jagermanSession() {
        answer = result("\"encrypted_value\":\"" + CommandsTest.JAGERMAN_ENC + "\",\"nonce\":\"" + CommandsTest.JAGERMAN_NONCE + "\"");
        CliRun r = run("resolve", "jagerman", "--type", "session", "--node", url());
        assertEquals(0, r.code(), r.err());
        assertEquals(CommandsTest.SESSION_ID, r.field("value"));
        JsonNode req = requests.get(0);
        assertEquals("ons_resolve", req.path("method").asText());
        assertEquals("2.0", req.path("jsonrpc").asText());
        assertEquals(0, req.path("params").path("type").asInt());
        assertEquals(JAGERMAN_HASH, req.path("params").path("name_hash").asText());
    }

    @Test
    void blocksLokinetWithExplicitPath() {
        answer = result("\"encrypted_value\":\"b52c088ae51171a9e2e44cc98c10006547e2981d4cbe196525c948fa2fa48a11e8712eccd0ba20e4b93fb3989361df8a\","
                + "\"nonce\":\"6e3e80c7927108612475a0eeddf472af6177c9776d6943ed\"");
        CliRun r = run("resolve", "blocks.loki", "--type", "lokinet", "--node", url() + "/json_rpc", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"value\":\"kcpyawm9se7trdbzncimdi5t7st4p5mh9i1mg7gkpuubi4k4ku1y.loki\""), r.out());
        assertEquals(2, requests.get(0).path("params").path("type").asInt());
    }

    @Test
    void legacyRecordWithoutNonce() {
        // sissi, a legacy (HF15) record: ons_resolve returns the 49-byte value and no nonce.
        answer = result("\"encrypted_value\":\"be3445a80763dd0e63a4d8a524c8f3a1bbedf8921947b2987b7e7173e7d920c649d6d7c2391967598c65d3f2e81b760787\"");
        CliRun r = run("resolve", "sissi", "--type", "session", "--node", url());
        assertEquals(0, r.code(), r.err());
        assertEquals("05bf7d78abf034661c691523b009ea2a281ee9c2093009808e098399e49fa1c54f", r.field("value"));
    }

    @Test
    void notFound() {
        answer = result("");   // oxend answers an empty result for an unknown name
        CliRun r = run("resolve", "nobody", "--type", "session", "--node", url());
        assertEquals(1, r.code());
        assertTrue(r.oneErrorLine() && r.err().contains("not found"), r.err());
    }

    @Test
    void errorObject() {
        answer = "{\"jsonrpc\":\"2.0\",\"id\":\"0\",\"error\":{\"code\":-32602,\"message\":\"Invalid name_hash\"}}";
        CliRun r = run("resolve", "jagerman", "--type", "session", "--node", url());
        assertEquals(1, r.code());
        assertTrue(r.oneErrorLine() && r.err().contains("-32602") && r.err().contains("Invalid name_hash"), r.err());
    }

    @Test
    void http500() {
        status = 500;
        answer = "internal error";
        CliRun r = run("resolve", "jagerman", "--type", "session", "--node", url());
        assertEquals(1, r.code());
        assertTrue(r.oneErrorLine() && r.err().contains("HTTP 500"), r.err());
    }

    @Test
    void timeout() {
        delayMillis = 3000;
        answer = result("");
        long start = System.nanoTime();
        CliRun r = run("resolve", "jagerman", "--type", "session", "--node", url(), "--timeout", "1");
        assertEquals(1, r.code());
        assertTrue(r.oneErrorLine() && r.err().contains("no complete answer within 1 s"), r.err());
        assertTrue(System.nanoTime() - start < 2_900_000_000L, "gave up at the timeout, not after the server");
    }

    @Test
    void tamperedAnswerAndBadArguments() {
        answer = result("\"encrypted_value\":\"00" + CommandsTest.JAGERMAN_ENC.substring(2) + "\",\"nonce\":\"" + CommandsTest.JAGERMAN_NONCE + "\"");
        assertEquals(1, run("resolve", "jagerman", "--type", "session", "--node", url()).code());
        assertEquals(2, run("resolve", "bad name", "--type", "session", "--node", url()).code());
        assertEquals(2, run("resolve", "jagerman", "--type", "session", "--node", "ftp://x").code());
        assertEquals(2, run("resolve", "jagerman", "--type", "session", "--node", url(), "--timeout", "soon").code());
    }
}
