package dev.onscrypto.cli;

import java.io.PrintStream;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.onscrypto.node.FoundRecord;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsRecord;

/**
 * Prints records found on nodes: text blocks that start with {@code name=} and {@code type=},
 * separated by a blank line, or one compact JSON object per line.
 */
final class RecordPrinter {
    static final ObjectMapper JSON = new ObjectMapper();
    private final PrintStream out;
    private final boolean json;
    private final Ons ons;
    private boolean first = true;

    RecordPrinter(PrintStream out, boolean json, Ons ons) {
        this.out = out;
        this.json = json;
        this.ons = ons;
    }

    /** The fields of one record, in print order (the name first). */
    ObjectNode fields(String name, FoundRecord f, Network network) {
        OnsRecord r = f.record();
        HexFormat hex = HexFormat.of();
        ObjectNode o = JSON.createObjectNode();
        o.put("name", name);
        o.put("type", r.type().label());
        o.put("name_hash", r.nameHash().base64());
        o.put("owner", ons.owners().format(r.owner(), network));
        r.backupOwner().ifPresent(b -> o.put("backup_owner", ons.owners().format(b, network)));
        o.put("txid", hex.formatHex(r.txid()));
        o.put("update_height", r.updateHeight());
        if (r.expirationHeight().isPresent()) {
            o.put("expiration_height", r.expirationHeight().getAsLong());
        }
        o.put("active", f.active());
        f.value().ifPresent(v -> DecryptedValue.of(ons, v, network).putInto(o));
        o.put("encrypted_value", r.encryptedValue().hex());
        return o;
    }

    /** A text block of {@code key=value} lines. */
    void block(ObjectNode fields) {
        if (!first) {
            out.println();
        }
        first = false;
        fields.properties().forEach(e -> out.println(e.getKey() + "=" + (e.getValue().isArray()
                ? String.join(",", arrayText((ArrayNode) e.getValue())) : e.getValue().asText())));
    }

    void line(ObjectNode object) {
        out.println(object.toString());
    }

    boolean json() {
        return json;
    }

    static ArrayNode strings(List<String> list) {
        ArrayNode a = JSON.createArrayNode();
        list.forEach(a::add);
        return a;
    }

    private static List<String> arrayText(ArrayNode a) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }
}
