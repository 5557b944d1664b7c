package dev.onscrypto.provider;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.spec.InvalidKeySpecException;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/** Every secret holder of the provider refuses use once cleared or destroyed, as the JDK's PBEKeySpec does. */
class ClearedKeySpecTest {

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void clearedRawPrivateKeySpecIsRefused(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        byte[] seed = new byte[32];
        seed[0] = 1;
        RawPrivateKeySpec spec = new RawPrivateKeySpec(seed);
        assertArrayEquals(seed, spec.getKey());
        KeyFactory.getInstance("OnsEd25519", p).generatePrivate(spec);
        spec.clear();
        assertThrows(IllegalStateException.class, spec::getKey);
        assertThrows(InvalidKeySpecException.class, () -> KeyFactory.getInstance("OnsEd25519", p).generatePrivate(spec));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void clearedArgon2idKeySpecIsRefusedAndADestroyedDerivedKeyCannotEncrypt(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        SecretKeyFactory f = SecretKeyFactory.getInstance("Argon2id", p);
        for (Argon2idKeySpec spec : new Argon2idKeySpec[] {
                new Argon2idKeySpec(new byte[] {1, 2}, new byte[16], 1, 8192, 32),
                new Argon2idKeySpec(new char[] {'p', 'w'}, new byte[16], 1, 8192, 32)}) {
            SecretKey key = f.generateSecret(spec);
            spec.clearPassword();
            assertThrows(IllegalStateException.class, spec::getPassword);
            assertThrows(InvalidKeySpecException.class, () -> f.generateSecret(spec));
            key.destroy();
            Cipher c = Cipher.getInstance("XChaCha20-Poly1305", p);
            assertThrows(InvalidKeyException.class, () -> c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(new byte[24])));
        }
    }
}
