package dev.onscrypto.internal.ffm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

import dev.onscrypto.internal.loader.OnsLibrary;

/**
 * Hand-written bindings to our own C library ({@code native/include/onscrypto.h}), one static method
 * per C function. Every function there works on 32- or 64-byte buffers in microseconds, so all are
 * bound critical (heap arrays passed in place), except Keccak, whose input length is the caller's.
 *
 * <p>Initializing this class binds every handle, so it must happen only after {@link OnsLibrary#load}
 * has succeeded.
 */
final class OnsNative {
    private static final SymbolLookup LIB = OnsLibrary.loaded().lookup();

    private static final FunctionDescriptor OUT_IN = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS);
    private static final FunctionDescriptor OUT_IN_IN = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS);
    private static final FunctionDescriptor OUT_IN_IN_IN =
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS);
    private static final FunctionDescriptor IN = FunctionDescriptor.of(JAVA_INT, ADDRESS);

    // int ons_keccak256(unsigned char out[32], const unsigned char *in, size_t inlen)
    private static final FunctionDescriptor KECCAK_FN = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG);
    private static final MethodHandle KECCAK256 = Downcalls.plain(LIB, "ons_keccak256", KECCAK_FN);
    private static final MethodHandle KECCAK256_CRITICAL = Downcalls.critical(LIB, "ons_keccak256", KECCAK_FN);

    // size_t ons_keccak256_statebytes(void); int ons_keccak256_init(void *state);
    // int ons_keccak256_update(void *state, const unsigned char *in, size_t inlen);
    // int ons_keccak256_final(void *state, unsigned char out[32])
    // All critical: the state is native, and updates come in bounded pieces (NativeHashState).
    private static final MethodHandle KECCAK256_STATEBYTES =
            Downcalls.critical(LIB, "ons_keccak256_statebytes", FunctionDescriptor.of(JAVA_LONG));
    private static final MethodHandle KECCAK256_INIT = Downcalls.critical(LIB, "ons_keccak256_init", IN);
    private static final MethodHandle KECCAK256_UPDATE = Downcalls.critical(LIB, "ons_keccak256_update", KECCAK_FN);
    private static final MethodHandle KECCAK256_FINAL = Downcalls.critical(LIB, "ons_keccak256_final", OUT_IN);

    private static final MethodHandle POINT_IS_VALID = Downcalls.critical(LIB, "ons_point_is_valid", IN);
    private static final MethodHandle POINT_ADD = Downcalls.critical(LIB, "ons_point_add", OUT_IN_IN);
    private static final MethodHandle SCALARMULT_BASE = Downcalls.critical(LIB, "ons_scalarmult_base", OUT_IN);
    private static final MethodHandle DOUBLE_SCALARMULT_BASE_VARTIME =
            Downcalls.critical(LIB, "ons_double_scalarmult_base_vartime", OUT_IN_IN_IN);
    private static final MethodHandle SCALAR_IS_CANONICAL = Downcalls.critical(LIB, "ons_scalar_is_canonical", IN);
    private static final MethodHandle SCALAR_REDUCE32 = Downcalls.critical(LIB, "ons_scalar_reduce32", OUT_IN);
    private static final MethodHandle SCALAR_REDUCE64 = Downcalls.critical(LIB, "ons_scalar_reduce64", OUT_IN);
    private static final MethodHandle SCALAR_ADD = Downcalls.critical(LIB, "ons_scalar_add", OUT_IN_IN);
    private static final MethodHandle SCALAR_MUL = Downcalls.critical(LIB, "ons_scalar_mul", OUT_IN_IN);
    private static final MethodHandle SCALAR_MULSUB = Downcalls.critical(LIB, "ons_scalar_mulsub", OUT_IN_IN_IN);

    private OnsNative() {}

    /** Forces the handles to be bound now, so that a binding problem surfaces in {@code load()}. */
    static void bind() {
        // class initialization does the work
    }

    static int ons_keccak256(boolean critical, MemorySegment out, MemorySegment in, long inlen) {
        try {
            return critical ? (int) KECCAK256_CRITICAL.invokeExact(out, in, inlen)
                    : (int) KECCAK256.invokeExact(out, in, inlen);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static long ons_keccak256_statebytes() {
        try {
            return (long) KECCAK256_STATEBYTES.invokeExact();
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int ons_keccak256_init(MemorySegment state) {
        try {
            return (int) KECCAK256_INIT.invokeExact(state);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int ons_keccak256_update(MemorySegment state, MemorySegment in, long inlen) {
        try {
            return (int) KECCAK256_UPDATE.invokeExact(state, in, inlen);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int ons_keccak256_final(MemorySegment state, MemorySegment out) {
        try {
            return (int) KECCAK256_FINAL.invokeExact(state, out);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int ons_point_is_valid(MemorySegment p) {
        try {
            return (int) POINT_IS_VALID.invokeExact(p);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int ons_point_add(MemorySegment r, MemorySegment p, MemorySegment q) {
        try {
            return (int) POINT_ADD.invokeExact(r, p, q);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int ons_scalarmult_base(MemorySegment q, MemorySegment s) {
        try {
            return (int) SCALARMULT_BASE.invokeExact(q, s);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int ons_double_scalarmult_base_vartime(MemorySegment r, MemorySegment a, MemorySegment p,
            MemorySegment b) {
        try {
            return (int) DOUBLE_SCALARMULT_BASE_VARTIME.invokeExact(r, a, p, b);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int ons_scalar_is_canonical(MemorySegment s) {
        try {
            return (int) SCALAR_IS_CANONICAL.invokeExact(s);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int ons_scalar_reduce32(MemorySegment r, MemorySegment s) {
        try {
            return (int) SCALAR_REDUCE32.invokeExact(r, s);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int ons_scalar_reduce64(MemorySegment r, MemorySegment s) {
        try {
            return (int) SCALAR_REDUCE64.invokeExact(r, s);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int ons_scalar_add(MemorySegment r, MemorySegment a, MemorySegment b) {
        try {
            return (int) SCALAR_ADD.invokeExact(r, a, b);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int ons_scalar_mul(MemorySegment r, MemorySegment a, MemorySegment b) {
        try {
            return (int) SCALAR_MUL.invokeExact(r, a, b);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int ons_scalar_mulsub(MemorySegment r, MemorySegment a, MemorySegment b, MemorySegment c) {
        try {
            return (int) SCALAR_MULSUB.invokeExact(r, a, b, c);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }
}
