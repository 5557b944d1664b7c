package dev.onscrypto.primitives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.testing.BothBackends;

/**
 * Every Argon2id parameter one backend refuses, the other refuses the same way: an
 * {@link InvalidInputException} with the same message, before any memory is taken.
 */
class Argon2idLimitsTest {
    private static final byte[] SALT = new byte[16];

    private interface Call {
        void on(Argon2id a);
    }

    private static void sameRefusal(String what, Call call) {
        Argon2id java = Primitives.of(BackendKind.JAVA).argon2id();
        Argon2id nat = BothBackends.nativeOrAbort().argon2id();
        InvalidInputException j = assertThrows(InvalidInputException.class, exec(call, java), "java: " + what);
        InvalidInputException n = assertThrows(InvalidInputException.class, exec(call, nat), "native: " + what);
        assertEquals(j.getClass(), n.getClass(), what);
        assertEquals(j.getMessage(), n.getMessage(), what);
    }

    private static Executable exec(Call call, Argon2id a) {
        return () -> call.on(a);
    }

    @Test
    void memLimitsOutsideTheDocumentedRange() {
        long[] refused = {Long.MIN_VALUE, -1, 0, Argon2id.MIN_MEM_LIMIT - 1,
                Argon2id.MAX_MEM_LIMIT + 1, 16L << 30, 64L << 30, 1L << 40,
                (2L << 40) + 1024, 4398046510080L /* libsodium's own maximum */, 4L << 40, Long.MAX_VALUE};
        for (long m : refused) {
            sameRefusal("memlimit " + m, a -> a.derive(new byte[1], SALT, 1, m, 16));
        }
        assertEquals((16L << 30) - 1024, Argon2id.MAX_MEM_LIMIT);
    }

    @Test
    void opsLimitsOutputLengthsSaltsAndPasswords() {
        for (long ops : new long[] {Long.MIN_VALUE, -1, 0, 1L << 32, Long.MAX_VALUE}) {
            sameRefusal("opslimit " + ops, a -> a.derive(new byte[1], SALT, ops, 8192, 16));
        }
        for (int len : new int[] {Integer.MIN_VALUE, -1, 0, 15}) {
            sameRefusal("output length " + len, a -> a.derive(new byte[1], SALT, 1, 8192, len));
        }
        for (byte[] salt : new byte[][] {null, new byte[0], new byte[15], new byte[17]}) {
            sameRefusal("salt " + (salt == null ? "null" : salt.length), a -> a.derive(new byte[1], salt, 1, 8192, 16));
        }
        sameRefusal("null password", a -> a.derive(null, SALT, 1, 8192, 16));
    }
}
