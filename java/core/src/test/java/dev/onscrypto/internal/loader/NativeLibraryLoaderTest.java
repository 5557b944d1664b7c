package dev.onscrypto.internal.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.onscrypto.BackendUnavailableException;

/**
 * The override path ({@code -Dons.native.path}-style settings) and the one failure that names every
 * place tried. Uses a property name of its own, so the real settings of this JVM are untouched.
 */
class NativeLibraryLoaderTest {
    private static final String PROPERTY = "ons.test.loader.path";
    private static final String UNSET_ENV = "ONS_TEST_LOADER_PATH_NEVER_SET";
    private static final Path LIBJAVA = Path.of(System.getProperty("java.home"), "lib", "libjava.so");

    @AfterEach
    void clear() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void anOverrideIsReadFromThePropertyAndBlankMeansUnset() {
        assertNull(NativeLibraryLoader.configured(PROPERTY, UNSET_ENV));
        System.setProperty(PROPERTY, "   ");
        assertNull(NativeLibraryLoader.configured(PROPERTY, UNSET_ENV));
        System.setProperty(PROPERTY, " /opt/lib/libx.so ");
        assertEquals(new NativeLibraryLoader.Configured("system property " + PROPERTY, "/opt/lib/libx.so"),
                NativeLibraryLoader.configured(PROPERTY, UNSET_ENV));
    }

    @Test
    void aMissingOverrideIsReportedWithWhereItCameFrom() {
        System.setProperty(PROPERTY, "/nonexistent/libx.so");
        NativeLibraryLoader loader = new NativeLibraryLoader("libx", List.of("x_init"), lib -> "1");
        assertNull(loader.tryConfigured(NativeLibraryLoader.configured(PROPERTY, UNSET_ENV)));
        BackendUnavailableException e = loader.failure();
        assertEquals("libx not loaded [system property " + PROPERTY + " = /nonexistent/libx.so: no such file]",
                e.getMessage());
    }

    @Test
    void anOverrideToAnotherLibraryIsRejectedAndUnmapped() {
        System.setProperty(PROPERTY, LIBJAVA.toString());
        NativeLibraryLoader loader = new NativeLibraryLoader("libx", List.of("x_init", "x_version"), lib -> "1");
        assertNull(loader.tryConfigured(NativeLibraryLoader.configured(PROPERTY, UNSET_ENV)));
        String message = loader.failure().getMessage();
        assertTrue(message.contains("has none of the functions we bind (e.g. x_init): another library"), message);
    }

    @Test
    void aLibraryMissingSomeSymbolsIsCalledOlder() {
        // libjava.so has JNU_ThrowNullPointerException but not x_missing.
        NativeLibraryLoader loader = new NativeLibraryLoader("libx",
                List.of("JNU_ThrowNullPointerException", "x_missing"), lib -> "1");
        assertNull(loader.tryFile(LIBJAVA, "test"));
        String message = loader.failure().getMessage();
        assertTrue(message.contains("test: lacks x_missing (an older version?)"), message);
    }

    @Test
    void aLibraryWithEverySymbolIsAcceptedWithItsProbeVersion() {
        NativeLibraryLoader loader = new NativeLibraryLoader("libjava",
                List.of("JNU_ThrowNullPointerException"), lib -> "probed");
        NativeLibraryLoader.Loaded loaded = loader.tryFile(LIBJAVA, "test");
        assertEquals("probed", loaded.version());
        assertEquals(LIBJAVA.toString(), loaded.location());
    }

    @Test
    void aProbeCanRejectAnOpenedLibrary() {
        NativeLibraryLoader loader = new NativeLibraryLoader("libjava", List.of("JNU_ThrowNullPointerException"),
                lib -> {
                    throw new NativeLibraryLoader.Rejected("version 0 is too old");
                });
        assertNull(loader.tryFile(LIBJAVA, "test"));
        assertEquals("libjava not loaded [test: version 0 is too old]", loader.failure().getMessage());
    }
}
