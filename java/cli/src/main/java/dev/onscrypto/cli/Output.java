package dev.onscrypto.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One command's result as ordered fields: printed as {@code key=value} lines (the wallet's own
 * {@code signature=…} style, easy to grep) or, with {@code --json}, as one JSON object.
 */
final class Output {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Map<String, Object> fields = new LinkedHashMap<>();

    Output put(String key, Object value) {
        if (value != null) {
            fields.put(key, value);
        }
        return this;
    }

    void print(PrintStream out, boolean json) {
        if (!json) {
            fields.forEach((k, v) -> out.println(k + "=" + v));
            return;
        }
        ObjectNode node = MAPPER.createObjectNode();
        fields.forEach((k, v) -> {
            switch (v) {
                case Boolean b -> node.put(k, b);
                case Integer i -> node.put(k, i);
                case Long l -> node.put(k, l);
                default -> node.put(k, v.toString());
            }
        });
        out.println(node.toPrettyString());
    }
}
