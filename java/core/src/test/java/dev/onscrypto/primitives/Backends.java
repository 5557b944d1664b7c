package dev.onscrypto.primitives;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/** How tests obtain a backend: the native one is never skipped silently where it is required. */
final class Backends {
    private Backends() {}

    /** True when the build said native must load here (gcc built our library, libsodium is installed). */
    static boolean nativeRequired() {
        return Boolean.getBoolean("ons.native.required");
    }

    static Primitives java() {
        return Primitives.of(BackendKind.JAVA);
    }

    /**
     * The native backend; fails the test if it is required but unavailable, and otherwise aborts it
     * (reported as skipped, with the reason) on machines without gcc or libsodium.
     */
    static Primitives nativeOrAbort() {
        if (!Primitives.isAvailable(BackendKind.NATIVE)) {
            String reason = Primitives.nativeUnavailableReason();
            if (nativeRequired()) {
                fail("native backend is required here but unavailable: " + reason);
            }
            Assumptions.abort("native backend unavailable: " + reason);
        }
        return Primitives.of(BackendKind.NATIVE);
    }
}
