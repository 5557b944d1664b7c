package dev.onscrypto.provider;

import static dev.onscrypto.testing.BothBackends.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.security.spec.InvalidKeySpecException;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/** SecretKeyFactory Argon2id with Argon2idKeySpec, at libsodium's minimum limits (fast). */
class Argon2idProviderTest {

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void derivesTheVectorKey(BackendKind kind) throws Exception {
        // primitives.json: argon2id "libsodium minimums: opslimit 1, memlimit 8 KiB, outlen 16".
        SecretKeyFactory f = SecretKeyFactory.getInstance("Argon2id", BothBackends.provider(kind));
        Argon2idKeySpec spec = new Argon2idKeySpec(hex("c4aaa477afce836f54d96b72a44364dd20cd49641fd94f4cb82d288c52dc6c5b"),
                hex("1a2e5b3e36aefb2ae1b37548dfe1a959"), 1, 8192, 16);
        SecretKey key = f.generateSecret(spec);
        spec.clearPassword();
        assertEquals("RAW", key.getFormat());
        assertArrayEquals(hex("f9ee7cec5cc97aaf9dcbdba485c498e5"), key.getEncoded());
        SecretKeySpec raw = (SecretKeySpec) f.getKeySpec(key, SecretKeySpec.class);
        assertArrayEquals(hex("f9ee7cec5cc97aaf9dcbdba485c498e5"), raw.getEncoded());
        key.destroy();
        assertTrue(key.isDestroyed());
        assertThrows(IllegalStateException.class, key::getEncoded);
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void charPasswordsAreUtf8AndTheKeyFeedsTheCipher(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        SecretKeyFactory f = SecretKeyFactory.getInstance("Argon2id", p);
        byte[] salt = new byte[16];
        SecretKey fromChars = f.generateSecret(new Argon2idKeySpec("jägerman".toCharArray(), salt, 2, 65536, 32));
        SecretKey fromBytes = f.generateSecret(
                new Argon2idKeySpec("jägerman".getBytes(StandardCharsets.UTF_8), salt, 2, 65536, 32));
        assertArrayEquals(fromBytes.getEncoded(), fromChars.getEncoded());

        Cipher c = Cipher.getInstance("XChaCha20-Poly1305", p);
        c.init(Cipher.ENCRYPT_MODE, fromChars, new IvParameterSpec(new byte[24]));
        byte[] box = c.doFinal(new byte[] {1, 2, 3});
        c.init(Cipher.DECRYPT_MODE, fromBytes, new IvParameterSpec(new byte[24]));
        assertArrayEquals(new byte[] {1, 2, 3}, c.doFinal(box));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void outOfRangeParametersAreInvalidKeySpecs(BackendKind kind) throws Exception {
        SecretKeyFactory f = SecretKeyFactory.getInstance("Argon2id", BothBackends.provider(kind));
        byte[] pw = {1};
        assertThrows(InvalidKeySpecException.class, () -> f.generateSecret(new Argon2idKeySpec(pw, new byte[15], 1, 8192, 16)));
        assertThrows(InvalidKeySpecException.class, () -> f.generateSecret(new Argon2idKeySpec(pw, new byte[16], 0, 8192, 16)));
        assertThrows(InvalidKeySpecException.class, () -> f.generateSecret(new Argon2idKeySpec(pw, new byte[16], 1, 8191, 16)));
        assertThrows(InvalidKeySpecException.class, () -> f.generateSecret(new Argon2idKeySpec(pw, new byte[16], 1, 8192, 15)));
        assertThrows(InvalidKeySpecException.class,
                () -> f.generateSecret(new PBEKeySpec("x".toCharArray(), new byte[16], 1, 128)));
    }
}
