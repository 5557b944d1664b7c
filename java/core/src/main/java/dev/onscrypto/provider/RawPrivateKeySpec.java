package dev.onscrypto.provider;

import java.security.spec.KeySpec;
import java.util.Objects;

import dev.onscrypto.secret.SecretBytes;

/**
 * A private key as its raw 32 bytes: the seed for Ed25519 (libsodium's format), the secret scalar
 * (little-endian, reduced modulo l, non-zero) for CryptoNote. Give it to the {@code KeyFactory} of
 * provider {@code OnsCrypto}; the factory checks length and form. Call {@link #clear()} when done:
 * the spec holds its own copy of the secret, which {@code clear()} zeroes; like the JDK's
 * {@code PBEKeySpec}, a cleared spec refuses to give out its key.
 */
public final class RawPrivateKeySpec implements KeySpec {
    private final SecretBytes key;

    /**
     * Wraps a raw key.
     *
     * @param key the 32 raw key bytes (copied; the length is checked by the key factory)
     */
    public RawPrivateKeySpec(byte[] key) {
        this.key = SecretBytes.copyOf(Objects.requireNonNull(key, "key"));
    }

    /**
     * {@return a copy of the raw key bytes}
     *
     * @throws IllegalStateException after {@link #clear()}
     */
    public byte[] getKey() {
        return key.toByteArray();
    }

    /** Zeroes this spec's copy of the key; the spec can no longer be used. */
    public void clear() {
        key.destroy();
    }
}
