package dev.onscrypto.primitives;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.onscrypto.BackendUnavailableException;
import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.java.JavaBackend;

/** The self-test refuses a backend that is wrong in any one operation family, and passes a correct one. */
class SelfTestTest {

    @Test
    void aCorrectBackendPasses() {
        Backend backend = new JavaBackend();
        assertSame(backend, SelfTest.verified(backend));
    }

    /** Every operation the self-test covers, broken one at a time: each must be caught. */
    @ParameterizedTest
    @ValueSource(strings = {"blake2b", "keccak256", "secretboxSeal", "secretboxOpen", "xchacha20poly1305Seal",
            "xchacha20poly1305Open", "ed25519PublicKey", "ed25519Sign", "ed25519Verify", "pointAdd",
            "scalarMultBase", "scalarMulSub"})
    void aBackendWrongInOneOperationIsRefused(String operation) {
        Backend broken = brokenIn(operation, new JavaBackend());
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> SelfTest.verified(broken));
        assertTrue(e.getMessage().contains("failed its self-test"), e.getMessage());
    }

    /** An AEAD that opens a tampered box, or a verifier that accepts a tampered signature, is refused. */
    @ParameterizedTest
    @ValueSource(strings = {"secretboxOpen", "xchacha20poly1305Open", "ed25519Verify"})
    void aBackendThatAcceptsForgeriesIsRefused(String operation) {
        Backend lenient = acceptingEverything(operation, new JavaBackend());
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> SelfTest.verified(lenient));
        assertTrue(e.getMessage().contains("tamper check"), e.getMessage());
    }

    /** {@code real}, except that {@code operation} returns a wrong answer (a flipped bit or verdict). */
    private static Backend brokenIn(String operation, Backend real) {
        return (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
                (proxy, method, args) -> {
                    Object result = call(real, method, args);
                    if (!method.getName().equals(operation)) {
                        return result;
                    }
                    if (result instanceof byte[] bytes) {
                        byte[] wrong = bytes.clone();
                        wrong[wrong.length - 1] ^= 0x40;
                        return wrong;
                    }
                    return result instanceof Boolean b ? !b : result;
                });
    }

    /** {@code real}, except that {@code operation} never refuses: a tag or signature check that is a no-op. */
    private static Backend acceptingEverything(String operation, Backend real) {
        return (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
                (proxy, method, args) -> {
                    Object result = call(real, method, args);
                    if (!method.getName().equals(operation)) {
                        return result;
                    }
                    return result == null ? new byte[0] : result instanceof Boolean ? Boolean.TRUE : result;
                });
    }

    private static Object call(Backend real, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
