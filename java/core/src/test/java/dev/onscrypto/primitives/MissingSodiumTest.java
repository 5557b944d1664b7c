package dev.onscrypto.primitives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.onscrypto.BackendUnavailableException;
import dev.onscrypto.BothBackends;

/**
 * Runs with our library built without libsodium ({@code ONS_NATIVE_PATH}) and {@code ONS_SODIUM_PATH}
 * naming a missing file (java/core/pom.xml): native is unavailable, auto falls back to Java, and forcing
 * native fails with a message that names every place tried.
 */
class MissingSodiumTest {

    @Test
    void noLibsodiumAnywhereMeansJavaAndAClearMessage() {
        String withoutSodium = System.getenv("ONS_NATIVE_PATH");
        Assumptions.assumeTrue(withoutSodium != null && Files.isRegularFile(Path.of(withoutSodium))
                || !BothBackends.nativeRequired(), "native required but the sodium-free build is missing");
        Assumptions.assumeTrue(withoutSodium != null && Files.isRegularFile(Path.of(withoutSodium)),
                "our native library was not built here");
        assertFalse(Primitives.isAvailable(BackendKind.NATIVE));
        String reason = Primitives.nativeUnavailableReason();
        assertTrue(reason.contains("linked into libonscrypto"), reason);
        assertTrue(reason.contains("ONS_SODIUM_PATH = /nonexistent/libsodium.so"), reason);
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> Primitives.of(BackendKind.NATIVE));
        assertTrue(e.getMessage().contains("libsodium not loaded"), e.getMessage());
        if (System.getProperty("ons.backend") == null && System.getenv("ONS_BACKEND") == null) {
            assertEquals(BackendKind.JAVA, Primitives.get().kind());
        }
    }
}
