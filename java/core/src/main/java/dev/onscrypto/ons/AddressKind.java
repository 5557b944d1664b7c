package dev.onscrypto.ons;

import java.util.Locale;

/**
 * The three kinds of Oxen wallet address. Each has its own base58 prefix per {@link Network}; the
 * payload is spend key ‖ view key, plus an 8-byte payment id for {@link #INTEGRATED}.
 */
public enum AddressKind {
    /** A primary (account 0, index 0) address. */
    STANDARD,
    /** A primary address with an 8-byte payment id appended. */
    INTEGRATED,
    /** A subaddress (major, minor) ≠ (0, 0); never carries a payment id. */
    SUBADDRESS;

    /** Lower-case name, as used in the test vectors ({@code standard}, {@code integrated}, {@code subaddress}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
