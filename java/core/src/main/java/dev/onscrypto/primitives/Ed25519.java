package dev.onscrypto.primitives;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.Require;

/**
 * Ed25519 (RFC 8032, pure) with libsodium's key format and acceptance rules: signing from a 32-byte
 * seed, verification that rejects non-canonical S, small-order R, and small-order or non-canonical
 * public keys — the rules oxen-core's {@code verify_ons_signature} relies on.
 *
 * <p>Messages may also be given as a range of an array or as a {@link ByteBuffer} (direct buffers go to
 * native code as they are). Pure Ed25519 reads the message twice (once for the nonce, once for the
 * challenge), so it cannot be signed or verified incrementally: streaming callers must buffer it.
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
        Require.nonNull(message, "message");
        byte[] signature = new byte[SIGNATURE_LENGTH];
        sign(seed, MemorySegment.ofArray(message), MemorySegment.ofArray(signature));
        return signature;
    }

    /** Signs {@code message[off, off + len)}, writing the 64-byte signature at {@code out[outOff]}; returns 64. */
    public int sign(byte[] seed, byte[] message, int off, int len, byte[] out, int outOff) {
        MemorySegment m = Require.range(message, off, len, "message");
        return sign(seed, m, Require.output(out, outOff, SIGNATURE_LENGTH, "Ed25519 signature output"));
    }

    /** Signs {@code message}'s remaining bytes into {@code out} at its position; both positions advance. */
    public int sign(byte[] seed, ByteBuffer message, ByteBuffer out) {
        // Both buffers are wrapped here, not in a helper (Require.writable says why).
        MemorySegment m = MemorySegment.ofBuffer(Require.nonNull(message, "message"));
        MemorySegment o = MemorySegment.ofBuffer(Require.writable(out, SIGNATURE_LENGTH, "Ed25519 signature output"));
        sign(seed, m, o.asSlice(0, SIGNATURE_LENGTH));
        Aeads.advance(message, out, SIGNATURE_LENGTH);
        return SIGNATURE_LENGTH;
    }

    private int sign(byte[] seed, MemorySegment message, MemorySegment signature) {
        Require.length(seed, SEED_LENGTH, "Ed25519 seed");
        backend.ed25519Sign(seed, message, signature);
        return SIGNATURE_LENGTH;
    }

    /**
     * Whether {@code signature} is a valid signature of {@code message} by {@code publicKey}. Malformed
     * lengths are a {@link dev.onscrypto.InvalidInputException}; everything else is a verdict.
     */
    public boolean verify(byte[] signature, byte[] message, byte[] publicKey) {
        Require.nonNull(message, "message");
        return verify(signature, MemorySegment.ofArray(message), publicKey);
    }

    /** As {@link #verify(byte[], byte[], byte[])} for the message {@code message[off, off + len)}. */
    public boolean verify(byte[] signature, byte[] message, int off, int len, byte[] publicKey) {
        return verify(signature, Require.range(message, off, len, "message"), publicKey);
    }

    /** As {@link #verify(byte[], byte[], byte[])} for {@code message}'s remaining bytes (its position does not move). */
    public boolean verify(byte[] signature, ByteBuffer message, byte[] publicKey) {
        return verify(signature, MemorySegment.ofBuffer(Require.nonNull(message, "message")), publicKey);
    }

    private boolean verify(byte[] signature, MemorySegment message, byte[] publicKey) {
        Require.length(signature, SIGNATURE_LENGTH, "Ed25519 signature");
        Require.length(publicKey, PUBLIC_KEY_LENGTH, "Ed25519 public key");
        return backend.ed25519Verify(signature, message, publicKey);
    }
}
