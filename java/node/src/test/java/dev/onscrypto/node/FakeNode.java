package dev.onscrypto.node;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A stand-in oxend on 127.0.0.1 serving recorded response shapes, with programmable faults. */
final class FakeNode implements AutoCloseable {
    /** Writes one reply. */
    interface Reply {
        void send(HttpExchange ex) throws IOException;
    }

    static final String INFO = "{\"status\":\"OK\",\"height\":1500000,\"target_height\":0,\"nettype\":\"mainnet\","
            + "\"mainnet\":true,\"testnet\":false,\"devnet\":false,\"untrusted\":false,\"offline\":false,"
            + "\"hard_fork\":21,\"ons_counts\":[1,2,3],\"version\":\"10.6.0\"}";

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-node");
        t.setDaemon(true);
        return t;
    });
    final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    final List<String> rawRequests = new CopyOnWriteArrayList<>();
    final Map<String, Reply> replies = new ConcurrentHashMap<>();
    volatile Reply everything;   // when set, answers every method

    FakeNode() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            try (ex) {
                String body = new String(ex.getRequestBody().readNBytes(1 << 20), StandardCharsets.UTF_8);
                rawRequests.add(body);
                JsonNode req = new ObjectMapper().readTree(body);
                requests.add(req);
                Reply r = everything != null ? everything : replies.get(req.path("method").asText());
                if (r == null) {
                    r = req.path("method").asText().equals("get_info") ? result(INFO) : status(404, "no such method");
                }
                r.send(ex);
            } catch (IOException | RuntimeException e) {
                // the client hung up (deadline, cap): nothing to do
            }
        });
        server.setExecutor(pool);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long calls(String method) {
        return requests.stream().filter(r -> r.path("method").asText().equals(method)).count();
    }

    FakeNode on(String method, Reply r) {
        replies.put(method, r);
        return this;
    }

    static Reply raw(int status, String body) {
        return ex -> {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(b);
            }
        };
    }

    static Reply result(String json) {
        return raw(200, "{\"jsonrpc\":\"2.0\",\"id\":\"0\",\"result\":" + json + "}");
    }

    static Reply status(int code, String text) {
        return raw(code, text);
    }

    /** A chunked body that never ends. */
    static Reply endless() {
        return ex -> {
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = ("{\"jsonrpc\":\"2.0\",\"result\":{\"x\":\"" + "a".repeat(8000)).getBytes(StandardCharsets.UTF_8);
            OutputStream os = ex.getResponseBody();
            while (true) {
                os.write(chunk);
            }
        };
    }

    /** A body of {@code length} bytes, declared in Content-Length. */
    static Reply big(long length) {
        return ex -> {
            ex.sendResponseHeaders(200, length);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            OutputStream os = ex.getResponseBody();
            for (long sent = 0; sent < length; sent += chunk.length) {
                os.write(chunk, 0, (int) Math.min(chunk.length, length - sent));
            }
            os.close();
        };
    }

    /** Headers at once, then one byte every {@code millis}. */
    static Reply slow(long millis) {
        return ex -> {
            ex.sendResponseHeaders(200, 0);
            OutputStream os = ex.getResponseBody();
            try {
                for (byte b : "{\"jsonrpc\":\"2.0\",\"result\":{}}".getBytes(StandardCharsets.UTF_8)) {
                    os.write(b);
                    os.flush();
                    Thread.sleep(millis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            os.close();
        };
    }

    static Reply redirect(String to) {
        return ex -> {
            ex.getResponseHeaders().add("Location", to);
            ex.sendResponseHeaders(302, -1);
        };
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
