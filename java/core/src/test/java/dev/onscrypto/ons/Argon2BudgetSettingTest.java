package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import dev.onscrypto.InvalidSettingException;

/**
 * {@code ons.argon2.budget}: the sizes it takes, and a bad one is an {@link InvalidSettingException}
 * on every call of {@code Ons.get()} / {@code Ons.of(p)} — never an {@code ExceptionInInitializerError}
 * followed by {@code NoClassDefFoundError}.
 */
class Argon2BudgetSettingTest {
    private static final List<String> BAD = List.of("abc", "0", "1k", "-1m", "512mb", "", "+1m", "1.5g", "8191",
            "\u0661\u0662\u0663m", "99999999999g", "m");

    @Test
    void acceptedSizes() {
        assertEquals(536870912L, Argon2Budget.parseSetting("536870912"));
        assertEquals(512L << 20, Argon2Budget.parseSetting("512m"));
        assertEquals(512L << 20, Argon2Budget.parseSetting("512M"));
        assertEquals(1L << 30, Argon2Budget.parseSetting(" 1g "));
        assertEquals(8192, Argon2Budget.parseSetting("8k"));
        assertEquals(8192, Argon2Budget.parseSetting("8192"));
    }

    @Test
    void refusedSizesAreInvalidSettings() {
        for (String bad : BAD) {
            InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> Argon2Budget.parseSetting(bad), bad);
            assertTrue(e.getMessage().startsWith("ons.argon2.budget must be a size of at least 8192 bytes"), e.getMessage());
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        assertNotNull(assertThrows(InvalidSettingException.class, () -> Argon2Budget.parseSetting("abc")).getCause(),
                "the parse failure is kept as the cause");
    }

    @Test
    @ResourceLock("system-properties")
    void defaultBudgetRefusesABadPropertyOnEveryCall() {
        String before = System.getProperty(Argon2Budget.PROPERTY);
        try {
            System.setProperty(Argon2Budget.PROPERTY, "512mb");
            assertThrows(InvalidSettingException.class, Argon2Budget::defaultBudget);
            assertThrows(InvalidSettingException.class, Argon2Budget::defaultBudget);
            System.setProperty(Argon2Budget.PROPERTY, "1g");
            assertEquals(1L << 30, Argon2Budget.defaultBudget().bytes());
        } finally {
            if (before == null) {
                System.clearProperty(Argon2Budget.PROPERTY);
            } else {
                System.setProperty(Argon2Budget.PROPERTY, before);
            }
        }
    }

    /** The per-JVM default, as a fresh JVM meets it: each kind of bad value, then a good one. */
    @Test
    void onsGetAndOfThrowTheSameTypedErrorEveryTime() throws IOException, InterruptedException {
        String typed = InvalidSettingException.class.getName();
        for (String bad : List.of("abc", "0", "1k", "-1m", "512mb")) {
            ChildJvm.Result r = ChildJvm.run(null, List.of("-Dons.backend=java", "-Dons.argon2.budget=" + bad),
                    "ons-get", "ons-get", "ons-of-java", "ons-of-java");
            assertEquals(Collections.nCopies(4, typed), r.results(), r.out());
            assertTrue(r.out().contains("'" + bad + "'"), r.out());
        }
        ChildJvm.Result abc = ChildJvm.run(null, List.of("-Dons.backend=java", "-Dons.argon2.budget=abc"), "ons-of-java");
        assertTrue(abc.out().contains("<- NumberFormatException"), "the cause travels with it: " + abc.out());
        ChildJvm.Result good = ChildJvm.run(null, List.of("-Dons.backend=java", "-Dons.argon2.budget=512m"),
                "ons-get", "ons-of-java");
        assertEquals(List.of("ok", "ok"), good.results(), good.out());
    }
}
