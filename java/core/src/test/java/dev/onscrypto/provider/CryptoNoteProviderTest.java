package dev.onscrypto.provider;

import static dev.onscrypto.testing.BothBackends.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.provider.CsvSource;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/** Signature/KeyFactory/KeyPairGenerator CryptoNote (signs a 32-byte hash), with schnorr.json vectors. */
class CryptoNoteProviderTest {
    private static final String HASH = "3afd14ae2bd2876a2f9b73923fa351d0b48bd047905872cd79fb1a53bbf9ef7e";
    private static final String SEC = "90a30b21ce307626546f24e0a5512fe2f89f275cf0f21d4e0dcd0002f67c2a04";
    private static final String PUB = "c0707e25bf89baa3bd0f739dfe14f67e2151913b43813580c1fee01671cdf0af";

    @ParameterizedTest(name = "{3}")
    @CsvSource({
        "3afd14ae2bd2876a2f9b73923fa351d0b48bd047905872cd79fb1a53bbf9ef7e, c0707e25bf89baa3bd0f739dfe14f67e2151913b43813580c1fee01671cdf0af, eb9d9dfec2ac5637b3c79524deb5e5469fb329a837ba9771db0851852029b2013ad7ff556de8806175f47a2e96d79fad9fd917a39ece361d9c59cfab592d2b07, true, valid #0",
        "fd5aed72d66fa3d20de3ef91817c1aa9c8577145ec35081498e5ee2c6e4e0fde, bf66ba72469c0518fb7b8b11c869877fb554d44fefac5c2f208abd15bc861e39, 90926444eab744bce146be8f882365ef63794b2c28dfccbd503a35097492ef040864b95defa39406912e1ae2ab4a17e15234cd15d4a8093b3b2a08653b2ed40e, true, valid (nonce L - 1)",
        "3afd14ae2bd2876a2f9b73923fa351d0b48bd047905872cd79fb1a53bbf9ef7e, c0707e25bf89baa3bd0f739dfe14f67e2151913b43813580c1fee01671cdf0af, eb9d9dfec2ac5637b3c79524deb5e5469fb329a837ba9771db0851852029b2013ad3ff556de8806175f47a2e96d79fad9fd917a39ece361d9c59cfab592d2b07, false, tampered r",
        "3afd14ae2bd2876a2f9b73923fa351d0b48bd047905872cd79fb1a53bbf9ef7e, c0707e25bf89baa3bd0f739dfe14f67e2151913b43813580c1fee01671cdf0af, 00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000, false, all-zero signature",
        "3afd14ae2bd2876a2f9b73923fa351d0b48bd047905872cd79fb1a53bbf9ef7e, 76daacb67f2278f4861a1de5eadfcd0d17a20ffae0379c5817632ca773149e54, eb9d9dfec2ac5637b3c79524deb5e5469fb329a837ba9771db0851852029b2013ad7ff556de8806175f47a2e96d79fad9fd917a39ece361d9c59cfab592d2b07, false, public key not on the curve",
    })
    void verifiesTheVectors(String hash, String pub, String sig, boolean valid, String what) throws Exception {
        for (BackendKind kind : BackendKind.values()) {
            Provider p = BothBackends.provider(kind);
            Signature verifier = Signature.getInstance("CryptoNote", p);
            verifier.initVerify(KeyFactory.getInstance("CryptoNote", p).generatePublic(new RawPublicKeySpec(hex(pub))));
            verifier.update(hex(hash));
            assertEquals(valid, verifier.verify(hex(sig)), kind + ": " + what);
        }
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void signsWithTheVectorKeyAndAFreshNonce(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        KeyFactory kf = KeyFactory.getInstance("CryptoNote", p);
        PrivateKey secret = kf.generatePrivate(new RawPrivateKeySpec(hex(SEC)));
        PublicKey pub = kf.generatePublic(new RawPublicKeySpec(hex(PUB)));

        Signature signer = Signature.getInstance("CryptoNote", p);
        signer.initSign(secret);
        signer.update(hex(HASH));
        byte[] first = signer.sign();
        signer.update(hex(HASH));
        byte[] second = signer.sign();
        assertEquals(64, first.length);
        assertNotEquals(HexFormat.of().formatHex(first), HexFormat.of().formatHex(second), "random nonce each time");

        Signature verifier = Signature.getInstance("CryptoNote", p);
        verifier.initVerify(pub);
        verifier.update(hex(HASH));
        assertTrue(verifier.verify(first));
        verifier.update(hex(HASH));
        assertTrue(verifier.verify(second));

        first[40] ^= 1;
        verifier.update(hex(HASH));
        assertFalse(verifier.verify(first));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void generatedKeysSignAKeccakHash(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        KeyPair pair = KeyPairGenerator.getInstance("CryptoNote", p).generateKeyPair();
        assertEquals("CryptoNote", pair.getPublic().getAlgorithm());
        assertEquals(32, pair.getPublic().getEncoded().length);
        byte[] hash = MessageDigest.getInstance("KECCAK-256", p).digest("some update".getBytes(StandardCharsets.UTF_8));

        Signature signer = Signature.getInstance("CryptoNote", p);
        signer.initSign(pair.getPrivate());
        signer.update(hash);
        byte[] signature = signer.sign();

        Signature verifier = Signature.getInstance("CryptoNote", p);
        verifier.initVerify(KeyFactory.getInstance("CryptoNote", p).generatePublic(new RawPublicKeySpec(pair.getPublic().getEncoded())));
        verifier.update(hash);
        assertTrue(verifier.verify(signature));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void rejectsDataThatIsNotA32ByteHashAndBadKeys(BackendKind kind) throws Exception {
        Provider p = BothBackends.provider(kind);
        KeyFactory kf = KeyFactory.getInstance("CryptoNote", p);
        Signature signer = Signature.getInstance("CryptoNote", p);
        signer.initSign(kf.generatePrivate(new RawPrivateKeySpec(hex(SEC))));
        signer.update(new byte[31]);
        assertThrows(SignatureException.class, signer::sign);

        Signature verifier = Signature.getInstance("CryptoNote", p);
        verifier.initVerify(kf.generatePublic(new RawPublicKeySpec(hex(PUB))));
        verifier.update(new byte[33]);
        assertThrows(SignatureException.class, () -> verifier.verify(new byte[64]));
        verifier.update(hex(HASH));
        assertThrows(SignatureException.class, () -> verifier.verify(new byte[63]));

        // Secret keys must be reduced mod l and non-zero.
        assertThrows(InvalidKeySpecException.class, () -> kf.generatePrivate(new RawPrivateKeySpec(new byte[32])));
        byte[] unreduced = new byte[32];
        java.util.Arrays.fill(unreduced, (byte) 0xff);
        assertThrows(InvalidKeySpecException.class, () -> kf.generatePrivate(new RawPrivateKeySpec(unreduced)));
    }
}
