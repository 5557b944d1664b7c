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
 * ~120 ns) and does not reproduce with constant handles: {@code FfmFloorBenchmark} (bare handle, JDK 25,
 * BLAKE2b-256 of 32 bytes) gives 144.7 ns/op for native memory (C: 144.4 ns), 148.0 for long-lived arrays
 * in place, 153.8 for a fresh output array in place (its allocation) and 161.1 for the fresh array
 * through a native copy; the ordinary handle adds 7 ns. Through the library the scratch path also cost
 * 192 B/op of escaped segments against 48 B/op (the result array alone) in place: BLAKE2b-256 of 32
 * bytes went from 4.95 M to 6.21 M ops/s (C: 6.67 M) in interleaved runs.
 *
 * <pre>{@code
 * try (CallBuffers b = CallBuffers.forLength(message.byteSize())) {
 *     MemorySegment o = b.out(hash), m = b.in(message);
 *     rc = b.critical() ? (int) Sodium.CRYPTO_GENERICHASH_CRITICAL.invokeExact(o, 32L, m, m.byteSize(), NULL, 0L)
 *             : Sodium.crypto_generichash_plain(o, 32L, m, m.byteSize(), NULL, 0L);
 * }   // copies: outputs copied back into the caller's memory here, then every copy zeroed
 * }</pre>
 */
abstract sealed class CallBuffers implements AutoCloseable {
    /**
     * Largest call passed in place to a critical handle; beyond it heap memory is copied and the ordinary
     * handle used (native memory is never copied: it goes to the ordinary handle as it is).
     *
     * <p>Measured with {@code benchmarks/.../CriticalCrossover} (XChaCha20-Poly1305 encryption of a Java
     * array, about 1.5 GB/s here, the slowest per byte of the AEADs; JDK 25, 2-core EPYC VM, load 1.2).
     * Copying (arena, copy in, ordinary call, copy out, zeroing) costs a steady 15-17 % of the call from
     * 16 KiB to 1 MiB (38 % at 4 MiB, past the caches): it never becomes free, so the limit is a latency
     * budget, not a throughput crossover. What in place costs is the hold-off: while another thread makes
     * such calls back to back, a handshake with it (which, like the safepoint every GC needs, must wait
     * for a critical call to return) took a median of 88 us at 16 KiB and at 64 KiB, 175 us at 256 KiB,
     * 693 us at 1 MiB and 3.2 ms at 4 MiB (calls of 11, 42, 169, 677 and 2 757 us); through the ordinary
     * handle 1.6 us at every size (2.1 us for a sleeping thread). The 88 us floor is what a thread
     * running any Java code costs a handshake here (a plain Java loop over the same bytes: 88-105 us,
     * measured alongside); calls above about 128 KiB (one AEAD call of ~85 us)
     * add to it, at 256 KiB (the former limit) doubling it. So: in place up to 128 KiB, where a call
     * holds off a GC no longer than ordinary Java code does (BLAKE2b, ~1 GB/s, reaches ~125 us and
     * Keccak, ~0.33 GB/s, ~390 us at the limit; ONS never hashes that much at once), copied beyond.
     * 64 KiB payloads with their tag and associated data stay in place. Rerun: README.md, "The native
     * call path".
     */
    static final long CRITICAL_MAX_BYTES = 128 * 1024;

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
