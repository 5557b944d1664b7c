package dev.onscrypto.internal.ffm;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * How one downcall sees the Java arrays it reads and writes. Short inputs are passed in place to a
 * critical handle: no copy, no arena, no allocation. Long inputs are copied into a {@link WipingArena}
 * and go through an ordinary handle, because a critical call holds off safepoints (and so every GC)
 * for as long as it runs; hashing or encrypting megabytes must not do that.
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
     * and copying would cost a few percent; the benchmark issue may tune this.
     */
    static final long CRITICAL_MAX_BYTES = 64 * 1024;

    /** The buffers for a call whose variable-length inputs total {@code bytes}. */
    static CallBuffers forLength(long bytes) {
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
