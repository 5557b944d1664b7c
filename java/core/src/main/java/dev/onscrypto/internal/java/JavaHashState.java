package dev.onscrypto.internal.java;

import java.lang.foreign.MemorySegment;

import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.digests.KeccakDigest;

import dev.onscrypto.internal.HashState;

/** An incremental BLAKE2b or Keccak-256 on Bouncy Castle's digests, whose state is Java memory. */
final class JavaHashState implements HashState {
    private final Blake2bDigest blake2b;
    private final KeccakDigest keccak;
    private boolean closed;

    private JavaHashState(Blake2bDigest blake2b, KeccakDigest keccak) {
        this.blake2b = blake2b;
        this.keccak = keccak;
    }

    static JavaHashState blake2b(byte[] key, int outputLength) {
        return new JavaHashState(new Blake2bDigest(key.length == 0 ? null : key, outputLength, null, null), null);
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
            blake2b.doFinal(o.array, o.offset);
        } else {
            keccak.doFinal(o.array, o.offset);
        }
        o.finish();
        close();
    }

    @Override
    public HashState copy() {
        requireOpen();
        return blake2b != null ? new JavaHashState(new Blake2bDigest(blake2b), null)
                : new JavaHashState(null, new KeccakDigest(keccak));
    }

    @Override
    public void close() {
        if (!closed) {
            // reset() zeroes the chain value, the buffered block and (Keccak) the sponge state.
            if (blake2b != null) {
                blake2b.clearKey();
                blake2b.reset();
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
