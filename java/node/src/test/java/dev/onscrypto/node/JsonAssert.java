package dev.onscrypto.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

final class JsonAssert {
    private JsonAssert() {
    }

    /** A stable-shape names_to_owners request for {@code hash} was sent. */
    static void request(List<JsonNode> requests, String method, String hash) {
        JsonNode r = requests.stream().filter(q -> q.path("method").asText().equals(method)).findFirst().orElseThrow();
        assertEquals("2.0", r.path("jsonrpc").asText());
        assertEquals(hash, r.path("params").path("entries").get(0).path("name_hash").asText());
        assertTrue(r.path("params").path("include_expired").asBoolean());
    }
}
