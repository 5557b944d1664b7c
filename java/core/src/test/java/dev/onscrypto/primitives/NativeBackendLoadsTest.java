package dev.onscrypto.primitives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import dev.onscrypto.testing.BothBackends;

/** Where gcc and libsodium exist (scripts/test sets ons.native.required), native must really load. */
class NativeBackendLoadsTest {

    @Test
    void nativeLoadsWhenRequired() {
        Primitives p = BothBackends.nativeOrAbort();
        assertEquals(BackendKind.NATIVE, p.kind());
        assertTrue(p.description().startsWith("native (libsodium "), p.description());
    }

    @Test
    void autoPrefersNativeWhenItLoads() {
        Primitives.of(BackendKind.JAVA); // java is always there
        if (Primitives.isAvailable(BackendKind.NATIVE) && System.getProperty("ons.backend") == null
                && System.getenv("ONS_BACKEND") == null) {
            assertEquals(BackendKind.NATIVE, Primitives.get().kind());
        } else if (!Primitives.isAvailable(BackendKind.NATIVE)) {
            assertEquals(BackendKind.JAVA, Primitives.get().kind());
        }
    }
}
