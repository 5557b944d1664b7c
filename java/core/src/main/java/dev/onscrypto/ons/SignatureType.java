package dev.onscrypto.ons;

import java.util.Locale;

import dev.onscrypto.InvalidInputException;

/** oxen-core {@code generic_owner_sig_type}: the kind of an owner, and of the signatures it accepts. */
public enum SignatureType {
    /** A wallet-address owner; CryptoNote (Keccak-Schnorr) signatures by the spend key. */
    MONERO(0),
    /** An ed25519-key owner; Ed25519 signatures. */
    ED25519(1);

    private final int code;

    SignatureType(int code) {
        this.code = code;
    }

    /** The type byte of the owner blob and the signed buffer. */
    public int code() {
        return code;
    }

    /** {@code monero} or {@code ed25519}, any case. */
    public static SignatureType parse(String text) {
        if (text != null) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "monero": return MONERO;
                case "ed25519": return ED25519;
                default: break;
            }
        }
        throw new InvalidInputException("signature type must be monero or ed25519, got '" + text + "'");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
