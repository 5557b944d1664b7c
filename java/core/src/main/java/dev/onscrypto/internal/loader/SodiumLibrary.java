package dev.onscrypto.internal.loader;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.util.List;
/**
 * Finds libsodium, once per JVM. First the copy linked into our own library (the build links Debian's
 * static libsodium when it is installed): it is the version we test with and needs no system package.
 * Only if ours has none: the file named by {@code -Dons.sodium.path} / {@code ONS_SODIUM_PATH} if set
 * (and then only that), otherwise the system library by its soname — 1.0.18's {@code libsodium.so.23}
 * first, then 1.0.19+'s {@code libsodium.so.26}, then the unversioned development link.
 * The bindings ({@code internal.ffm.Sodium}) bind against whatever this found.
 */
public final class SodiumLibrary {
    static final String PATH_PROPERTY = "ons.sodium.path";
    static final String PATH_ENV = "ONS_SODIUM_PATH";
    static final List<String> SONAMES = List.of("libsodium.so.23", "libsodium.so.26", "libsodium.so");

    private static final LoadedOnce LOADED = new LoadedOnce("libsodium");

    private SodiumLibrary() {}

    /**
     * Loads (first call) or returns the library; the exception lists every place tried.
     *
     * @param symbols every symbol the bindings bind; a candidate lacking one is rejected, not half-bound
     * @param ours our own library if it loaded (it may carry libsodium inside), else {@code null}
     */
    public static NativeLibraryLoader.Loaded load(List<String> symbols, NativeLibraryLoader.Loaded ours) {
        return LOADED.load(() -> find(symbols, ours));
    }

    /** The library {@link #load} found; only valid after it succeeded. */
    public static NativeLibraryLoader.Loaded loaded() {
        return LOADED.loaded();
    }

    private static NativeLibraryLoader.Loaded find(List<String> symbols, NativeLibraryLoader.Loaded ours) {
        NativeLibraryLoader loader = new NativeLibraryLoader("libsodium", symbols, SodiumLibrary::probe);
        NativeLibraryLoader.Configured configured = NativeLibraryLoader.configured(PATH_PROPERTY, PATH_ENV);
        NativeLibraryLoader.Loaded found = null;
        if (ours != null) {
            found = loader.tryLoaded(ours.lookup(), "linked into " + ours.location(), "linked into libonscrypto");
        }
        if (found != null) {
            return found; // linked in: nothing else to try
        }
        if (configured != null) {
            found = loader.tryConfigured(configured);
        } else {
            for (int i = 0; i < SONAMES.size() && found == null; i++) {
                found = loader.tryName(SONAMES.get(i));
            }
        }
        if (found == null) {
            throw loader.failure();
        }
        return found;
    }

    /**
     * sodium_init() picks the CPU-specific implementations and seeds the RNG; it returns 0 (done now),
     * 1 (already done, e.g. by another user of the same library in this process) or -1 (failure).
     */
    private static String probe(SymbolLookup library) throws NativeLibraryLoader.Rejected {
        int rc = (int) NativeLibraryLoader.callWithoutArguments(library, "sodium_init", JAVA_INT);
        MemorySegment version =
                (MemorySegment) NativeLibraryLoader.callWithoutArguments(library, "sodium_version_string", ADDRESS);
        if (rc != 0 && rc != 1) {
            throw new NativeLibraryLoader.Rejected("sodium_init() returned " + rc);
        }
        return CString.read(version, "sodium_version_string()");
    }
}
