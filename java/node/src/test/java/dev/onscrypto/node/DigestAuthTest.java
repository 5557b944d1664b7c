package dev.onscrypto.node;

import static dev.onscrypto.node.FakeNode.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.onscrypto.node.NodeFailedException.Failure;

/** HTTP Digest (RFC 7616, MD5, qop=auth) as oxend's --rpc-login asks for it, and Basic. */
class DigestAuthTest {
    /** RFC 2617 section 3.5's worked example: the response it gives. */
    @Test
    void rfc2617Example() {
        String ha1 = HttpAuth.md5("Mufasa:testrealm@host.com:Circle Of Life");
        String ha2 = HttpAuth.md5("GET:/dir/index.html");
        assertEquals("6629fae49393a05397450978507c4ef1",
                HttpAuth.md5(ha1 + ":dcd98b7102dd2f0e8b11d0f600bfb0c093:00000001:0a4f113b:auth:" + ha2));
        Map<String, String> p = HttpAuth.parseParams("realm=\"testrealm@host.com\", qop=\"auth,auth-int\", "
                + "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"");
        assertEquals("auth,auth-int", p.get("qop"));
        assertEquals("testrealm@host.com", p.get("realm"));
    }

    /** A node that checks Digest answers the way a server must (RFC 7616 section 3.4.1). */
    private static FakeNode.Reply digestProtected(String user, String pass, List<String> seen) {
        return ex -> {
            String h = ex.getRequestHeaders().getFirst("Authorization");
            if (h != null) {
                seen.add(h);
                Map<String, String> p = HttpAuth.parseParams(h.substring("Digest ".length()));
                String ha1 = HttpAuth.md5(user + ":" + p.get("realm") + ":" + pass);
                String ha2 = HttpAuth.md5("POST:" + p.get("uri"));
                String want = HttpAuth.md5(ha1 + ":" + p.get("nonce") + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
                if (want.equals(p.get("response")) && "n0nce".equals(p.get("nonce")) && "/json_rpc".equals(p.get("uri"))) {
                    result("{\"status\":\"OK\",\"ok\":true}").send(ex);
                    return;
                }
            }
            ex.getResponseHeaders().add("WWW-Authenticate", "Digest qop=\"auth\", algorithm=MD5, realm=\"monero-rpc\", nonce=\"n0nce\", stale=false");
            ex.sendResponseHeaders(401, -1);
        };
    }

    @Test
    void digestLogin() throws IOException {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (FakeNode n = new FakeNode()) {
            n.everything = digestProtected("oxen", "p4ss", seen);
            String url = n.url().replace("http://", "http://oxen:p4ss@");
            try (JsonRpcClient c = JsonRpcClient.open(NodeUrl.parse(url), RequestLimits.DEFAULT)) {
                assertTrue(c.call("get_info", JsonNodeFactory.instance.objectNode()).path("ok").asBoolean());
                // The second call reuses the challenge with the next nonce count: no extra round trip.
                int before = n.requests.size();
                assertTrue(c.call("get_info", null).path("ok").asBoolean());
                assertEquals(before + 1, n.requests.size());
            }
            assertTrue(seen.get(0).contains("nc=00000001") && seen.get(seen.size() - 1).contains("nc=00000002"), seen.toString());
            try (JsonRpcClient c = JsonRpcClient.open(NodeUrl.parse(n.url().replace("http://", "http://oxen:wrong@")), RequestLimits.DEFAULT)) {
                NodeFailedException e = assertThrows(NodeFailedException.class, () -> c.call("get_info", null));
                assertEquals(Failure.AUTHENTICATION, e.failure());
                assertFalse(e.getMessage().contains("wrong"), e.getMessage());
            }
            try (JsonRpcClient c = JsonRpcClient.open(NodeUrl.parse(n.url()), RequestLimits.DEFAULT)) {
                assertEquals(Failure.AUTHENTICATION, assertThrows(NodeFailedException.class, () -> c.call("get_info", null)).failure());
            }
        }
    }

    @Test
    void basicLogin() throws IOException {
        try (FakeNode n = new FakeNode()) {
            n.everything = ex -> {
                String h = ex.getRequestHeaders().getFirst("Authorization");
                if (("Basic " + java.util.Base64.getEncoder().encodeToString("u:p".getBytes())).equals(h)) {
                    result("{\"ok\":true}").send(ex);
                } else {
                    ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"x\"");
                    ex.sendResponseHeaders(401, -1);
                }
            };
            try (JsonRpcClient c = JsonRpcClient.open(NodeUrl.parse(n.url().replace("http://", "http://u:p@")), RequestLimits.DEFAULT)) {
                assertTrue(c.call("x", null).path("ok").asBoolean());
            }
        }
    }
}
