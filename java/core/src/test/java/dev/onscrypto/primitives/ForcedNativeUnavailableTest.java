package dev.onscrypto.primitives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.onscrypto.BackendUnavailableException;
import dev.onscrypto.ons.Ons;

/**
 * Runs in a JVM of its own (java/core/pom.xml) with {@code ONS_BACKEND=native} and both library paths
 * naming missing files: the forced backend is unavailable, on every call, as a typed exception that
 * says why — never an initializer error — and Java is still there when asked for.
 */
class ForcedNativeUnavailableTest {

    @BeforeAll
    static void nativeIsForcedAndMissing() {
        assertEquals("native", System.getenv("ONS_BACKEND"), "this test needs ONS_BACKEND=native");
        assertTrue(String.valueOf(System.getenv("ONS_NATIVE_PATH")).startsWith("/nonexistent/"),
                "this test needs ONS_NATIVE_PATH naming a missing file");
    }

    @Test
    void primitivesGetThrowsBackendUnavailableOnEveryCall() {
        BackendUnavailableException first = assertThrows(BackendUnavailableException.class, Primitives::get);
        BackendUnavailableException second = assertThrows(BackendUnavailableException.class, Primitives::get);
        assertNotSame(first, second);
        assertEquals(first.getMessage(), second.getMessage());
        assertTrue(first.getMessage().contains("libonscrypto not loaded"), first.getMessage());
        assertTrue(first.getMessage().contains("ONS_NATIVE_PATH = /nonexistent/"), first.getMessage());
        assertFalse(Primitives.isAvailable(BackendKind.NATIVE));
        assertTrue(Primitives.nativeUnavailableReason().contains("libonscrypto not loaded"));
    }

    @Test
    void onsGetThrowsBackendUnavailableOnEveryCall() {
        for (int i = 0; i < 3; i++) {
            BackendUnavailableException e = assertThrows(BackendUnavailableException.class, Ons::get);
            assertTrue(e.getMessage().contains("libonscrypto not loaded"), e.getMessage());
        }
    }

    @Test
    void javaIsStillThereWhenAskedFor() {
        assertEquals(BackendKind.JAVA, Primitives.of(BackendKind.JAVA).kind());
        assertEquals(BackendKind.JAVA, Ons.of(Primitives.of(BackendKind.JAVA)).primitives().kind());
    }
}
