package dev.onscrypto.internal.ffm;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * How one downcall sees the memory it reads and writes. Native segments (direct buffers, our own state)
 * always go to C as they are. Heap segments (the caller's arrays and heap buffers) depend on the call's
 * length: up to {@link #CRITICAL_MAX_BYTES} they are passed in place to a critical handle (no copy, no
 * allocation); longer calls copy them into a {@link WipingArena} and use an ordinary handle, because a
 * critical call holds off safepoints (and so every GC) for as long as it runs, and hashing or encrypting
 * megabytes must not do that.
 *
 * <p>There is no native scratch buffer for short calls any more. It was added on a measurement that a
 * freshly allocated array passed in place cost ~120 ns more than native memory; that figure came from
 * the same BLAKE2b-256 32-byte benchmark as the non-constant-handle penalty in {@link Downcalls} (also
 * ~120 ns) and does not reproduce with constant handles: {@code FfmFloorBenchmark} (bare handle, JDK 25)
 * gives 177 ns/op for a fresh 32-byte output array in place against 168 ns/op for native memory and
 * 189 ns/op for the copy through native memory, and through the library the scratch path cost 192 B/op of
 * escaped segments against 48 B/op (the result array alone) in place: BLAKE2b-256 of 32 bytes went from
 * 5.0 M to 6.2 M ops/s (C: 6.5 M) in the same interleaved run.
 *
 * <pre>{@code
 * try (CallBuffers b = CallBuffers.forLength(message.byteSize())) {
 *     rc = Sodium.crypto_generichash(b.critical(), b.out(hash), hash.byteSize(), b.in(message), ...);
 * }   // copies: outputs copied back into the caller's memory here, then every copy zeroed
 * }</pre>
 */
abstract sealed class CallBuffers implements AutoCloseable {
    /**
     * Largest call passed in place to a critical handle. The slowest primitives here (the AEADs, about
     * 1–1.5 GB/s in libsodium on the benchmark machine) take 0.2–0.3 ms at 256 KiB, which is how long a
     * safepoint (and so a GC) may wait; copying instead costs allocation, two copies and zeroing, which
     * measured 20–30 % of the call at 64 KiB (XChaCha20-Poly1305 open 64 KiB: the ciphertext with its tag
     * is 65 552 bytes, just over the former 64 KiB limit, and ran at 0.68× C against 0.94× for BLAKE2b of
     * 64 KiB in place, same run). Beyond this, and for direct buffers of any size, the ordinary handle.
     */
    static final long CRITICAL_MAX_BYTES = 256 * 1024;

    /** The buffers for a call whose variable-length data total {@code bytes}. */
    static CallBuffers forLength(long bytes) {
        return bytes <= CRITICAL_MAX_BYTES ? InPlace.INSTANCE : new Copied();
    }

    /** Whether the call must use the critical handle or the ordinary one (native memory only). */
    abstract boolean critical();

    /** The segment C reads {@code segment}'s bytes from. */
    abstract MemorySegment in(MemorySegment segment);

    /** The segment C writes into; its bytes end up in {@code segment} once this is closed. */
    abstract MemorySegment out(MemorySegment segment);

    final MemorySegment in(byte[] array) {
        return in(MemorySegment.ofArray(array));
    }

    final MemorySegment out(byte[] array) {
        return out(MemorySegment.ofArray(array));
    }

    @Override
    public abstract void close();

    /** Everything passed as it is; the caller clears secret arrays itself, as with any Java array. */
    private static final class InPlace extends CallBuffers {
        static final InPlace INSTANCE = new InPlace();

        @Override
        boolean critical() {
            return true;
        }

        @Override
        MemorySegment in(MemorySegment segment) {
            return segment;
        }

        @Override
        MemorySegment out(MemorySegment segment) {
            return segment;
        }

        @Override
        public void close() {
            // nothing was copied
        }
    }

    /** Off-heap copies of heap memory, zeroed and freed on close; native memory as it is. */
    private static final class Copied extends CallBuffers {
        private final WipingArena arena = new WipingArena();
        private final List<MemorySegment> targets = new ArrayList<>(1);
        private final List<MemorySegment> copies = new ArrayList<>(1);

        @Override
        boolean critical() {
            return false;
        }

        @Override
        MemorySegment in(MemorySegment segment) {
            if (segment.isNative()) {
                return segment;
            }
            MemorySegment copy = arena.allocate(segment.byteSize());
            copy.copyFrom(segment);
            return copy;
        }

        @Override
        MemorySegment out(MemorySegment segment) {
            if (segment.isNative()) {
                return segment;
            }
            MemorySegment copy = arena.allocate(segment.byteSize());
            targets.add(segment);
            copies.add(copy);
            return copy;
        }

        @Override
        public void close() {
            try {
                for (int i = 0; i < targets.size(); i++) {
                    targets.get(i).copyFrom(copies.get(i));
                }
            } finally {
                arena.close();
            }
        }
    }
}
