package dev.onscrypto.cli;

import dev.onscrypto.ons.InvalidValueException;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;

/**
 * The lines {@code decrypt} and {@code resolve} print for a decrypted value. A record on chain can
 * hold bytes that are not a valid Session ID or address; those are still shown — {@code valid=false},
 * the reason and the raw {@code binary=} — with exit status 1, instead of a readable form that would
 * not parse back.
 */
final class DecryptedValue {
    private DecryptedValue() {
    }

    /** Adds {@code valid}, {@code value} (valid only), {@code reason} (invalid only) and {@code binary}; returns the exit status. */
    static int put(Output out, Ons ons, MappingValue value, Network network) {
        String text = null;
        String reason = null;
        try {
            text = ons.values().format(value, network);
        } catch (InvalidValueException e) {
            reason = e.getMessage();
        }
        out.put("valid", text != null)
                .put("value", text)
                .put("reason", reason)
                .put("binary", value.hex());
        return text != null ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
