package dev.onscrypto.primitives;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.Require;

/**
 * Keccak-256 with the original Keccak padding (domain byte 0x01), as CryptoNote's {@code cn_fast_hash}.
 * Not SHA3-256, which pads with 0x06 and gives different digests. Range and {@link ByteBuffer} forms
 * write into the caller's memory; {@link #hasher()} hashes incrementally.
 */
public final class Keccak256 {
    /** Digest length in bytes. */
    public static final int LENGTH = 32;

    private final Backend backend;

    Keccak256(Backend backend) {
        this.backend = backend;
    }

    public byte[] hash(byte[] message) {
        Require.nonNull(message, "message");
        byte[] out = new byte[LENGTH];
        backend.keccak256(MemorySegment.ofArray(message), MemorySegment.ofArray(out));
        return out;
    }

    /** Keccak-256 of {@code in[off, off + len)} into {@code out[outOff, outOff + 32)}; returns 32. */
    public int hash(byte[] in, int off, int len, byte[] out, int outOff) {
        MemorySegment message = Require.range(in, off, len, "message");
        backend.keccak256(message, Require.output(out, outOff, LENGTH, "Keccak-256 output"));
        return LENGTH;
    }

    /** Keccak-256 of {@code in}'s remaining bytes into {@code out} at its position; both positions advance. */
    public int hash(ByteBuffer in, ByteBuffer out) {
        // Both buffers are wrapped here, not in a helper (Require.writable says why).
        MemorySegment message = MemorySegment.ofBuffer(Require.nonNull(in, "message"));
        MemorySegment o = MemorySegment.ofBuffer(Require.writable(out, LENGTH, "Keccak-256 output"));
        backend.keccak256(message, o.asSlice(0, LENGTH));
        in.position(in.limit());
        out.position(out.position() + LENGTH);
        return LENGTH;
    }

    /** An incremental Keccak-256. */
    public Hasher hasher() {
        return new Hasher(backend.keccak256State(), LENGTH);
    }
}
