package dev.onscrypto.internal.loader;

import java.util.function.Supplier;

/**
 * One library's load outcome for this JVM: the first successful {@link #load} is kept and returned from
 * then on; a failed one keeps nothing, so the next call tries again. The bindings read it back with
 * {@link #loaded} when they bind their handles.
 */
final class LoadedOnce {
    private final String library;
    private NativeLibraryLoader.Loaded loaded;

    LoadedOnce(String library) {
        this.library = library;
    }

    /** The kept library, or what {@code find} returns now (kept if it returns at all). */
    synchronized NativeLibraryLoader.Loaded load(Supplier<NativeLibraryLoader.Loaded> find) {
        if (loaded == null) {
            loaded = find.get();
        }
        return loaded;
    }

    /** The kept library; only valid after {@link #load} succeeded. */
    synchronized NativeLibraryLoader.Loaded loaded() {
        if (loaded == null) {
            throw new IllegalStateException(library + " is not loaded; NativeBackend.load() must succeed first");
        }
        return loaded;
    }
}
