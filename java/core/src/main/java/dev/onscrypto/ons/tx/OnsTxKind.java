package dev.onscrypto.ons.tx;

import java.util.Locale;

import dev.onscrypto.InvalidInputException;

/**
 * What an ONS transaction does, from its fields mask (oxen-core {@code is_buying} / {@code is_updating}
 * / {@code is_renewing}, {@code tx_extra.h}).
 */
public enum OnsTxKind {
    /** Fields 0x09 (owner, value) or 0x0B (owner, backup owner, value). */
    BUY,
    /** The signature bit and at least one of owner, backup owner, value. */
    UPDATE,
    /** No fields, a non-zero prev txid, a lokinet type. */
    RENEW;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code buy}, {@code update} or {@code renew}, any case. */
    public static OnsTxKind parse(String text) {
        if (text != null) {
            for (OnsTxKind k : values()) {
                if (k.label().equalsIgnoreCase(text.trim())) {
                    return k;
                }
            }
        }
        throw new InvalidInputException("ONS transaction kind must be buy, update or renew, got '" + text + "'");
    }
}
