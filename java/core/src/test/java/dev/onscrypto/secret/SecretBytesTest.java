package dev.onscrypto.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class SecretBytesTest {
    private static byte[] bytes() {
        return new byte[] {1, 2, 3, 4, 5};
    }

    @Test
    void copiesInAndOut() {
        byte[] given = bytes();
        SecretBytes s = SecretBytes.copyOf(given);
        given[0] = 9;
        byte[] out = s.toByteArray();
        assertArrayEquals(bytes(), out, "the holder kept its own copy");
        out[1] = 9;
        assertArrayEquals(bytes(), s.toByteArray(), "a copy out cannot change the holder");
        assertNotSame(s.toByteArray(), s.toByteArray());
        assertEquals(5, s.length());
    }

    @Test
    void destroyWipesTheArrayAndRefusesEveryUse() {
        byte[] owned = bytes();
        SecretBytes s = SecretBytes.adopt(owned);
        assertFalse(s.isDestroyed());
        s.destroy();
        assertTrue(s.isDestroyed());
        assertArrayEquals(new byte[5], owned, "destroy zeroes the held array");
        assertThrows(IllegalStateException.class, s::toByteArray);
        assertThrows(IllegalStateException.class, () -> s.withCopy(b -> b));
        assertThrows(IllegalStateException.class, () -> s.equalsSecretBytes(SecretBytes.copyOf(bytes())));
        assertThrows(IllegalStateException.class, () -> SecretBytes.copyOf(bytes()).equalsSecretBytes(s));
        s.destroy(); // idempotent
        assertEquals(5, s.length());
        assertTrue(s.toString().contains("destroyed"));
    }

    @Test
    void closeIsDestroy() {
        byte[] owned = bytes();
        try (SecretBytes s = SecretBytes.adopt(owned)) {
            assertEquals(3, s.toByteArray()[2]);
        }
        assertArrayEquals(new byte[5], owned);
    }

    @Test
    void withCopyWipesTheCopyEvenWhenTheActionThrows() {
        SecretBytes s = SecretBytes.copyOf(bytes());
        AtomicReference<byte[]> seen = new AtomicReference<>();
        assertEquals(15, (int) s.withCopy(b -> {
            seen.set(b);
            int sum = 0;
            for (byte x : b) {
                sum += x;
            }
            return sum;
        }));
        assertArrayEquals(new byte[5], seen.get());
        assertThrows(ArithmeticException.class, () -> s.withCopy(b -> {
            seen.set(b);
            throw new ArithmeticException("boom");
        }));
        assertArrayEquals(new byte[5], seen.get());
        assertArrayEquals(bytes(), s.toByteArray(), "the holder itself is untouched");
    }

    @Test
    void comparesContentNotIdentity() {
        assertTrue(SecretBytes.copyOf(bytes()).equalsSecretBytes(SecretBytes.copyOf(bytes())));
        assertFalse(SecretBytes.copyOf(bytes()).equalsSecretBytes(SecretBytes.copyOf(new byte[] {1, 2, 3, 4, 6})));
        assertFalse(SecretBytes.copyOf(bytes()).equalsSecretBytes(SecretBytes.copyOf(new byte[] {1, 2, 3, 4})));
    }

    @Test
    void toStringNeverShowsTheBytes() {
        SecretBytes s = SecretBytes.copyOf(new byte[] {(byte) 0xab, (byte) 0xcd});
        assertFalse(s.toString().toLowerCase().contains("abcd"));
        assertFalse(s.toString().contains("-85"));
    }
}
