package dev.onscrypto.internal.java;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * A segment as Bouncy Castle needs it: an array, an offset and a length. A writable heap segment (a view
 * of the caller's array or heap buffer) is used in place; anything else (a direct buffer, a read-only
 * buffer, an input the output overlaps) goes through a private copy, which {@link #finish} copies back
 * (outputs) and zeroes.
 */
final class HeapRange {
    final byte[] array;
    final int offset;
    final int length;
    private final MemorySegment target; // non-null when array is a copy that must go back to it
    private final boolean copied;

    private HeapRange(byte[] array, int offset, int length, MemorySegment target, boolean copied) {
        this.array = array;
        this.offset = offset;
        this.length = length;
        this.target = target;
        this.copied = copied;
    }

    /** {@code segment} to read from, copied if it is not a writable heap array or if {@code output} overlaps it. */
    static HeapRange input(MemorySegment segment, MemorySegment output) {
        if (output == null || segment.asOverlappingSlice(output).isEmpty()) {
            HeapRange inPlace = inPlace(segment);
            if (inPlace != null) {
                return inPlace;
            }
        }
        return new HeapRange(segment.toArray(ValueLayout.JAVA_BYTE), 0, (int) segment.byteSize(), null, true);
    }

    /** {@code segment} to write into. */
    static HeapRange output(MemorySegment segment) {
        HeapRange inPlace = inPlace(segment);
        if (inPlace != null) {
            return inPlace;
        }
        int size = (int) segment.byteSize();
        return new HeapRange(new byte[size], 0, size, segment, true);
    }

    private static HeapRange inPlace(MemorySegment segment) {
        if (segment.heapBase().orElse(null) instanceof byte[] a) {
            return new HeapRange(a, (int) segment.address(), (int) segment.byteSize(), null, false);
        }
        return null;
    }

    /** Copies an output back to where it belongs; then zeroes any private copy. */
    void finish() {
        if (target != null) {
            MemorySegment.copy(array, 0, target, ValueLayout.JAVA_BYTE, 0, length);
        }
        wipe();
    }

    /** Zeroes a private copy (the caller's own memory is left alone). */
    void wipe() {
        if (copied) {
            Arrays.fill(array, (byte) 0);
        }
    }
}
