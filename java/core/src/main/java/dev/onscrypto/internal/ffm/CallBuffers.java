package dev.onscrypto.internal.ffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * How one downcall sees the memory it reads and writes. Native segments (direct buffers, our own state)
 * always go to C as they are. Heap segments (the caller's arrays and heap buffers) depend on the call's
 * length: short calls copy them into a per-thread native scratch buffer and use a critical handle (no
 * arena, no allocation); medium calls pass them in place to a critical handle; long calls copy them into
 * a {@link WipingArena} and use an ordinary handle, because a critical call holds off safepoints (and so
 * every GC) for as long as it runs, and hashing or encrypting megabytes must not do that.
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

    /**
     * Largest call whose heap memory is copied into the thread's native scratch buffer. A Java array
     * allocated just before the call (every output array, and most inputs in real use) costs about 120 ns
     * more when passed in place to a critical downcall than the same bytes in native memory (measured on
     * JDK 25: BLAKE2b-256 of 32 bytes, 253 ns against 143 ns with the copy); copying a kilobyte costs far
     * less than that.
     */
    static final long SCRATCH_MAX_BYTES = 1024;

    /** The buffers for a call whose variable-length data total {@code bytes}. */
    static CallBuffers forLength(long bytes) {
        if (bytes <= SCRATCH_MAX_BYTES) {
            return Scratch.acquire();
        }
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

    /**
     * Short calls: heap memory is copied into this thread's native scratch buffer and passed to the
     * critical handle from there; outputs are copied back and every byte used is zeroed on close, so no
     * secret stays behind. One per thread, used by one call at a time (a downcall cannot reenter it).
     * Anything that does not fit is passed in place. An output may be the same memory as an input: each
     * gets its own copy, and the output is copied back last.
     */
    private static final class Scratch extends CallBuffers {
        private static final int CAPACITY = 4096;
        private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);

        // Freed by the GC with the thread's Scratch (a thread that ends takes its buffer with it).
        private final MemorySegment buffer = Arena.ofAuto().allocate(CAPACITY, 16);
        private long used;
        private MemorySegment firstOut;
        private long firstOffset;
        private MemorySegment secondOut;
        private long secondOffset;

        static Scratch acquire() {
            return PER_THREAD.get();
        }

        @Override
        boolean critical() {
            return true;
        }

        @Override
        MemorySegment in(MemorySegment segment) {
            long size = segment.byteSize();
            if (segment.isNative() || used + size > CAPACITY) {
                return segment;
            }
            MemorySegment copy = buffer.asSlice(used, size);
            copy.copyFrom(segment);
            used += size;
            return copy;
        }

        @Override
        MemorySegment out(MemorySegment segment) {
            long size = segment.byteSize();
            if (segment.isNative() || used + size > CAPACITY || secondOut != null) {
                return segment;
            }
            if (firstOut == null) {
                firstOut = segment;
                firstOffset = used;
            } else {
                secondOut = segment;
                secondOffset = used;
            }
            MemorySegment copy = buffer.asSlice(used, size);
            used += size;
            return copy;
        }

        @Override
        public void close() {
            if (firstOut != null) {
                MemorySegment.copy(buffer, firstOffset, firstOut, 0, firstOut.byteSize());
            }
            if (secondOut != null) {
                MemorySegment.copy(buffer, secondOffset, secondOut, 0, secondOut.byteSize());
            }
            buffer.asSlice(0, used).fill((byte) 0);
            used = 0;
            firstOut = null;
            secondOut = null;
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
