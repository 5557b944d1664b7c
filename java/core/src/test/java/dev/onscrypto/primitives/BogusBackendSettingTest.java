package dev.onscrypto.primitives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.InvalidSettingException;
import dev.onscrypto.ons.Ons;

/**
 * Runs in JVMs of its own (java/core/pom.xml) with {@code -Dons.backend=bogus} or
 * {@code ONS_BACKEND=bogus}: every call that reads the setting throws the same typed exception, with its
 * cause, and the backends asked for by kind still work.
 */
class BogusBackendSettingTest {

    @BeforeAll
    static void theSettingIsBogus() {
        String property = System.getProperty("ons.backend");
        String setting = property != null ? property : System.getenv("ONS_BACKEND");
        // Never a silent pass: this class is only run by the executions that set it.
        assertEquals("bogus", setting, "this test needs -Dons.backend=bogus or ONS_BACKEND=bogus");
    }

    @Test
    void primitivesGetThrowsTheTypedErrorOnEveryCall() {
        InvalidSettingException first = assertThrows(InvalidSettingException.class, Primitives::get);
        InvalidSettingException second = assertThrows(InvalidSettingException.class, Primitives::get);
        assertNotSame(first, second);
        assertEquals(first.getMessage(), second.getMessage());
        assertTrue(first.getMessage().contains("'bogus'"), first.getMessage());
        assertTrue(first.getMessage().contains(System.getProperty("ons.backend") != null ? "ons.backend" : "ONS_BACKEND"),
                first.getMessage());
        assertInstanceOf(InvalidInputException.class, first.getCause());
        assertInstanceOf(InvalidInputException.class, second.getCause());
    }

    @Test
    void onsGetThrowsTheTypedErrorOnEveryCall() {
        for (int i = 0; i < 3; i++) {
            InvalidSettingException e = assertThrows(InvalidSettingException.class, Ons::get);
            assertInstanceOf(InvalidInputException.class, e.getCause());
        }
    }

    @Test
    void backendsAskedForByKindStillWork() {
        Primitives java = Primitives.of(BackendKind.JAVA);
        assertEquals(BackendKind.JAVA, java.kind());
        assertEquals(java, Ons.of(java).primitives());
        assertThrows(InvalidSettingException.class, Primitives::get);
    }
}
