package dev.onscrypto.internal.ffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import dev.onscrypto.internal.HashState;

/**
 * An incremental hash whose state lives in native memory: libsodium's {@code crypto_generichash_*}
 * (BLAKE2b) or our {@code ons_keccak256_*}. Every call is critical: the state is native, and input is fed
 * in pieces of at most {@link CallBuffers#CRITICAL_MAX_BYTES}, each passed as it is (heap or native),
 * so a long update neither copies nor holds off a GC for longer than one piece takes.
 */
final class NativeHashState implements HashState {
    /** libsodium declares its BLAKE2b state 64-byte aligned. */
    private static final long ALIGNMENT = 64;
    private static final long BLAKE2B_STATE_BYTES = Sodium.crypto_generichash_statebytes();
    private static final long KECCAK_STATE_BYTES = OnsNative.ons_keccak256_statebytes();

    private final boolean keccak;
    private final int outputLength;
    // Freed by the GC once unreachable; close() wipes it at once, since a keyed state holds the key.
    private final MemorySegment state;
    private boolean closed;

    private NativeHashState(boolean keccak, int outputLength) {
        this.keccak = keccak;
        this.outputLength = outputLength;
        this.state = Arena.ofAuto().allocate(keccak ? KECCAK_STATE_BYTES : BLAKE2B_STATE_BYTES, ALIGNMENT);
    }

    static NativeHashState blake2b(byte[] key, int outputLength) {
        NativeHashState s = new NativeHashState(false, outputLength);
        int rc;
        try (CallBuffers b = CallBuffers.forLength(key.length)) {
            rc = Sodium.crypto_generichash_init(s.state, key.length == 0 ? MemorySegment.NULL : b.in(key),
                    key.length, outputLength);
        }
        check(rc, "crypto_generichash_init");
        return s;
    }

    static NativeHashState keccak256() {
        NativeHashState s = new NativeHashState(true, 32);
        check(OnsNative.ons_keccak256_init(s.state), "ons_keccak256_init");
        return s;
    }

    @Override
    public void update(MemorySegment data) {
        requireOpen();
        long size = data.byteSize();
        for (long at = 0; at < size; at += CallBuffers.CRITICAL_MAX_BYTES) {
            long n = Math.min(CallBuffers.CRITICAL_MAX_BYTES, size - at);
            MemorySegment piece = data.asSlice(at, n);
            int rc = keccak ? OnsNative.ons_keccak256_update(state, piece, n)
                    : Sodium.crypto_generichash_update(state, piece, n);
            check(rc, "hash update");
        }
    }

    @Override
    public void finish(MemorySegment out) {
        requireOpen();
        int rc;
        try (CallBuffers b = CallBuffers.forLength(outputLength)) {
            rc = keccak ? OnsNative.ons_keccak256_final(state, b.out(out))
                    : Sodium.crypto_generichash_final(state, b.out(out), outputLength);
        }
        check(rc, "hash final");
        close();
    }

    @Override
    public HashState copy() {
        requireOpen();
        NativeHashState c = new NativeHashState(keccak, outputLength);
        c.state.copyFrom(state);
        return c;
    }

    @Override
    public void close() {
        if (!closed) {
            state.fill((byte) 0);
            closed = true;
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("hash state already finished or closed");
        }
    }

    private static void check(int rc, String function) {
        if (rc != 0) {
            throw new IllegalStateException(function + " returned " + rc + " on input the API accepted");
        }
    }
}
