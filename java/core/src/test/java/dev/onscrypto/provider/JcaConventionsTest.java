package dev.onscrypto.provider;

import static dev.onscrypto.testing.BothBackends.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/**
 * The JCA conventions clients rely on: Ed25519 keys in their standard encodings (RFC 8410), round-tripped
 * through SunEC's {@code KeyFactory} both ways; CryptoNote keys stay raw; the AEAD ciphers' nonces as
 * {@code AlgorithmParameters}.
 */
class JcaConventionsTest {
    private static final byte[] MESSAGE = "update jagerman.loki".getBytes(StandardCharsets.UTF_8);

    private static byte[] sign(PrivateKey key, Signature signature) throws Exception {
        signature.initSign(key);
        signature.update(MESSAGE);
        return signature.sign();
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void ourEd25519KeysAreStandardFilesSunEcReads(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        KeyPair ours = KeyPairGenerator.getInstance("OnsEd25519", p).generateKeyPair();
        assertEquals("X.509", ours.getPublic().getFormat());
        assertEquals("PKCS#8", ours.getPrivate().getFormat());
        assertEquals(44, ours.getPublic().getEncoded().length);
        assertEquals(48, ours.getPrivate().getEncoded().length);

        KeyFactory sunEc = KeyFactory.getInstance("Ed25519", "SunEC");
        PublicKey jdkPublic = sunEc.generatePublic(new X509EncodedKeySpec(ours.getPublic().getEncoded()));
        PrivateKey jdkPrivate = sunEc.generatePrivate(new PKCS8EncodedKeySpec(ours.getPrivate().getEncoded()));
        assertArrayEquals(ours.getPublic().getEncoded(), jdkPublic.getEncoded());
        assertArrayEquals(ours.getPrivate().getEncoded(), jdkPrivate.getEncoded());

        // Same key on both sides: Ed25519 is deterministic, so the signatures are the same bytes.
        byte[] bySunEc = sign(jdkPrivate, Signature.getInstance("Ed25519", "SunEC"));
        assertArrayEquals(bySunEc, sign(ours.getPrivate(), Signature.getInstance("Ed25519", p)));
        Signature verifier = Signature.getInstance("Ed25519", "SunEC");
        verifier.initVerify(jdkPublic);
        verifier.update(MESSAGE);
        assertTrue(verifier.verify(bySunEc));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void sunEcEd25519KeyFilesAreReadByOurKeyFactory(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        KeyPair jdk = KeyPairGenerator.getInstance("Ed25519", "SunEC").generateKeyPair();
        KeyFactory ours = KeyFactory.getInstance("OnsEd25519", p);
        PublicKey publicKey = ours.generatePublic(new X509EncodedKeySpec(jdk.getPublic().getEncoded()));
        PrivateKey privateKey = ours.generatePrivate(new PKCS8EncodedKeySpec(jdk.getPrivate().getEncoded()));
        assertArrayEquals(jdk.getPublic().getEncoded(), publicKey.getEncoded());
        assertArrayEquals(jdk.getPrivate().getEncoded(), privateKey.getEncoded());
        byte[] x509 = jdk.getPublic().getEncoded();
        assertArrayEquals(java.util.Arrays.copyOfRange(x509, 12, 44), ((RawKey) publicKey).getRawKey());

        byte[] signature = sign(privateKey, Signature.getInstance("Ed25519", p));
        assertArrayEquals(sign(jdk.getPrivate(), Signature.getInstance("Ed25519", "SunEC")), signature);
        Signature verifier = Signature.getInstance("Ed25519", p);
        verifier.initVerify(publicKey);
        verifier.update(MESSAGE);
        assertTrue(verifier.verify(signature));

        // and back to the standard specs
        assertArrayEquals(x509, ours.getKeySpec(publicKey, X509EncodedKeySpec.class).getEncoded());
        assertArrayEquals(jdk.getPrivate().getEncoded(),
                ours.getKeySpec(privateKey, PKCS8EncodedKeySpec.class).getEncoded());
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void pkcs8WithItsPublicKeyIsCheckedAndMalformedEncodingsRejected(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        KeyFactory ours = KeyFactory.getInstance("OnsEd25519", p);
        byte[] seed = hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        byte[] publicKey = hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"); // RFC 8032 test 1
        byte[] v2 = hex("3051020101300506032b657004220420" + "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
                + "812100" + "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        PrivateKey key = ours.generatePrivate(new PKCS8EncodedKeySpec(v2));
        assertArrayEquals(seed, ((RawKey) key).getRawKey());
        v2[v2.length - 1] ^= 1;
        assertThrows(InvalidKeySpecException.class, () -> ours.generatePrivate(new PKCS8EncodedKeySpec(v2)));

        byte[] x509 = Ed25519Encodings.x509(publicKey);
        x509[8] = 0x71; // Ed448's OID
        assertThrows(InvalidKeySpecException.class, () -> ours.generatePublic(new X509EncodedKeySpec(x509)));
        assertThrows(InvalidKeySpecException.class,
                () -> ours.generatePublic(new X509EncodedKeySpec(java.util.Arrays.copyOf(x509, 43))));
        assertThrows(InvalidKeySpecException.class, () -> ours.generatePrivate(new PKCS8EncodedKeySpec(new byte[48])));
        // X.509 is no spec of a CryptoNote key
        KeyFactory cryptoNote = KeyFactory.getInstance("CryptoNote", p);
        assertThrows(InvalidKeySpecException.class,
                () -> cryptoNote.generatePublic(new X509EncodedKeySpec(Ed25519Encodings.x509(publicKey))));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void cryptoNoteKeysStayRaw(BackendKind kind) throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("CryptoNote", BothBackends.provider(kind)).generateKeyPair();
        assertEquals("RAW", pair.getPublic().getFormat());
        assertEquals("RAW", pair.getPrivate().getFormat());
        assertArrayEquals(((RawKey) pair.getPublic()).getRawKey(), pair.getPublic().getEncoded());
        assertEquals(32, pair.getPrivate().getEncoded().length);
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void aeadNoncesAreAlgorithmParameters(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        SecretKeySpec key = new SecretKeySpec(new byte[32], "XChaCha20-Poly1305");
        for (String algorithm : new String[] {"XChaCha20-Poly1305", "XSalsa20-Poly1305"}) {
            Cipher encrypt = Cipher.getInstance(algorithm, p);
            assertNull(encrypt.getParameters(), "no nonce before init");
            encrypt.init(Cipher.ENCRYPT_MODE, key);
            AlgorithmParameters parameters = encrypt.getParameters();
            assertNotNull(parameters);
            assertEquals(algorithm, parameters.getAlgorithm());
            assertArrayEquals(encrypt.getIV(), parameters.getParameterSpec(IvParameterSpec.class).getIV());
            byte[] sealed = encrypt.doFinal(MESSAGE);

            // through its encoding, as a client would store it
            byte[] encoded = parameters.getEncoded();
            assertEquals(26, encoded.length);
            assertEquals(0x04, encoded[0]);
            AlgorithmParameters restored = AlgorithmParameters.getInstance(algorithm, p);
            restored.init(encoded);
            Cipher decrypt = Cipher.getInstance(algorithm, p);
            decrypt.init(Cipher.DECRYPT_MODE, key, restored);
            assertArrayEquals(MESSAGE, decrypt.doFinal(sealed));

            AlgorithmParameters bad = AlgorithmParameters.getInstance(algorithm, p);
            assertThrows(java.io.IOException.class, () -> bad.init(new byte[] {4, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
            assertThrows(java.security.spec.InvalidParameterSpecException.class,
                    () -> bad.init(new IvParameterSpec(new byte[12])));
        }
    }
}
