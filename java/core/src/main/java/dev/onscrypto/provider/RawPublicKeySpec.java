package dev.onscrypto.provider;

import java.security.spec.KeySpec;
import java.util.Objects;

/**
 * A public key as its raw 32-byte encoding: the compressed ed25519 point, the form ONS, Ed25519 and
 * CryptoNote use on the wire. Give it to the {@code KeyFactory} of provider {@code OnsCrypto}
 * ({@code "OnsEd25519"} or {@code "CryptoNote"}); the factory checks the length.
 */
public final class RawPublicKeySpec implements KeySpec {
    private final byte[] key;

    /**
     * Wraps a raw key.
     *
     * @param key the 32 raw key bytes (copied; the length is checked by the key factory)
     */
    public RawPublicKeySpec(byte[] key) {
        this.key = Objects.requireNonNull(key, "key").clone();
    }

    /** {@return a copy of the raw key bytes} */
    public byte[] getKey() {
        return key.clone();
    }
}
