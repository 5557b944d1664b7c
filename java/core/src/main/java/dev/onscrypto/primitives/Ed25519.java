package dev.onscrypto.primitives;

import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.Require;

/**
 * Ed25519 (RFC 8032, pure) with libsodium's key format and acceptance rules: signing from a 32-byte
 * seed, verification that rejects non-canonical S, small-order R, and small-order or non-canonical
 * public keys — the rules oxen-core's {@code verify_ons_signature} relies on.
 */
public final class Ed25519 {
    public static final int SEED_LENGTH = 32;
    public static final int PUBLIC_KEY_LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 64;

    private final Backend backend;

    Ed25519(Backend backend) {
        this.backend = backend;
    }

    /** The public key of {@code seed}. */
    public byte[] publicKey(byte[] seed) {
        return backend.ed25519PublicKey(Require.length(seed, SEED_LENGTH, "Ed25519 seed"));
    }

    /** A deterministic signature of {@code message} by the key of {@code seed}. */
    public byte[] sign(byte[] seed, byte[] message) {
        Require.length(seed, SEED_LENGTH, "Ed25519 seed");
        Require.nonNull(message, "message");
        return backend.ed25519Sign(seed, message);
    }

    /**
     * Whether {@code signature} is a valid signature of {@code message} by {@code publicKey}. Malformed
     * lengths are a {@link dev.onscrypto.InvalidInputException}; everything else is a verdict.
     */
    public boolean verify(byte[] signature, byte[] message, byte[] publicKey) {
        Require.length(signature, SIGNATURE_LENGTH, "Ed25519 signature");
        Require.nonNull(message, "message");
        Require.length(publicKey, PUBLIC_KEY_LENGTH, "Ed25519 public key");
        return backend.ed25519Verify(signature, message, publicKey);
    }
}
