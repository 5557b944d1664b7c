package dev.onscrypto.ons;

import java.util.Locale;

import dev.onscrypto.InvalidInputException;

/**
 * oxen-core {@code generic_owner_sig_type}: the kind of an owner, and of the signatures it accepts.
 *
 * <p>oxen-core names the wallet kind {@code monero} ({@code tx_extra.h}); this library calls the
 * signature by its primitive's name, CryptoNote. oxen-core's spelling stays where other tools read it:
 * {@link #label()} (the CLI's {@code sig_type=} lines, the vector files' {@code sig_type}), and
 * {@link #parse} accepts it beside the canonical one.
 */
public enum SignatureType {
    /** A wallet-address owner; CryptoNote signatures by the spend key (oxen-core {@code monero}). */
    CRYPTONOTE(0, "cryptonote", "monero"),
    /** An ed25519-key owner; Ed25519 signatures. */
    ED25519(1, "ed25519", "ed25519");

    private final int code;
    private final String canonical;
    private final String label;

    SignatureType(int code, String canonical, String label) {
        this.code = code;
        this.canonical = canonical;
        this.label = label;
    }

    /** The type byte of the owner blob and the signed buffer. */
    public int code() {
        return code;
    }

    /**
     * {@code cryptonote} (or oxen-core's {@code monero}) or {@code ed25519}, any case.
     *
     * @throws InvalidInputException for anything else
     */
    public static SignatureType parse(String text) {
        if (text != null) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            for (SignatureType type : values()) {
                if (t.equals(type.canonical) || t.equals(type.label)) {
                    return type;
                }
            }
        }
        throw new InvalidInputException("signature type must be cryptonote (oxen-core: monero) or ed25519, got '"
                + text + "'");
    }

    /** The canonical name: {@code cryptonote} or {@code ed25519}. */
    public String canonicalName() {
        return canonical;
    }

    /**
     * oxen-core's name, as the CLI prints it in {@code sig_type=} and the vector files spell it:
     * {@code monero} or {@code ed25519}.
     */
    public String label() {
        return label;
    }
}
