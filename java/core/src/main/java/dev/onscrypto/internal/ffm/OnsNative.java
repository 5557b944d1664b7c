package dev.onscrypto.internal.ffm;


import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

import dev.onscrypto.internal.loader.OnsLibrary;

/**
 * Bindings to our own C library ({@code native/include/onscrypto.h}), one static method
 * per C function. Every function there works on 32- or 64-byte buffers in microseconds, so all are
 * bound critical (heap arrays passed in place), except Keccak, whose input length is the caller's.
 * Symbols and signatures come from {@link OnsFunction}, the list the loader checks too.
 *
 * <p>Initializing this class binds every handle, so it must happen only after {@link OnsLibrary#load}
 * has succeeded.
 */
final class OnsNative {
    private static final SymbolLookup LIB = OnsLibrary.loaded().lookup();

    // Keccak's input length is the caller's: a plain handle for long inputs beside the critical one.
    private static final MethodHandle KECCAK256 = OnsFunction.KECCAK256.plain(LIB);
    private static final MethodHandle KECCAK256_CRITICAL = OnsFunction.KECCAK256.critical(LIB);
    // All critical: the state is native, and updates come in bounded pieces (NativeHashState).
    private static final MethodHandle KECCAK256_STATEBYTES = OnsFunction.KECCAK256_STATEBYTES.critical(LIB);
    private static final MethodHandle KECCAK256_INIT = OnsFunction.KECCAK256_INIT.critical(LIB);
    private static final MethodHandle KECCAK256_UPDATE = OnsFunction.KECCAK256_UPDATE.critical(LIB);
    private static final MethodHandle KECCAK256_FINAL = OnsFunction.KECCAK256_FINAL.critical(LIB);

    private static final MethodHandle POINT_IS_VALID = OnsFunction.POINT_IS_VALID.critical(LIB);
    private static final MethodHandle POINT_ADD = OnsFunction.POINT_ADD.critical(LIB);
    private static final MethodHandle SCALARMULT_BASE = OnsFunction.SCALARMULT_BASE.critical(LIB);
    private static final MethodHandle DOUBLE_SCALARMULT_BASE_VARTIME =
            OnsFunction.DOUBLE_SCALARMULT_BASE_VARTIME.critical(LIB);
    private static final MethodHandle SCALAR_IS_CANONICAL = OnsFunction.SCALAR_IS_CANONICAL.critical(LIB);
    private static final MethodHandle SCALAR_REDUCE32 = OnsFunction.SCALAR_REDUCE32.critical(LIB);
    private static final MethodHandle SCALAR_REDUCE64 = OnsFunction.SCALAR_REDUCE64.critical(LIB);
    private static final MethodHandle SCALAR_ADD = OnsFunction.SCALAR_ADD.critical(LIB);
    private static final MethodHandle SCALAR_MUL = OnsFunction.SCALAR_MUL.critical(LIB);
    private static final MethodHandle SCALAR_MULSUB = OnsFunction.SCALAR_MULSUB.critical(LIB);

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
