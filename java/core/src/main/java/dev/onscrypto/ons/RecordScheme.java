package dev.onscrypto.ons;

import java.util.Locale;

/** The two ways ONS record values have been encrypted. */
public enum RecordScheme {
    /**
     * HF15 (Loki 7.x) Session records: key = Argon2id(name, 16 zero bytes, ops 3, 256 MiB);
     * XSalsa20-Poly1305 secretbox with a zero nonce; stored as tag ‖ ciphertext, 49 bytes.
     */
    LEGACY,
    /**
     * HF16 onward: key = BLAKE2b-256(name, key = name hash); XChaCha20-Poly1305 with a random nonce and
     * empty associated data; stored as ciphertext ‖ tag ‖ nonce.
     */
    XCHACHA20POLY1305;

    /** {@code legacy} or {@code xchacha20poly1305}, as in the vector files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
