package dev.onscrypto.benchmarks;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * Bare downcall handles into the built {@code libonscrypto.so} (libsodium linked in), for the two
 * diagnostics that measure FFM itself ({@link FfmFloorBenchmark}, {@link CriticalCrossover}): no wrapper,
 * no argument check, no buffer policy. The library path is {@code -Dons.floor.library}, by default the
 * Maven build's output relative to the repository root.
 */
final class BareDowncalls {
    private static final SymbolLookup LIBRARY = load();

    private BareDowncalls() {}

    /** {@code symbol} bound with {@code Linker.Option.critical(true)} (heap segments allowed). */
    @SuppressWarnings("restricted")
    static MethodHandle critical(String symbol, FunctionDescriptor descriptor) {
        return Linker.nativeLinker().downcallHandle(LIBRARY.find(symbol).orElseThrow(), descriptor,
                Linker.Option.critical(true));
    }

    /** {@code symbol} bound as an ordinary downcall. */
    @SuppressWarnings("restricted")
    static MethodHandle plain(String symbol, FunctionDescriptor descriptor) {
        return Linker.nativeLinker().downcallHandle(LIBRARY.find(symbol).orElseThrow(), descriptor);
    }

    @SuppressWarnings("restricted")
    private static SymbolLookup load() {
        Path library = Path.of(System.getProperty("ons.floor.library", "native/target/native/libonscrypto.so"));
        SymbolLookup lookup = SymbolLookup.libraryLookup(library.toAbsolutePath(), Arena.global());
        // sodium_init picks libsodium's fastest implementations for this CPU (AVX2 ChaCha20, BLAKE2b);
        // without it the portable reference code runs, about 3x slower (what the library's loader does).
        MethodHandle init = Linker.nativeLinker().downcallHandle(lookup.find("sodium_init").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT));
        try {
            if ((int) init.invokeExact() < 0) {
                throw new IllegalStateException("sodium_init failed");
            }
        } catch (Throwable t) {
            throw new ExceptionInInitializerError(t);
        }
        return lookup;
    }
}
