package dev.onscrypto.provider;

import static dev.onscrypto.testing.BothBackends.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.provider.CsvSource;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/** Signature/KeyFactory/KeyPairGenerator Ed25519: vectors, and agreement with the JDK's SunEC Ed25519. */
class Ed25519ProviderTest {
    private static final String SEED = "122220ca12305a8248e12d59dc2ece0ed0e1c554db5187e57326c1b52ab0e1a2";
    private static final String PK = "c55fa0ef894849634fec5f10dd3719dcfb00581313705fd420314a8f5840990f";
    private static final String MSG = "bbf8e7470bb91686e8e3b97daff468d81bd3f51de369b7f17289a9413c463f6b";
    private static final String SIG = "eb4914b189d2b6037a8490fa60f950a2b4464df866fc4d4e28c0c93a843e0b5a"
            + "b166ecf1f670185c63a42e8f8762968fc3ba05648494042fd3e7f47658fb1400";

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void signsTheVector(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        PrivateKey key = KeyFactory.getInstance("Ed25519", p).generatePrivate(new RawPrivateKeySpec(hex(SEED)));
        assertEquals("PKCS#8", key.getFormat());
        assertArrayEquals(hex(SEED), ((RawKey) key).getRawKey());
        Signature signer = Signature.getInstance("Ed25519", p);
        signer.initSign(key);
        signer.update(hex(MSG));
        assertArrayEquals(hex(SIG), signer.sign());
        // sign() reset the engine: the same message again gives the same (deterministic) signature.
        signer.update(hex(MSG), 0, 16);
        signer.update(hex(MSG), 16, 16);
        assertArrayEquals(hex(SIG), signer.sign());
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void derivesThePublicKeyThroughTheGeneratorPath(BackendKind kind) throws Exception {
        // The empty-message vector: seed db66… has public key a181….
        Provider p = BothBackends.provider(kind);
        KeyFactory kf = KeyFactory.getInstance("Ed25519", p);
        PublicKey pub = kf.generatePublic(new RawPublicKeySpec(hex("a181020649e53be49c2f905ee9859ec0f84435c55b29f64b0d2ec79c0a5a7257")));
        Signature signer = Signature.getInstance("Ed25519", p);
        signer.initSign(kf.generatePrivate(new RawPrivateKeySpec(hex("db6638d94dfba516e1743329fcea56f5d30c48a1f7b29a89e022c3d9df7a4ce2"))));
        byte[] sig = signer.sign();
        assertArrayEquals(hex("2dc5878287ef7cebfd6510b80ebb0d56de8884480df33e8b3b5690eeb016a7f6"
                + "7d20fc50bcc96c5d5b189520498654c4f0a218066ba8157611977281c245390c"), sig);
        Signature verifier = Signature.getInstance("Ed25519", p);
        verifier.initVerify(pub);
        assertTrue(verifier.verify(sig));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource({
        "c55fa0ef894849634fec5f10dd3719dcfb00581313705fd420314a8f5840990f, eb4914b189d2b6037a8490fa60f950a2b4464df866fc4d4e28c0c93a843e0b5ab166ecf1f670185c63a42e8f8762968fc3ba05648494042fd3e7f47658fb1400, true, valid",
        "c55fa0ef894849634fec5f10dd3719dcfb00581313705fd420314a8f5840990f, eb4914b189d2b6037a8490fa60f950a2b4464df866fc4d4e28c0c93a843e0b5ab166ecf1f670185c6ba42e8f8762968fc3ba05648494042fd3e7f47658fb1400, false, bit flipped in S",
        "1c4f0ad3ae946bcccdfae1332aa1ff0c1a222216ff01c653bb29479d73de7e98, eb4914b189d2b6037a8490fa60f950a2b4464df866fc4d4e28c0c93a843e0b5ab166ecf1f670185c63a42e8f8762968fc3ba05648494042fd3e7f47658fb1400, false, wrong public key",
        "c55fa0ef894849634fec5f10dd3719dcfb00581313705fd420314a8f5840990f, eb4914b189d2b6037a8490fa60f950a2b4464df866fc4d4e28c0c93a843e0b5ab166ecf1f670185c63a42e8f8762968fc3ba05648494042fd3e7f47658fb1480, false, non-canonical S",
        "0100000000000000000000000000000000000000000000000000000000000000, 01000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000, false, small-order public key",
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f, eb4914b189d2b6037a8490fa60f950a2b4464df866fc4d4e28c0c93a843e0b5ab166ecf1f670185c63a42e8f8762968fc3ba05648494042fd3e7f47658fb1400, false, non-canonical public key",
    })
    void verifiesTheVectors(String pk, String sig, boolean valid, String what) throws Exception {
        for (BackendKind kind : BackendKind.values()) {
            Provider p = BothBackends.provider(kind);
            Signature verifier = Signature.getInstance("Ed25519", p);
            verifier.initVerify(KeyFactory.getInstance("Ed25519", p).generatePublic(new RawPublicKeySpec(hex(pk))));
            verifier.update(hex(MSG));
            assertEquals(valid, verifier.verify(hex(sig)), kind + ": " + what);
        }
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void ourSignaturesVerifyWithTheJdk(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519", p).generateKeyPair();
        byte[] message = "register jagerman.loki".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("Ed25519", p);
        signer.initSign(pair.getPrivate());
        signer.update(message);
        byte[] signature = signer.sign();

        PublicKey jdkKey = KeyFactory.getInstance("Ed25519", "SunEC")
                .generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point(((RawKey) pair.getPublic()).getRawKey())));
        Signature jdk = Signature.getInstance("Ed25519", "SunEC");
        jdk.initVerify(jdkKey);
        jdk.update(message);
        assertTrue(jdk.verify(signature));

        // Ed25519 is deterministic: the JDK signing with the same seed gives the same bytes.
        PrivateKey jdkPrivate = KeyFactory.getInstance("Ed25519", "SunEC")
                .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, ((RawKey) pair.getPrivate()).getRawKey()));
        Signature jdkSigner = Signature.getInstance("Ed25519", "SunEC");
        jdkSigner.initSign(jdkPrivate);
        jdkSigner.update(message);
        assertArrayEquals(signature, jdkSigner.sign());
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void jdkSignaturesVerifyWithOurs(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        KeyPair jdkPair = KeyPairGenerator.getInstance("Ed25519", "SunEC").generateKeyPair();
        byte[] message = "update owner".getBytes(StandardCharsets.UTF_8);
        Signature jdk = Signature.getInstance("Ed25519", "SunEC");
        jdk.initSign(jdkPair.getPrivate());
        jdk.update(message);
        byte[] signature = jdk.sign();

        // Through a raw key spec: the X.509 encoding ends with the 32-byte RFC 8032 public key.
        byte[] x509 = jdkPair.getPublic().getEncoded();
        byte[] raw = Arrays.copyOfRange(x509, x509.length - 32, x509.length);
        Signature ours = Signature.getInstance("Ed25519", p);
        ours.initVerify(KeyFactory.getInstance("Ed25519", p).generatePublic(new RawPublicKeySpec(raw)));
        ours.update(message);
        assertTrue(ours.verify(signature));

        // And with the JDK's key objects as they are.
        ours.initVerify(jdkPair.getPublic());
        ours.update(message);
        assertTrue(ours.verify(signature));
        ours.initSign(jdkPair.getPrivate());
        ours.update(message);
        assertArrayEquals(signature, ours.sign());

        PublicKey translated = (PublicKey) KeyFactory.getInstance("Ed25519", p).translateKey(jdkPair.getPublic());
        assertArrayEquals(raw, ((RawKey) translated).getRawKey());
        assertArrayEquals(x509, translated.getEncoded(), "the same X.509 encoding as the JDK's");
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void rejectsMalformedInput(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        KeyFactory kf = KeyFactory.getInstance("Ed25519", p);
        assertThrows(InvalidKeySpecException.class, () -> kf.generatePublic(new RawPublicKeySpec(new byte[31])));
        assertThrows(InvalidKeySpecException.class, () -> kf.generatePrivate(new RawPrivateKeySpec(new byte[33])));
        assertThrows(InvalidKeySpecException.class,
                () -> kf.generatePublic(new java.security.spec.X509EncodedKeySpec(new byte[44])));

        Signature verifier = Signature.getInstance("Ed25519", p);
        verifier.initVerify(kf.generatePublic(new RawPublicKeySpec(hex(PK))));
        verifier.update(hex(MSG));
        assertThrows(SignatureException.class, () -> verifier.verify(new byte[63]));

        // A CryptoNote key is not an Ed25519 key, though both are 32 raw bytes.
        PublicKey cryptoNoteKey = KeyFactory.getInstance("CryptoNote", p).generatePublic(new RawPublicKeySpec(hex(PK)));
        assertThrows(InvalidKeyException.class, () -> verifier.initVerify(cryptoNoteKey));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void destroyWipesThePrivateKey(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        PrivateKey key = KeyFactory.getInstance("OnsEd25519", p).generatePrivate(new RawPrivateKeySpec(hex(SEED)));
        assertFalse(key.isDestroyed());
        key.destroy();
        assertTrue(key.isDestroyed());
        assertThrows(IllegalStateException.class, key::getEncoded);
        assertThrows(InvalidKeyException.class, () -> Signature.getInstance("Ed25519", p).initSign(key));
    }

    /** RFC 8032 decoding of a raw public key into the JDK's point form: y, and the parity of x in the top bit. */
    static EdECPoint point(byte[] raw) {
        byte[] bigEndian = new byte[32];
        for (int i = 0; i < 32; i++) {
            bigEndian[i] = raw[31 - i];
        }
        boolean xOdd = (bigEndian[0] & 0x80) != 0;
        bigEndian[0] &= 0x7f;
        return new EdECPoint(xOdd, new BigInteger(1, bigEndian));
    }
}
