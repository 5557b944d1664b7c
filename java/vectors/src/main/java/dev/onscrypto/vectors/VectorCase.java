package dev.onscrypto.vectors;

import java.util.Arrays;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed read access to one case object, and the comparisons handlers make. */
final class VectorCase {
    private static final HexFormat HEX = HexFormat.of();
    private final JsonNode node;

    VectorCase(JsonNode node) {
        this.node = node;
    }

    String op() {
        return text("op");
    }

    String comment() {
        JsonNode c = node.get("comment");
        return c == null || c.isNull() ? "" : c.asText();
    }

    /** {@code valid}, {@code true} when absent (FORMAT.md). */
    boolean valid() {
        JsonNode v = node.get("valid");
        return v == null || v.asBoolean(true);
    }

    /** The raw JSON value of {@code field}, or {@code null} when absent. */
    JsonNode node(String field) {
        return node.get(field);
    }

    boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    /** A required hex field. */
    byte[] bytes(String field) {
        String hex = text(field);
        try {
            return HEX.parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new Unsupported("field '" + field + "' is not hex");
        }
    }

    /** An optional hex field, {@code fallback} when absent. */
    byte[] bytes(String field, byte[] fallback) {
        return has(field) ? bytes(field) : fallback;
    }

    /** A required string field. */
    String text(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new Unsupported("required input '" + field + "' is missing");
        }
        return v.asText();
    }

    /** An optional string field. */
    String text(String field, String fallback) {
        return has(field) ? node.get(field).asText() : fallback;
    }

    long number(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToLong()) {
            throw new Unsupported("required numeric input '" + field + "' is missing");
        }
        return v.asLong();
    }

    /** Fails the case unless {@code actual} equals the hex in {@code field}. */
    void expectBytes(String field, byte[] actual) {
        byte[] expected = bytes(field);
        if (!Arrays.equals(expected, actual)) {
            throw new Mismatch(field + ": expected " + HEX.formatHex(expected) + ", got " + HEX.formatHex(actual));
        }
    }

    /** Fails the case unless {@code actual} equals the string in {@code field}. */
    void expectText(String field, String actual) {
        String expected = text(field);
        if (!expected.equals(actual)) {
            throw new Mismatch(field + ": expected '" + expected + "', got '" + actual + "'");
        }
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** The case's expectation was not met. */
    static final class Mismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Mismatch(String message) {
            super(message, null, false, false);
        }
    }

    /** The case needs an op or input this runner does not support: reported as skipped. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message, null, false, false);
        }
    }
}
