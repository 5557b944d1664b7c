package dev.onscrypto.node;

import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.onscrypto.node.NodeFailedException.Failure;

/** Strict readers of oxend result fields; anything unexpected is a {@link NodeAnswerException}. */
final class RpcFields {
    private RpcFields() {
    }

    /** oxend results carry {@code status: "OK"} on success (ons_resolve carries none). */
    static void requireOkStatus(JsonNode r) {
        JsonNode s = r.get("status");
        if (s != null && !s.isNull() && !"OK".equals(s.asText())) {
            throw new NodeAnswerException(Failure.RPC_ERROR, "node status " + NodeText.clean(s.asText()));
        }
    }

    /** An answer relayed from a bootstrap daemon is marked {@code untrusted: true}: refuse it. */
    static void refuseUntrusted(JsonNode r) {
        if (r.path("untrusted").asBoolean(false)) {
            throw new NodeAnswerException(Failure.UNTRUSTED, "node answered untrusted (from a bootstrap daemon)");
        }
    }

    static long height(JsonNode r, String field) {
        JsonNode n = r.get(field);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0) {
            throw NodeAnswerException.malformed(field + " is missing or not a non-negative integer");
        }
        return n.asLong();
    }

    static String text(JsonNode r, String field) {
        JsonNode n = r.get(field);
        if (n == null || !n.isTextual()) {
            throw NodeAnswerException.malformed(field + " is missing or not a string");
        }
        return n.asText();
    }

    /** An optional string: absent, null and "" are all "none". */
    static String optionalText(JsonNode r, String field) {
        JsonNode n = r.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw NodeAnswerException.malformed(field + " is not a string");
        }
        return n.asText().isEmpty() ? null : n.asText();
    }

    static byte[] hex(String text, String field, int maxBytes) {
        if (text.length() > 2 * maxBytes) {
            throw NodeAnswerException.malformed(field + " is longer than " + maxBytes + " bytes");
        }
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw NodeAnswerException.malformed(field + " is not hex");
        }
    }
}
