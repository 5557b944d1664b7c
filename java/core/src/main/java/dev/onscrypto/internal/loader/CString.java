package dev.onscrypto.internal.loader;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/** Reads the short, static C strings our libraries return (version strings). */
final class CString {
    /** Longer than any version string; bounds the scan if a pointer is garbage. */
    private static final int MAX_BYTES = 256;

    private CString() {}

    @SuppressWarnings("restricted") // bounded by MAX_BYTES; called only after the native-access check
    static String read(MemorySegment pointer, String what) throws NativeLibraryLoader.Rejected {
        if (pointer.equals(MemorySegment.NULL)) {
            throw new NativeLibraryLoader.Rejected(what + " returned NULL");
        }
        // A returned pointer has size 0; widen it to a bound. getString stops at the first NUL,
        // so nothing past the string is read.
        MemorySegment bytes = pointer.reinterpret(MAX_BYTES);
        for (int i = 0; i < MAX_BYTES; i++) {
            if (bytes.get(JAVA_BYTE, i) == 0) {
                return bytes.getString(0, StandardCharsets.UTF_8);
            }
        }
        throw new NativeLibraryLoader.Rejected(what + " is not a NUL-terminated string of at most " + MAX_BYTES + " bytes");
    }
}
