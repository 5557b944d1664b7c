package dev.onscrypto.internal.ffm;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * Turns a C symbol into a method handle, in the three flavours the bindings use. The binding classes
 * keep the handles in static finals, so the JIT treats them as constants and inlines the call. They
 * pick the critical or the plain handle with a conditional around two {@code invokeExact} calls, never
 * {@code (critical ? a : b).invokeExact(...)}: a handle chosen at run time is no JIT constant, and each
 * call then cost about 120 ns more (measured: BLAKE2b-256 of 32 bytes, 262 ns against 135 ns).
 */
final class Downcalls {
    private static final Linker LINKER = Linker.nativeLinker();

    /** The layout of the segment a {@link #capturingErrno} handle writes errno into. */
    static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO =
            CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private Downcalls() {}

    /**
     * For short calls: the thread stays in Java state during the call (no safepoint transition), and
     * heap segments ({@code MemorySegment.ofArray}) are passed in place, with no copy. The price is that
     * a safepoint (e.g. a GC) waits for the call, so only calls that are microseconds long use it.
     */
    @SuppressWarnings("restricted")
    static MethodHandle critical(SymbolLookup library, String name, FunctionDescriptor function) {
        return LINKER.downcallHandle(symbol(library, name), function, Linker.Option.critical(true));
    }

    /** For calls that may run long: ordinary transition; arguments must be native segments. */
    @SuppressWarnings("restricted")
    static MethodHandle plain(SymbolLookup library, String name, FunctionDescriptor function) {
        return LINKER.downcallHandle(symbol(library, name), function);
    }

    /** Like {@link #plain}, with a leading segment argument (of {@link #CALL_STATE}) that receives errno. */
    @SuppressWarnings("restricted")
    static MethodHandle capturingErrno(SymbolLookup library, String name, FunctionDescriptor function) {
        return LINKER.downcallHandle(symbol(library, name), function, Linker.Option.captureCallState("errno"));
    }

    /** The errno a {@link #capturingErrno} call left in {@code state}. */
    static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    /**
     * What to throw when {@code invokeExact} fails. Unchecked exceptions (a closed arena, a heap segment
     * given to a non-critical handle) pass through unchanged; nothing else can occur, since native code
     * does not throw Java exceptions.
     */
    static RuntimeException unexpected(Throwable t) {
        if (t instanceof RuntimeException e) {
            return e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("a downcall threw a checked exception", t);
    }

    /**
     * The function's address as a segment of the global scope, not the library's. The loader keeps an
     * accepted library mapped for the life of the JVM (its arena is never closed), so nothing needs the
     * handle to keep it alive; a handle bound to the library's own segment acquires and releases the
     * library's shared session around every call, two atomic updates of one counter that every thread
     * making any downcall contends on.
     */
    private static MemorySegment symbol(SymbolLookup library, String name) {
        MemorySegment found =
                library.find(name).orElseThrow(() -> new UnsatisfiedLinkError("symbol not found: " + name));
        return MemorySegment.ofAddress(found.address());
    }
}
