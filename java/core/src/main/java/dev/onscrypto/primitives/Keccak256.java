package dev.onscrypto.primitives;

import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.Require;

/**
 * Keccak-256 with the original Keccak padding (domain byte 0x01), as CryptoNote's {@code cn_fast_hash}.
 * Not SHA3-256, which pads with 0x06 and gives different digests.
 */
public final class Keccak256 {
    /** Digest length in bytes. */
    public static final int LENGTH = 32;

    private final Backend backend;

    Keccak256(Backend backend) {
        this.backend = backend;
    }

    public byte[] hash(byte[] message) {
        return backend.keccak256(Require.nonNull(message, "message"));
    }
}
