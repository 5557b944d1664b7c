package dev.onscrypto.primitives;

import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.Require;

/** BLAKE2b (RFC 7693) as libsodium's {@code crypto_generichash}: 1–64 byte output, optional key of up to 64 bytes. */
public final class Blake2b {
    /** Longest output and key, in bytes. */
    public static final int MAX_OUTPUT_LENGTH = 64;
    public static final int MAX_KEY_LENGTH = 64;

    private static final byte[] NO_KEY = new byte[0];
    private final Backend backend;

    Blake2b(Backend backend) {
        this.backend = backend;
    }

    /** Unkeyed BLAKE2b-256, the ONS name hash function. */
    public byte[] hash256(byte[] message) {
        return hash(message, NO_KEY, 32);
    }

    /** Unkeyed BLAKE2b with {@code outputLength} bytes (1–64). */
    public byte[] hash(byte[] message, int outputLength) {
        return hash(message, NO_KEY, outputLength);
    }

    /**
     * Keyed BLAKE2b. An empty key means unkeyed (libsodium's {@code keylen = 0}), which differs from a
     * key of zero bytes of any positive length.
     */
    public byte[] hash(byte[] message, byte[] key, int outputLength) {
        Require.nonNull(message, "message");
        Require.maxLength(key, MAX_KEY_LENGTH, "BLAKE2b key");
        Require.range(outputLength, 1, MAX_OUTPUT_LENGTH, "BLAKE2b output length");
        return backend.blake2b(message, key, outputLength);
    }
}
