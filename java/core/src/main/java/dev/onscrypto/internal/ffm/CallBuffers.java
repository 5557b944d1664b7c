package dev.onscrypto.internal.ffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * How one downcall sees the Java arrays it reads and writes. Short calls copy them into a per-thread
 * native scratch buffer and use a critical handle: no arena, no allocation. Medium inputs are passed in
 * place to a critical handle. Long inputs are copied into a {@link WipingArena} and go through an
 * ordinary handle, because a critical call holds off safepoints (and so every GC) for as long as it
 * runs; hashing or encrypting megabytes must not do that.
 *
 * <pre>{@code
 * try (CallBuffers b = CallBuffers.forLength(message.length)) {
 *     rc = Sodium.crypto_generichash(b.critical(), b.out(hash), hash.length, b.in(message), ...);
 * }   // long inputs: outputs copied back into their arrays here, then every copy zeroed
 * }</pre>
 */
abstract sealed class CallBuffers implements AutoCloseable {
    /**
     * Largest input passed in place. At 64 KiB the slowest primitive here takes well under a millisecond,
     * and copying would cost a few percent; JMH runs with other limits may tune this.
     */
    static final long CRITICAL_MAX_BYTES = 64 * 1024;

    /**
     * Largest input copied into the thread's native scratch buffer. A Java array allocated just before
     * the call (every output array, and most inputs in real use) costs about 120 ns more when passed in
     * place to a critical downcall than the same bytes in native memory (measured on JDK 25: BLAKE2b-256
     * of 32 bytes, 253 ns against 143 ns with the copy); copying a kilobyte costs far less than that.
     */
    static final long SCRATCH_MAX_BYTES = 1024;

    /** The buffers for a call whose variable-length inputs total {@code bytes}. */
    static CallBuffers forLength(long bytes) {
        if (bytes <= SCRATCH_MAX_BYTES) {
            return Scratch.acquire();
        }
        return bytes <= CRITICAL_MAX_BYTES ? InPlace.INSTANCE : new Copied();
    }

    /** Whether the call must use the critical handle (in place) or the ordinary one (copies). */
    abstract boolean critical();

    /** The segment C reads {@code array} from. */
    abstract MemorySegment in(byte[] array);

    /** The segment C writes into; its bytes end up in {@code array} once this is closed. */
    abstract MemorySegment out(byte[] array);

    @Override
    public abstract void close();

    /** Arrays passed as they are; the caller clears secret arrays itself, as with any Java array. */
    private static final class InPlace extends CallBuffers {
        static final InPlace INSTANCE = new InPlace();

        @Override
        boolean critical() {
            return true;
        }

        @Override
        MemorySegment in(byte[] array) {
            return MemorySegment.ofArray(array);
        }

        @Override
        MemorySegment out(byte[] array) {
            return MemorySegment.ofArray(array);
        }

        @Override
        public void close() {
            // nothing was copied
        }
    }

    /**
     * Short calls: the arrays are copied into this thread's native scratch buffer and passed to the
     * critical handle from there; outputs are copied back and every byte used is zeroed on close, so no
     * secret stays behind. One per thread, used by one call at a time (a downcall cannot reenter it).
     * Anything that does not fit falls back to passing the array in place.
     */
    private static final class Scratch extends CallBuffers {
        private static final int CAPACITY = 4096;
        private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);

        // Freed by the GC with the thread's Scratch (a thread that ends takes its buffer with it).
        private final MemorySegment buffer = Arena.ofAuto().allocate(CAPACITY);
        private long used;
        private byte[] firstOut;
        private long firstOffset;
        private byte[] secondOut;
        private long secondOffset;

        static Scratch acquire() {
            return PER_THREAD.get();
        }

        @Override
        boolean critical() {
            return true;
        }

        @Override
        MemorySegment in(byte[] array) {
            if (used + array.length > CAPACITY) {
                return MemorySegment.ofArray(array);
            }
            MemorySegment.copy(array, 0, buffer, ValueLayout.JAVA_BYTE, used, array.length);
            MemorySegment segment = buffer.asSlice(used, array.length);
            used += array.length;
            return segment;
        }

        @Override
        MemorySegment out(byte[] array) {
            if (used + array.length > CAPACITY || secondOut != null) {
                return MemorySegment.ofArray(array);
            }
            if (firstOut == null) {
                firstOut = array;
                firstOffset = used;
            } else {
                secondOut = array;
                secondOffset = used;
            }
            MemorySegment segment = buffer.asSlice(used, array.length);
            used += array.length;
            return segment;
        }

        @Override
        public void close() {
            if (firstOut != null) {
                MemorySegment.copy(buffer, ValueLayout.JAVA_BYTE, firstOffset, firstOut, 0, firstOut.length);
            }
            if (secondOut != null) {
                MemorySegment.copy(buffer, ValueLayout.JAVA_BYTE, secondOffset, secondOut, 0, secondOut.length);
            }
            buffer.asSlice(0, used).fill((byte) 0);
            used = 0;
            firstOut = null;
            secondOut = null;
        }
    }

    /** Off-heap copies, zeroed and freed on close. */
    private static final class Copied extends CallBuffers {
        private final WipingArena arena = new WipingArena();
        private final List<byte[]> outArrays = new ArrayList<>(1);
        private final List<MemorySegment> outSegments = new ArrayList<>(1);

        @Override
        boolean critical() {
            return false;
        }

        @Override
        MemorySegment in(byte[] array) {
            return arena.allocateFrom(ValueLayout.JAVA_BYTE, array);
        }

        @Override
        MemorySegment out(byte[] array) {
            MemorySegment segment = arena.allocate(array.length);
            outArrays.add(array);
            outSegments.add(segment);
            return segment;
        }

        @Override
        public void close() {
            try {
                for (int i = 0; i < outArrays.size(); i++) {
                    byte[] array = outArrays.get(i);
                    MemorySegment.copy(outSegments.get(i), ValueLayout.JAVA_BYTE, 0, array, 0, array.length);
                }
            } finally {
                arena.close();
            }
        }
    }
}
