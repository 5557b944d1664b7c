package dev.onscrypto.provider;

import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Objects;

/**
 * A private key as its raw 32 bytes: the seed for Ed25519 (libsodium's format), the secret scalar
 * (little-endian, reduced modulo l, non-zero) for CryptoNote. Give it to the {@code KeyFactory} of
 * provider {@code OnsCrypto}; the factory checks length and form. Call {@link #clear()} when done:
 * the spec holds its own copy of the secret.
 */
public final class RawPrivateKeySpec implements KeySpec {
    private final byte[] key;

    /**
     * Wraps a raw key.
     *
     * @param key the 32 raw key bytes (copied; the length is checked by the key factory)
     */
    public RawPrivateKeySpec(byte[] key) {
        this.key = Objects.requireNonNull(key, "key").clone();
    }

    /** {@return a copy of the raw key bytes} */
    public byte[] getKey() {
        return key.clone();
    }

    /** Zeroes this spec's copy of the key. */
    public void clear() {
        Arrays.fill(key, (byte) 0);
    }
}
