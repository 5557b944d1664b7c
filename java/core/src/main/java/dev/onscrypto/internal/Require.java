package dev.onscrypto.internal;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

import dev.onscrypto.InvalidInputException;

/** The argument checks every public entry point makes once, before a backend is called. */
public final class Require {
    private Require() {}

    /** {@code value} is non-null; returns it. */
    public static byte[] nonNull(byte[] value, String what) {
        if (value == null) {
            throw new InvalidInputException(what + " must not be null");
        }
        return value;
    }

    /** {@code value} is non-null and exactly {@code length} bytes long; returns it. */
    public static byte[] length(byte[] value, int length, String what) {
        nonNull(value, what);
        if (value.length != length) {
            throw new InvalidInputException(what + " must be " + length + " bytes, got " + value.length);
        }
        return value;
    }

    /** {@code value} is non-null and at most {@code max} bytes long; returns it. */
    public static byte[] maxLength(byte[] value, int max, String what) {
        nonNull(value, what);
        if (value.length > max) {
            throw new InvalidInputException(what + " must be at most " + max + " bytes, got " + value.length);
        }
        return value;
    }

    /** {@code min <= value <= max}; returns it. */
    public static long range(long value, long min, long max, String what) {
        if (value < min || value > max) {
            throw new InvalidInputException(what + " must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    /** A non-null object argument. */
    public static <T> T nonNull(T value, String what) {
        if (value == null) {
            throw new InvalidInputException(what + " must not be null");
        }
        return value;
    }

    /**
     * The range {@code [off, off + len)} of {@code array}, checked: non-null, non-negative, inside the
     * array. The segment is a view, never a copy.
     */
    public static MemorySegment range(byte[] array, int off, int len, String what) {
        nonNull(array, what);
        if (off < 0 || len < 0 || off > array.length - len) {
            throw new InvalidInputException(what + ": range [" + off + ", " + off + " + " + len
                    + ") is not inside an array of " + array.length + " bytes");
        }
        return MemorySegment.ofArray(array).asSlice(off, len);
    }

    /** {@code needed} bytes of {@code out} from {@code outOff}, where a result is written. */
    public static MemorySegment output(byte[] out, int outOff, long needed, String what) {
        nonNull(out, what);
        if (outOff < 0 || outOff > out.length) {
            throw new InvalidInputException(what + ": offset " + outOff + " is outside an array of "
                    + out.length + " bytes");
        }
        if (out.length - outOff < needed) {
            throw new InvalidInputException(what + " too small: needs " + needed + " bytes from offset " + outOff
                    + ", has " + (out.length - outOff));
        }
        return MemorySegment.ofArray(out).asSlice(outOff, needed);
    }

    /**
     * {@code needed} bytes of {@code out} from its position must be writable: checks it and returns
     * {@code out}. The callers wrap buffers with {@code MemorySegment.ofBuffer} in the public method
     * itself rather than here: its scope object's constructor sits nine calls below {@code ofBuffer},
     * and C2 inlines no deeper than 15 calls from the compiled method, so every level between the
     * caller's code and {@code ofBuffer} makes it likelier that the constructor is not inlined, and then
     * the scope object (24 bytes per buffer) is allocated on every call.
     */
    public static ByteBuffer writable(ByteBuffer out, long needed, String what) {
        nonNull(out, what);
        if (out.isReadOnly()) {
            throw new InvalidInputException(what + " is read-only");
        }
        if (out.remaining() < needed) {
            throw new InvalidInputException(what + " too small: needs " + needed + " bytes, has " + out.remaining());
        }
        return out;
    }

    /**
     * The output either does not overlap the input or starts exactly where it starts (in place), the two
     * layouts libsodium supports; any other overlap would read bytes already overwritten. Overlapping
     * segments are views of one array or one native block, so their addresses compare. Written with
     * plain arithmetic rather than {@code asOverlappingSlice}, whose {@code Optional} result and slice made
     * the segments escape and cost every AEAD call about 300 bytes of garbage and 20-40 ns.
     */
    public static void disjointOrSameStart(MemorySegment in, MemorySegment out, String what) {
        if (in.byteSize() == 0 || out.byteSize() == 0 || in.isNative() != out.isNative()) {
            return; // nothing shared, or one in the Java heap and one outside it
        }
        if (!in.isNative()) {
            // A read-only input hides its array (heapBase() is empty): let the JDK decide.
            if (in.isReadOnly()) {
                if (in.asOverlappingSlice(out).isPresent() && in.address() != out.address()) {
                    throw overlap(what);
                }
                return;
            }
            if (in.heapBase().orElseThrow() != out.heapBase().orElseThrow()) {
                return; // different arrays
            }
        }
        // Same memory: for heap segments address() is the offset into their common array.
        long a = in.address();
        long b = out.address();
        if (a != b && a < b + out.byteSize() && b < a + in.byteSize()) {
            throw overlap(what);
        }
    }

    private static InvalidInputException overlap(String what) {
        return new InvalidInputException(what + ": output overlaps the input without starting at the same byte");
    }
}
