package dev.onscrypto.internal.ffm;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.List;

/**
 * One C function of a bound library: its symbol and signature, and the ways to bind it. The per-library
 * tables ({@link OnsFunction}, {@link SodiumFunction}) are enums implementing this, generated with their
 * binding classes from java/core/tools/native-functions.txt by java/core/tools/GenNativeBindings.java.
 */
interface NativeFunction {
    String symbol();

    FunctionDescriptor descriptor();

    /** Every symbol of a table, for the loader's exported-symbol check. */
    static List<String> symbols(NativeFunction[] table) {
        return Arrays.stream(table).map(NativeFunction::symbol).toList();
    }

    /** See {@link Downcalls#critical}. */
    default MethodHandle critical(SymbolLookup library) {
        return Downcalls.critical(library, symbol(), descriptor());
    }

    /** See {@link Downcalls#plain}. */
    default MethodHandle plain(SymbolLookup library) {
        return Downcalls.plain(library, symbol(), descriptor());
    }

    /** See {@link Downcalls#capturingErrno}. */
    default MethodHandle capturingErrno(SymbolLookup library) {
        return Downcalls.capturingErrno(library, symbol(), descriptor());
    }
}
