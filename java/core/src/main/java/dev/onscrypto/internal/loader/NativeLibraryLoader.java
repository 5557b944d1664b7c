package dev.onscrypto.internal.loader;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.onscrypto.BackendUnavailableException;

/**
 * Opens one native library from a series of candidate places and remembers, for every place that did
 * not work, why not — so that a failure is reported once, with all of them (the approach of Netty's
 * and zstd-jni's loaders). A candidate is accepted only when it opens, has every symbol we bind, and
 * passes its library's probe (an init call and a version check).
 *
 * <p>Not thread-safe: one instance serves one loading attempt, under its caller's lock.
 */
public final class NativeLibraryLoader {

    /** A library that opened and passed its probe. */
    public record Loaded(SymbolLookup lookup, String location, String version) {}

    /** Checks an opened library (init call, version) and returns its version string for reports. */
    @FunctionalInterface
    interface Probe {
        String version(SymbolLookup library) throws Rejected;
    }

    /** Thrown by a probe: the library opened, but must not be used. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A path the user configured, and where it came from (for messages). */
    record Configured(String origin, String value) {}

    private final String library;
    private final List<String> requiredSymbols;
    private final Probe probe;
    private final List<String> failures = new ArrayList<>();
    private final List<Throwable> causes = new ArrayList<>();

    NativeLibraryLoader(String library, List<String> requiredSymbols, Probe probe) {
        this.library = library;
        this.requiredSymbols = List.copyOf(requiredSymbols);
        this.probe = probe;
    }

    /**
     * The path set by system property {@code property}, else by environment variable {@code env}, or
     * {@code null} when neither is set (blank counts as unset).
     */
    static Configured configured(String property, String env) {
        String value = System.getProperty(property);
        if (value != null && !value.isBlank()) {
            return new Configured("system property " + property, value.strip());
        }
        value = System.getenv(env);
        if (value != null && !value.isBlank()) {
            return new Configured("environment variable " + env, value.strip());
        }
        return null;
    }

    /** Tries the file a user configured; only that file, since they asked for it explicitly. */
    Loaded tryConfigured(Configured configured) {
        String place = configured.origin() + " = " + configured.value();
        Path file;
        try {
            file = Path.of(configured.value()).toAbsolutePath();
        } catch (InvalidPathException e) {
            failed(place, "not a valid path (" + e.getReason() + ")", e);
            return null;
        }
        return tryFile(file, place);
    }

    /** Tries a library file; {@code place} says in messages where the path came from. */
    @SuppressWarnings("restricted") // runs only after NativeAccess.require()
    Loaded tryFile(Path file, String place) {
        String problem = LibraryFile.problem(file);
        if (problem != null) {
            failed(place, problem, null);
            return null;
        }
        Arena arena = Arena.ofShared();
        SymbolLookup lookup;
        try {
            lookup = SymbolLookup.libraryLookup(file, arena);
        } catch (IllegalArgumentException e) {
            arena.close();
            failed(place, "dlopen refused it (a missing dependency, an executable rather than a library, or a noexec filesystem?)", e);
            return null;
        }
        return accept(lookup, arena, file.toString(), place);
    }

    /** Tries a library name the dynamic linker resolves (LD_LIBRARY_PATH, ld.so.cache, default directories). */
    @SuppressWarnings("restricted") // runs only after NativeAccess.require()
    Loaded tryName(String name) {
        Arena arena = Arena.ofShared();
        SymbolLookup lookup;
        try {
            lookup = SymbolLookup.libraryLookup(name, arena);
        } catch (IllegalArgumentException e) {
            arena.close();
            failed(name, "not found by the dynamic linker", e);
            return null;
        }
        return accept(lookup, arena, name, name);
    }

    /**
     * Tries functions already mapped as part of another library — libsodium linked into ours — so
     * nothing new is opened and nothing is unmapped on rejection.
     */
    Loaded tryLoaded(SymbolLookup lookup, String location, String place) {
        return accept(lookup, null, location, place);
    }

    /** Records a place that was not even tried to open, e.g. a resource that could not be extracted. */
    void failed(String place, String reason, Throwable cause) {
        failures.add(place + ": " + reason);
        if (cause != null) {
            causes.add(cause);
        }
    }

    /** One exception listing every place tried; the underlying exceptions are its cause and suppressed. */
    BackendUnavailableException failure() {
        String tried = failures.isEmpty() ? "nowhere to look" : String.join("; ", failures);
        BackendUnavailableException e = new BackendUnavailableException(
                library + " not loaded [" + tried + "]", causes.isEmpty() ? null : causes.get(0));
        causes.stream().skip(1).forEach(e::addSuppressed);
        return e;
    }

    /**
     * Calls a C function without arguments — an init or version function, once, while probing (not a
     * hot path, hence {@code invoke} rather than a constant handle).
     */
    @SuppressWarnings("restricted") // runs only after NativeAccess.require()
    static Object callWithoutArguments(SymbolLookup library, String name, MemoryLayout returns) throws Rejected {
        MemorySegment symbol = library.find(name).orElseThrow(() -> new Rejected("lacks " + name));
        try {
            return Linker.nativeLinker().downcallHandle(symbol, FunctionDescriptor.of(returns)).invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("calling " + name + " threw a checked exception", t);
        }
    }

    private Loaded accept(SymbolLookup lookup, Arena arena, String location, String place) {
        try {
            List<String> missing = requiredSymbols.stream().filter(s -> lookup.find(s).isEmpty()).toList();
            if (missing.size() == requiredSymbols.size()) {
                throw new Rejected("has none of the functions we bind (e.g. " + missing.get(0) + "): another library");
            }
            if (!missing.isEmpty()) {
                throw new Rejected("lacks " + String.join(", ", missing) + " (an older version?)");
            }
            String version = probe.version(lookup);
            // Accepted: the arena stays open for the life of the JVM, so the library stays mapped.
            return new Loaded(lookup, location, version);
        } catch (Rejected e) {
            close(arena); // unmaps the rejected library
            failed(place, e.getMessage(), null);
        } catch (RuntimeException | LinkageError e) {
            close(arena);
            failed(place, "probe failed: " + e, e);
        }
        return null;
    }

    private static void close(Arena arena) {
        if (arena != null) {
            arena.close();
        }
    }
}
