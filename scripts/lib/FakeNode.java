// A stand-in oxend for examples and scripts/lib/cli-check.sh: it serves RECORDED response shapes of
// oxen-core v10.6.0's ons_resolve / ons_names_to_owners / ons_owners_to_names / get_info for three
// names (jagerman, blocks.loki, expired.loki), on 127.0.0.1 only. It is not a node: it holds no chain.
// Run by scripts/fake-node (java source-file mode, JDK only). --fault makes it misbehave on purpose.
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class FakeNode {
    static final long HEIGHT = 1_500_000;
    // owner: RFC 8032 test 2's ed25519 key (seed 4ccd089b…a6fb); backup: oxen-core base58 test address.
    static final String OWNER = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
    static final String WALLET = "L5dkQUgpdssQubjyfnkLTh9fHx2ScppAQ71Kv3jdn7rL5wBvMZ4GQWxQEH9QPcn8bLgEebMZqSeZF8pppfi2FGWbTPeQFoL";

    record Rec(String hash, int type, String enc, String nonce, String owner, String backup, long updated, Long expires, String txid) {
        String entry(String indexField, int index) {
            return "{\"" + indexField + "\":" + index + ",\"type\":" + type + ",\"name_hash\":\"" + hash + "\",\"owner\":\"" + owner + "\""
                    + (backup == null ? "" : ",\"backup_owner\":\"" + backup + "\"")
                    + ",\"encrypted_value\":\"" + enc + nonce + "\",\"update_height\":" + updated
                    + (expires == null ? "" : ",\"expiration_height\":" + expires) + ",\"txid\":\"" + txid + "\"}";
        }
    }

    static List<Rec> records(boolean disagree) {
        String txid = disagree ? "ff" + "5f1ac5a5d6d1e4d3f6b0c14a2c2e6f2d1b8f1f3a9b0c7d6e5f4a3b2c1d0e9f".substring(0, 62)
                : "5f1ac5a5d6d1e4d3f6b0c14a2c2e6f2d1b8f1f3a9b0c7d6e5f4a3b2c1d0e9f8a";
        return List.of(
                new Rec("yB7mbm2q1MaczqNZCYguH+71z5jooEMeXA0sncfni+g=", 0,
                        "d9bca6752665f2254ec7522f98aa5f2dfb13c9fa1ad1e39cd3d7a89a0df04719e348da537bc310a53e3b59ca24639b9b42",
                        "73e8243f3fadd471be36c6df3d62f863f9bb3a9d1cc696c0", OWNER, WALLET, 1_234_567, null, txid),
                new Rec("IeynFEjyxigd0Lcmo5FWYaGp/uVXsa5grK8Jml0ai3o=", 2,
                        "b52c088ae51171a9e2e44cc98c10006547e2981d4cbe196525c948fa2fa48a11e8712eccd0ba20e4b93fb3989361df8a",
                        "6e3e80c7927108612475a0eeddf472af6177c9776d6943ed", OWNER, null, 1_000_000, 1_600_000L,
                        "0c5b1b2a3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8"),
                new Rec("joMpGjl0kXL1m/48lTjr4h/TuNTant2UeeKggLI01nY=", 2,
                        "094ae3001b8c98462249a49b1856a2083ebfa5e5fa95fcb09ea042e2a15eff0e630ee65188ea8f47425746b980dc97db",
                        "000102030405060708090a0b0c0d0e0f1011121314151617", OWNER, null, 900_000, 1_400_000L,
                        "77aa1b2a3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8"));
    }

    static final Pattern METHOD = Pattern.compile("\"method\"\\s*:\\s*\"([a-z_]+)\"");
    static final Pattern HASH = Pattern.compile("\"name_hash\"\\s*:\\s*\"([A-Za-z0-9+/=]+)\"");
    static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*(\\d+)");
    static final Pattern OWNERS = Pattern.compile("\"entries\"\\s*:\\s*\\[([^\\]]*)\\]");

    public static void main(String[] args) throws IOException {
        int port = 0;
        String fault = "none";
        String many = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--fault" -> fault = args[++i];
                case "--faults" -> many = args[++i];
                default -> {
                    System.err.println("usage: fake-node [--port N] [--fault F | --faults F1,F2,...] with F one of "
                            + "none|disagree|endless|slow|big|http500|redirect|malformed|rpc-error|untrusted|behind");
                    System.exit(2);
                }
            }
        }
        if (many != null) {
            // One node per fault, each on its own ephemeral port: prints "FAULT URL" lines.
            for (String f : many.split(",")) {
                System.out.println(f + " " + serve(0, f));
            }
        } else {
            System.out.println("fake-node (recorded responses, not a real oxend) listening on " + serve(port, fault));
        }
        System.out.flush();
    }

    static String serve(int port, String f) throws IOException {
        List<Rec> recs = records(f.equals("disagree"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", ex -> {
            try (ex) {
                String body = new String(ex.getRequestBody().readNBytes(1 << 20), StandardCharsets.UTF_8);
                Matcher m = METHOD.matcher(body);
                String method = m.find() ? m.group(1) : "";
                if (method.equals("get_info")) {
                    String info = "{\"status\":\"OK\",\"height\":" + HEIGHT + ",\"target_height\":" + (f.equals("behind") ? HEIGHT + 5 : 0)
                            + ",\"nettype\":\"mainnet\",\"mainnet\":true,\"testnet\":false,\"devnet\":false,\"untrusted\":"
                            + f.equals("untrusted") + ",\"offline\":false,\"version\":\"10.6.0\"}";
                    send(ex, 200, result(info));
                    return;
                }
                switch (f) {
                    case "endless" -> {
                        ex.sendResponseHeaders(200, 0);
                        byte[] chunk = ("{\"jsonrpc\":\"2.0\",\"result\":{\"x\":\"" + "a".repeat(16000)).getBytes(StandardCharsets.UTF_8);
                        OutputStream os = ex.getResponseBody();
                        while (true) {
                            os.write(chunk);
                        }
                    }
                    case "slow" -> {
                        ex.sendResponseHeaders(200, 0);
                        OutputStream os = ex.getResponseBody();
                        for (byte b : result("{}").getBytes(StandardCharsets.UTF_8)) {
                            os.write(b);
                            os.flush();
                            Thread.sleep(1000);
                        }
                        return;
                    }
                    case "big" -> {
                        long length = 100L << 20;
                        ex.sendResponseHeaders(200, length);
                        byte[] chunk = new byte[1 << 16];
                        OutputStream os = ex.getResponseBody();
                        for (long sent = 0; sent < length; sent += chunk.length) {
                            os.write(chunk);
                        }
                        return;
                    }
                    case "http500" -> { send(ex, 500, "internal error"); return; }
                    case "redirect" -> {
                        ex.getResponseHeaders().add("Location", "http://127.0.0.1:1/json_rpc");
                        ex.sendResponseHeaders(302, -1);
                        return;
                    }
                    case "malformed" -> { send(ex, 200, "{\"jsonrpc\":\"2.0\",\"result\":{\"entries\":["); return; }
                    case "rpc-error" -> {
                        send(ex, 200, "{\"jsonrpc\":\"2.0\",\"id\":\"0\",\"error\":{\"code\":-32602,\"message\":\"bad\\u001b[31m\\nerror: forged\"}}");
                        return;
                    }
                    default -> { }
                }
                send(ex, 200, result(answer(method, body, recs)));
            } catch (IOException | InterruptedException e) {
                // the client hung up
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static String answer(String method, String body, List<Rec> recs) {
        switch (method) {
            case "ons_resolve" -> {
                Matcher h = HASH.matcher(body);
                Matcher t = TYPE.matcher(body);
                if (h.find() && t.find()) {
                    int type = Integer.parseInt(t.group(1));
                    for (Rec r : recs) {
                        boolean live = r.expires() == null || HEIGHT <= r.expires();
                        if (r.hash().equals(h.group(1)) && r.type() == (type > 2 ? 2 : type) && live) {
                            return "{\"encrypted_value\":\"" + r.enc() + "\",\"nonce\":\"" + r.nonce() + "\"}";
                        }
                    }
                }
                return "{}";
            }
            case "ons_names_to_owners" -> {
                List<String> out = new ArrayList<>();
                // entries: [{"name_hash":…,"types":[…]}, …]
                Matcher e = Pattern.compile("\\{\"name_hash\":\"([^\"]+)\",\"types\":\\[([0-9,]*)\\]\\}").matcher(body);
                int index = 0;
                while (e.find()) {
                    List<String> types = List.of(e.group(2).split(","));
                    for (Rec r : recs) {
                        if (r.hash().equals(e.group(1)) && types.contains(String.valueOf(r.type()))) {
                            out.add(r.entry("entry_index", index));
                        }
                    }
                    index++;
                }
                return "{\"entries\":[" + String.join(",", out) + "],\"status\":\"OK\"}";
            }
            case "ons_owners_to_names" -> {
                Matcher o = OWNERS.matcher(body);
                List<String> owners = new ArrayList<>();
                if (o.find()) {
                    for (String s : o.group(1).split(",")) {
                        owners.add(s.strip().replace("\"", ""));
                    }
                }
                List<String> out = new ArrayList<>();
                for (Rec r : recs) {
                    int i = owners.indexOf(r.owner());
                    if (i < 0 && r.backup() != null) {
                        i = owners.indexOf(r.backup());
                    }
                    if (i >= 0) {
                        out.add(r.entry("request_index", i));
                    }
                }
                return "{\"entries\":[" + String.join(",", out) + "],\"status\":\"OK\"}";
            }
            default -> {
                return null;
            }
        }
    }

    static String result(String json) {
        return json == null ? "{\"jsonrpc\":\"2.0\",\"id\":\"0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\"}}"
                : "{\"jsonrpc\":\"2.0\",\"id\":\"0\",\"result\":" + json + "}";
    }

    static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(b);
        }
    }
}
