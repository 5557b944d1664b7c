package dev.onscrypto.primitives;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.Require;

/**
 * BLAKE2b (RFC 7693) as libsodium's {@code crypto_generichash}: 1–64 byte output, optional key of up to 64 bytes.
 *
 * <p>Besides the array-returning methods there are range and {@link ByteBuffer} forms that write into
 * the caller's memory (no allocation; direct buffers go to native code as they are), and an incremental
 * {@link Hasher}. An empty key means unkeyed (libsodium's {@code keylen = 0}), which differs from a key
 * of zero bytes of any positive length.
 */
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

    /** Keyed BLAKE2b (an empty key means unkeyed). */
    public byte[] hash(byte[] message, byte[] key, int outputLength) {
        Require.nonNull(message, "message");
        byte[] out = new byte[checkParameters(key, outputLength)];
        backend.blake2b(MemorySegment.ofArray(message), key, MemorySegment.ofArray(out));
        return out;
    }

    /** Unkeyed BLAKE2b of {@code in[off, off + len)} into {@code out[outOff, outOff + outputLength)}; returns outputLength. */
    public int hash(byte[] in, int off, int len, byte[] out, int outOff, int outputLength) {
        return hash(in, off, len, NO_KEY, out, outOff, outputLength);
    }

    /** Keyed BLAKE2b of a range into the caller's array; returns {@code outputLength}. */
    public int hash(byte[] in, int off, int len, byte[] key, byte[] out, int outOff, int outputLength) {
        MemorySegment message = Require.range(in, off, len, "message");
        checkParameters(key, outputLength);
        backend.blake2b(message, key, Require.output(out, outOff, outputLength, "BLAKE2b output"));
        return outputLength;
    }

    /**
     * Unkeyed BLAKE2b of {@code in}'s remaining bytes into {@code out} at its position; both positions
     * advance. Heap or direct buffers, read-only input allowed.
     */
    public int hash(ByteBuffer in, ByteBuffer out, int outputLength) {
        // Not delegated to the keyed form: both buffers are wrapped in the public method itself, one
        // call from the caller (Require.writable says why).
        MemorySegment message = MemorySegment.ofBuffer(Require.nonNull(in, "message"));
        checkParameters(NO_KEY, outputLength);
        MemorySegment o = MemorySegment.ofBuffer(Require.writable(out, outputLength, "BLAKE2b output"));
        return hash(message, NO_KEY, o.asSlice(0, outputLength), in, out);
    }

    /** Keyed BLAKE2b of {@code in}'s remaining bytes into {@code out}; both positions advance. */
    public int hash(ByteBuffer in, byte[] key, ByteBuffer out, int outputLength) {
        MemorySegment message = MemorySegment.ofBuffer(Require.nonNull(in, "message"));
        checkParameters(key, outputLength);
        MemorySegment o = MemorySegment.ofBuffer(Require.writable(out, outputLength, "BLAKE2b output"));
        return hash(message, key, o.asSlice(0, outputLength), in, out);
    }

    private int hash(MemorySegment message, byte[] key, MemorySegment digest, ByteBuffer in, ByteBuffer out) {
        backend.blake2b(message, key, digest);
        in.position(in.limit());
        out.position(out.position() + (int) digest.byteSize());
        return (int) digest.byteSize();
    }

    /** An unkeyed incremental BLAKE2b with {@code outputLength} bytes (1–64). */
    public Hasher hasher(int outputLength) {
        return hasher(NO_KEY, outputLength);
    }

    /** A keyed incremental BLAKE2b (an empty key means unkeyed). */
    public Hasher hasher(byte[] key, int outputLength) {
        checkParameters(key, outputLength);
        return new Hasher(backend.blake2bState(key, outputLength), outputLength);
    }

    private static int checkParameters(byte[] key, int outputLength) {
        Require.maxLength(key, MAX_KEY_LENGTH, "BLAKE2b key");
        return (int) Require.range(outputLength, 1, MAX_OUTPUT_LENGTH, "BLAKE2b output length");
    }
}
