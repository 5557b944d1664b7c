package dev.onscrypto.provider;

import static dev.onscrypto.testing.BothBackends.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.NoSuchPaddingException;
import javax.crypto.SecretKey;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/** Cipher XChaCha20-Poly1305 and XSalsa20-Poly1305 with AEAD semantics, against primitives.json vectors. */
class AeadCipherProviderTest {
    private static final String XCHACHA = "XChaCha20-Poly1305";
    private static final String XSALSA = "XSalsa20-Poly1305";

    // primitives.json: xchacha20poly1305 "32-byte message, 1-byte ad".
    private static final byte[] XC_KEY = hex("a14292ca0b7f0d4f6e0f5c7bf14be19ecc79df9cbff9765c6e844cfd98b53416");
    private static final byte[] XC_NONCE = hex("50d746997dd0c9056e99c8767793372f0f5deb2a33d5f299");
    private static final byte[] XC_MSG = hex("bcdac7ee8c92d57fd36c6ee89618c0e45a2f630834b447f609bd7e267cc7ff68");
    private static final byte[] XC_AD = hex("1f");
    private static final byte[] XC_CT = hex("2c91d44504e4f64df5c0ff9823544df1c869ab08047764d45a6cdb98c1c9c11d"
            + "04d4c6f25b7c670c0b60f44a79165fa1");
    // primitives.json: secretbox "33-byte message" (tag first).
    private static final byte[] SB_KEY = hex("d8c9023cbaae680675ec937d1826c1eed77920ddbe58f6c757acdf60b9f00cb0");
    private static final byte[] SB_NONCE = hex("e3e8f058ec22110679c5d97e9bd838a4771dbde9861da04a");
    private static final byte[] SB_MSG = hex("e9e140eb2b7831b163e8f8aedc8dc3bf29e4219631a24df255673248521557bf2b");
    private static final byte[] SB_CT = hex("79c13dcf4934dff33f5bf26945449df17fad02e40718d4e28e236ed3b926805a"
            + "2436eade57ef7af298c912dcc84d7219b1");

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void xchachaMatchesTheVectorBothWays(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        Cipher c = Cipher.getInstance(XCHACHA, p);
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(XC_KEY, XCHACHA), new IvParameterSpec(XC_NONCE));
        c.updateAAD(XC_AD);
        assertEquals(XC_MSG.length + 16, c.getOutputSize(XC_MSG.length));
        assertEquals(0, c.update(XC_MSG, 0, 10).length, "nothing is released before doFinal");
        assertArrayEquals(XC_CT, c.doFinal(XC_MSG, 10, XC_MSG.length - 10));

        Cipher d = Cipher.getInstance(XCHACHA + "/None/NoPadding", p);
        d.init(Cipher.DECRYPT_MODE, new SecretKeySpec(XC_KEY, XCHACHA), new IvParameterSpec(XC_NONCE));
        d.updateAAD(ByteBuffer.wrap(XC_AD));
        assertArrayEquals(XC_MSG, d.doFinal(XC_CT));
        // A decryptor goes back to its initial state after doFinal and may decrypt again.
        d.updateAAD(XC_AD);
        assertArrayEquals(XC_MSG, d.doFinal(XC_CT));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void xchachaVectorWithoutAad(BackendKind kind) throws Exception {
        Cipher c = Cipher.getInstance(XCHACHA, BothBackends.provider(kind));
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(hex("e2a0e5ac0628cb4ac099b436ac24bfad5305711c9f84d1e48d4b2ef493d91310"), XCHACHA),
                new IvParameterSpec(hex("24a448d66abf48eb186ee2e0e6e10c77c3b0e727a2e58fe6")));
        assertArrayEquals(hex("8fe255d0bc006d402d446fd681a3a842b4c5b3b1776ac7ec48955409206dc1fd"
                + "98372d28e42bc5399761c5f6958c1e38"),
                c.doFinal(hex("7584a56df403c1768d326439849eaab4775918956081119bff37b6d2649b991a")));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void xsalsaKeepsTheSecretboxLayout(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        Cipher c = Cipher.getInstance(XSALSA, p);
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(SB_KEY, XSALSA), new IvParameterSpec(SB_NONCE));
        assertArrayEquals(SB_CT, c.doFinal(SB_MSG));

        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(SB_KEY, XSALSA), new IvParameterSpec(SB_NONCE));
        c.update(SB_CT, 0, 5);
        assertArrayEquals(SB_MSG, c.doFinal(SB_CT, 5, SB_CT.length - 5));

        // Empty message: the box is the 16-byte tag alone.
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(hex("63c373af7569cc3fc3d76fd72a0add548727f738efee5bf1c6ca0f69d30c8ad2"), XSALSA),
                new IvParameterSpec(hex("4c6408e91dd7300f294a9bfceeba68a7baaba796680a7e8b")));
        assertArrayEquals(hex("47abdd5e58624cfeb07b092dd9433591"), c.doFinal());
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void xsalsaHasNoAssociatedData(BackendKind kind) throws Exception {
        Cipher c = Cipher.getInstance(XSALSA, BothBackends.provider(kind));
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(SB_KEY, XSALSA), new IvParameterSpec(SB_NONCE));
        assertThrows(IllegalStateException.class, () -> c.updateAAD(new byte[1]));
        assertThrows(IllegalStateException.class, () -> c.updateAAD(ByteBuffer.allocate(1)));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void anyTamperingIsABadTag(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        for (int i : new int[] {0, 20, XC_CT.length - 1}) {
            byte[] tampered = XC_CT.clone();
            tampered[i] ^= 1;
            Cipher d = decryptor(p, XCHACHA, XC_KEY, XC_NONCE);
            d.updateAAD(XC_AD);
            assertThrows(AEADBadTagException.class, () -> d.doFinal(tampered), "byte " + i);
        }
        Cipher wrongAad = decryptor(p, XCHACHA, XC_KEY, XC_NONCE);
        wrongAad.updateAAD(new byte[] {0x1e});
        assertThrows(AEADBadTagException.class, () -> wrongAad.doFinal(XC_CT));
        Cipher missingAad = decryptor(p, XCHACHA, XC_KEY, XC_NONCE);
        assertThrows(AEADBadTagException.class, () -> missingAad.doFinal(XC_CT));

        for (int i : new int[] {0, 15, 16, SB_CT.length - 1}) {
            byte[] tampered = SB_CT.clone();
            tampered[i] ^= (byte) 0x80;
            assertThrows(AEADBadTagException.class, () -> decryptor(p, XSALSA, SB_KEY, SB_NONCE).doFinal(tampered));
        }
        byte[] otherNonce = SB_NONCE.clone();
        otherNonce[0] ^= 1;
        assertThrows(AEADBadTagException.class, () -> decryptor(p, XSALSA, SB_KEY, otherNonce).doFinal(SB_CT));
        assertThrows(AEADBadTagException.class, () -> decryptor(p, XSALSA, SB_KEY, SB_NONCE).doFinal(new byte[15]));
        assertThrows(AEADBadTagException.class, () -> decryptor(p, XCHACHA, XC_KEY, XC_NONCE).doFinal(new byte[0]));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void encryptionWithoutANonceDrawsOneAndExposesIt(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        for (String algorithm : new String[] {XCHACHA, XSALSA}) {
            SecretKey key = new SecretKeySpec(XC_KEY, algorithm);
            Cipher c = Cipher.getInstance(algorithm, p);
            c.init(Cipher.ENCRYPT_MODE, key);
            byte[] nonce = c.getIV();
            assertEquals(24, nonce.length);
            byte[] box = c.doFinal(XC_MSG);
            assertArrayEquals(XC_MSG, decryptor(p, algorithm, XC_KEY, nonce).doFinal(box));

            c.init(Cipher.ENCRYPT_MODE, key);
            assertThrows(AssertionError.class, () -> assertArrayEquals(nonce, c.getIV()), "a fresh nonce each init");
        }
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void badParametersAreRejected(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        Cipher c = Cipher.getInstance(XCHACHA, p);
        SecretKey key = new SecretKeySpec(XC_KEY, XCHACHA);
        assertThrows(InvalidKeyException.class, () -> c.init(Cipher.DECRYPT_MODE, key), "decryption needs the nonce");
        assertThrows(InvalidAlgorithmParameterException.class,
                () -> c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(new byte[12])));
        assertThrows(InvalidKeyException.class,
                () -> c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[16], XCHACHA), new IvParameterSpec(XC_NONCE)));
        assertThrows(NoSuchAlgorithmException.class, () -> Cipher.getInstance(XCHACHA + "/CBC/NoPadding", p));
        assertThrows(NoSuchPaddingException.class, () -> Cipher.getInstance(XSALSA + "/NONE/PKCS5Padding", p));

        c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(XC_NONCE));
        c.update(XC_MSG);
        assertThrows(IllegalStateException.class, () -> c.updateAAD(XC_AD), "AAD after the message has started");
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void aNonceEncryptsOnlyOnce(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        for (String algorithm : new String[] {XCHACHA, XSALSA}) {
            Cipher c = Cipher.getInstance(algorithm, p);
            SecretKey key = new SecretKeySpec(XC_KEY, algorithm);
            c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(XC_NONCE));
            c.doFinal(XC_MSG);
            assertThrows(IllegalStateException.class, () -> c.doFinal(XC_MSG), algorithm + ": reuse after doFinal");
            assertThrows(InvalidAlgorithmParameterException.class,
                    () -> c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(XC_NONCE)), algorithm + ": same key and nonce");
            byte[] otherNonce = XC_NONCE.clone();
            otherNonce[23] ^= 1;
            c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(otherNonce));
            assertEquals(XC_MSG.length + 16, c.doFinal(XC_MSG).length);
        }
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void outputBufferAndByteBufferVariants(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        Cipher c = Cipher.getInstance(XSALSA, p);
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(SB_KEY, XSALSA), new IvParameterSpec(SB_NONCE));
        byte[] small = new byte[SB_CT.length - 1];
        assertThrows(ShortBufferException.class, () -> c.doFinal(SB_MSG, 0, SB_MSG.length, small, 0));
        // Nothing was consumed by the failed call: the retry gives the full box.
        byte[] out = new byte[SB_CT.length + 3];
        assertEquals(SB_CT.length, c.doFinal(SB_MSG, 0, SB_MSG.length, out, 3));
        assertArrayEquals(SB_CT, Arrays.copyOfRange(out, 3, out.length));

        Cipher d = decryptor(p, XSALSA, SB_KEY, SB_NONCE);
        ByteBuffer plain = ByteBuffer.allocate(SB_MSG.length);
        assertEquals(SB_MSG.length, d.doFinal(ByteBuffer.wrap(SB_CT), plain));
        assertArrayEquals(SB_MSG, plain.array());
    }

    private static Cipher decryptor(Provider p, String algorithm, byte[] key, byte[] nonce) throws Exception {
        Cipher d = Cipher.getInstance(algorithm, p);
        d.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, algorithm), new IvParameterSpec(nonce));
        return d;
    }
}
