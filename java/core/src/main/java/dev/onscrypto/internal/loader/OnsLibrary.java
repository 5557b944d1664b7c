package dev.onscrypto.internal.loader;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.util.List;

/**
 * Finds our own C library ({@code native/}), once per JVM: the file named by {@code -Dons.native.path}
 * / {@code ONS_NATIVE_PATH} if set (and then only that), otherwise the copy bundled in the jar
 * ({@link BundledLibrary}). The bindings ({@code internal.ffm.OnsNative}) bind against whatever this found.
 */
public final class OnsLibrary {
    static final String PATH_PROPERTY = "ons.native.path";
    static final String PATH_ENV = "ONS_NATIVE_PATH";
    /** Prefix of {@code ons_version()}; anything else is some other library of the same name. */
    static final String VERSION_PREFIX = "onscrypto ";

    private static final LoadedOnce LOADED = new LoadedOnce("libonscrypto");

    private OnsLibrary() {}

    /**
     * Loads (first call) or returns the library; the exception lists every place tried.
     *
     * @param symbols every symbol the bindings bind; a candidate lacking one is rejected, not half-bound
     */
    public static NativeLibraryLoader.Loaded load(List<String> symbols) {
        return LOADED.load(() -> find(symbols));
    }

    /** The library {@link #load} found; only valid after it succeeded. */
    public static NativeLibraryLoader.Loaded loaded() {
        return LOADED.loaded();
    }

    private static NativeLibraryLoader.Loaded find(List<String> symbols) {
        NativeLibraryLoader loader = new NativeLibraryLoader("libonscrypto", symbols, OnsLibrary::probe);
        NativeLibraryLoader.Configured configured = NativeLibraryLoader.configured(PATH_PROPERTY, PATH_ENV);
        NativeLibraryLoader.Loaded found =
                configured != null ? loader.tryConfigured(configured) : BundledLibrary.load(loader);
        if (found == null) {
            throw loader.failure();
        }
        return found;
    }

    private static String probe(SymbolLookup library) throws NativeLibraryLoader.Rejected {
        MemorySegment version = (MemorySegment) NativeLibraryLoader.callWithoutArguments(library, "ons_version", ADDRESS);
        String text = CString.read(version, "ons_version()");
        if (!text.startsWith(VERSION_PREFIX)) {
            throw new NativeLibraryLoader.Rejected("ons_version() is \"" + text + "\", expected \"" + VERSION_PREFIX + "…\"");
        }
        return text;
    }
}
