package dev.onscrypto.internal.java;

import java.lang.foreign.MemorySegment;

import org.bouncycastle.crypto.digests.KeccakDigest;

import dev.onscrypto.internal.HashState;

/** An incremental BLAKE2b (ours) or Keccak-256 (Bouncy Castle's digest), whose state is Java memory. */
final class JavaHashState implements HashState {
    private final Blake2b blake2b;
    private final KeccakDigest keccak;
    private boolean closed;

    private JavaHashState(Blake2b blake2b, KeccakDigest keccak) {
        this.blake2b = blake2b;
        this.keccak = keccak;
    }

    static JavaHashState blake2b(byte[] key, int outputLength) {
        return new JavaHashState(new Blake2b(key, outputLength), null);
    }

    static JavaHashState keccak256() {
        // BC's KeccakDigest is the original Keccak (padding 0x01), not SHA3Digest.
        return new JavaHashState(null, new KeccakDigest(256));
    }

    @Override
    public void update(MemorySegment data) {
        requireOpen();
        HeapRange in = HeapRange.input(data, null);
        try {
            if (blake2b != null) {
                blake2b.update(in.array, in.offset, in.length);
            } else {
                keccak.update(in.array, in.offset, in.length);
            }
        } finally {
            in.wipe();
        }
    }

    @Override
    public void finish(MemorySegment out) {
        requireOpen();
        HeapRange o = HeapRange.output(out);
        if (blake2b != null) {
            blake2b.finish(o.array, o.offset);
        } else {
            keccak.doFinal(o.array, o.offset);
        }
        o.finish();
        close();
    }

    @Override
    public HashState copy() {
        requireOpen();
        return blake2b != null ? new JavaHashState(blake2b.copy(), null)
                : new JavaHashState(null, new KeccakDigest(keccak));
    }

    @Override
    public void close() {
        if (!closed) {
            // wipe() zeroes BLAKE2b's chain value and buffered block (the key block included); Keccak's
            // reset() zeroes its sponge state.
            if (blake2b != null) {
                blake2b.wipe();
            } else {
                keccak.reset();
            }
            closed = true;
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("hash state already finished or closed");
        }
    }
}
