package dev.onscrypto.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.onscrypto.ons.InvalidValueException;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;

/**
 * What {@code decrypt}, {@code resolve} and {@code lookup} print for a decrypted value. A record on
 * chain can hold bytes that are not a valid Session ID or address; those are still shown —
 * {@code valid=false}, the reason and the raw {@code binary=} — with exit status 1, instead of a
 * readable form that would not parse back.
 */
final class DecryptedValue {
    private final String text;
    private final String reason;
    private final String binary;

    private DecryptedValue(String text, String reason, String binary) {
        this.text = text;
        this.reason = reason;
        this.binary = binary;
    }

    static DecryptedValue of(Ons ons, MappingValue value, Network network) {
        try {
            return new DecryptedValue(ons.values().format(value, network), null, value.hex());
        } catch (InvalidValueException e) {
            return new DecryptedValue(null, e.getMessage(), value.hex());
        }
    }

    /** Adds {@code valid}, {@code value} (valid only), {@code reason} (invalid only) and {@code binary}; returns the exit status. */
    static int put(Output out, Ons ons, MappingValue value, Network network) {
        DecryptedValue d = of(ons, value, network);
        out.put("valid", d.valid()).put("value", d.text).put("reason", d.reason).put("binary", d.binary);
        return d.valid() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** The same fields into a JSON object / text block. */
    void putInto(ObjectNode o) {
        o.put("valid", valid());
        if (text != null) {
            o.put("value", text);
        } else {
            o.put("reason", reason);
        }
        o.put("binary", binary);
    }

    boolean valid() {
        return text != null;
    }
}
