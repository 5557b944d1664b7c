package dev.onscrypto.primitives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.onscrypto.AuthenticationFailedException;
import dev.onscrypto.InvalidInputException;

/**
 * What every backend must do, run once per backend by its subclasses: known answers, round trips,
 * tamper detection, and the same typed rejection of bad input.
 */
abstract class PrimitivesContractTest {
    static final HexFormat HEX = HexFormat.of();
    /** l, the order of the prime-order subgroup, little-endian. */
    static final byte[] L = HEX.parseHex("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
    final Random random = new Random(20261125);

    abstract Primitives primitives();

    byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    // ---- BLAKE2b

    @Test
    void blake2bNameHash() {
        assertArrayEquals(HEX.parseHex("c81ee66e6daad4c69ccea35909882e1feef5cf98e8a0431e5c0d2c9dc7e78be8"),
                primitives().blake2b().hash256("jagerman".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void blake2bEmptyKeyIsUnkeyedButZeroKeyIsNot() {
        byte[] msg = "test".getBytes(StandardCharsets.US_ASCII);
        Blake2b b = primitives().blake2b();
        assertArrayEquals(b.hash256(msg), b.hash(msg, new byte[0], 32));
        assertFalse(java.util.Arrays.equals(b.hash256(msg), b.hash(msg, new byte[32], 32)));
    }

    @Test
    void blake2bRejectsBadParameters() {
        Blake2b b = primitives().blake2b();
        assertThrows(InvalidInputException.class, () -> b.hash(new byte[1], 0));
        assertThrows(InvalidInputException.class, () -> b.hash(new byte[1], 65));
        assertThrows(InvalidInputException.class, () -> b.hash(new byte[1], new byte[65], 32));
        assertThrows(InvalidInputException.class, () -> b.hash256(null));
        assertThrows(InvalidInputException.class, () -> b.hash(new byte[1], null, 32));
    }

    // ---- Keccak-256

    @Test
    void keccakIsNotSha3() {
        assertArrayEquals(HEX.parseHex("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"),
                primitives().keccak256().hash(new byte[0]));
        assertThrows(InvalidInputException.class, () -> primitives().keccak256().hash(null));
    }

    // ---- Argon2id

    @Test
    void argon2idRejectsOutOfRangeParameters() {
        Argon2id a = primitives().argon2id();
        byte[] salt = new byte[16];
        assertThrows(InvalidInputException.class, () -> a.derive(new byte[1], new byte[15], 1, 8192, 16));
        assertThrows(InvalidInputException.class, () -> a.derive(new byte[1], salt, 0, 8192, 16));
        assertThrows(InvalidInputException.class, () -> a.derive(new byte[1], salt, 1, 8191, 16));
        assertThrows(InvalidInputException.class, () -> a.derive(new byte[1], salt, 1, 8192, 15));
        assertThrows(InvalidInputException.class, () -> a.derive(null, salt, 1, 8192, 16));
    }

    @Test
    void argon2idIsDeterministicAndSaltSensitive() {
        Argon2id a = primitives().argon2id();
        byte[] pw = "jagerman".getBytes(StandardCharsets.US_ASCII);
        byte[] k1 = a.derive(pw, new byte[16], 2, 65536, 32);
        assertArrayEquals(k1, a.derive(pw, new byte[16], 2, 65536, 32));
        byte[] salt = new byte[16];
        salt[15] = 1;
        assertFalse(java.util.Arrays.equals(k1, a.derive(pw, salt, 2, 65536, 32)));
    }

    // ---- XSalsa20-Poly1305

    @Test
    void xsalsa20Poly1305RoundTripAndEveryBitFlipIsDetected() {
        XSalsa20Poly1305 box = primitives().xsalsa20Poly1305();
        byte[] key = randomBytes(32);
        byte[] nonce = randomBytes(24);
        byte[] msg = randomBytes(33);
        byte[] sealed = box.seal(msg, nonce, key);
        assertEquals(msg.length + 16, sealed.length);
        assertArrayEquals(msg, box.open(sealed, nonce, key));
        for (int bit = 0; bit < sealed.length * 8; bit++) {
            byte[] tampered = sealed.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThrows(AuthenticationFailedException.class, () -> box.open(tampered, nonce, key));
        }
        byte[] otherNonce = nonce.clone();
        otherNonce[0] ^= 1;
        assertThrows(AuthenticationFailedException.class, () -> box.open(sealed, otherNonce, key));
    }

    @Test
    void xsalsa20Poly1305RejectsBadLengths() {
        XSalsa20Poly1305 box = primitives().xsalsa20Poly1305();
        assertThrows(InvalidInputException.class, () -> box.seal(new byte[1], new byte[23], new byte[32]));
        assertThrows(InvalidInputException.class, () -> box.seal(new byte[1], new byte[24], new byte[31]));
        assertThrows(InvalidInputException.class, () -> box.open(new byte[20], new byte[24], new byte[33]));
        assertThrows(AuthenticationFailedException.class, () -> box.open(new byte[15], new byte[24], new byte[32]));
        assertThrows(InvalidInputException.class, () -> box.seal(null, new byte[24], new byte[32]));
    }

    // ---- XChaCha20-Poly1305

    @Test
    void xchachaRoundTripAndTamperDetection() {
        XChaCha20Poly1305 aead = primitives().xchacha20Poly1305();
        byte[] key = randomBytes(32);
        byte[] nonce = randomBytes(24);
        byte[] ad = randomBytes(7);
        byte[] msg = randomBytes(65);
        byte[] ct = aead.seal(msg, ad, nonce, key);
        assertEquals(msg.length + 16, ct.length);
        assertArrayEquals(msg, aead.open(ct, ad, nonce, key));
        for (int i = 0; i < ct.length; i++) {
            byte[] tampered = ct.clone();
            tampered[i] ^= 0x40;
            assertThrows(AuthenticationFailedException.class, () -> aead.open(tampered, ad, nonce, key));
        }
        assertThrows(AuthenticationFailedException.class, () -> aead.open(ct, new byte[0], nonce, key));
        byte[] otherNonce = nonce.clone();
        otherNonce[23] ^= 1; // the last 8 bytes go to ChaCha20, not HChaCha20: both halves matter
        assertThrows(AuthenticationFailedException.class, () -> aead.open(ct, ad, otherNonce, key));
    }

    @Test
    void xchachaRejectsBadLengths() {
        XChaCha20Poly1305 aead = primitives().xchacha20Poly1305();
        assertThrows(InvalidInputException.class, () -> aead.seal(new byte[1], new byte[12], new byte[32]));
        assertThrows(InvalidInputException.class, () -> aead.seal(new byte[1], new byte[24], new byte[16]));
        assertThrows(InvalidInputException.class, () -> aead.seal(new byte[1], null, new byte[24], new byte[32]));
        assertThrows(AuthenticationFailedException.class, () -> aead.open(new byte[3], new byte[24], new byte[32]));
    }

    // ---- Ed25519

    @Test
    void ed25519SignVerifyAndRejections() {
        Ed25519 ed = primitives().ed25519();
        byte[] seed = new byte[32];
        for (int i = 0; i < 32; i++) {
            seed[i] = (byte) i;
        }
        byte[] pk = ed.publicKey(seed);
        assertArrayEquals(HEX.parseHex("03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"), pk);
        byte[] hash1 = HEX.parseHex("d2dbfe56c0c18b29aba0549be530194c4c3b0022e8befc70cc70488c5bc6618d");
        byte[] sig = ed.sign(seed, hash1);
        assertArrayEquals(HEX.parseHex("a02c8c3bd9ac839474e6c663ca30fe41dcb8dd1738f086b7c253087f3f55972a"
                + "4e053e1de19880565f8770bbf374fd507713b59328a738d157f9e295f0bd8f09"), sig);
        assertTrue(ed.verify(sig, hash1, pk));
        for (int bit = 0; bit < 512; bit += 7) {
            byte[] bad = sig.clone();
            bad[bit / 8] ^= (byte) (1 << (bit % 8));
            assertFalse(ed.verify(bad, hash1, pk), "bit " + bit);
        }
        assertFalse(ed.verify(new byte[64], hash1, pk));
        assertFalse(ed.verify(sig, hash1, Ed25519Group.identity()));
        assertThrows(InvalidInputException.class, () -> ed.verify(new byte[63], hash1, pk));
        assertThrows(InvalidInputException.class, () -> ed.verify(sig, hash1, new byte[31]));
        assertThrows(InvalidInputException.class, () -> ed.sign(new byte[31], hash1));
        assertThrows(InvalidInputException.class, () -> ed.verify(sig, (byte[]) null, pk));
    }

    // ---- group

    @Test
    void pointValidityFollowsCheckKey() {
        Ed25519Group g = primitives().group();
        assertTrue(g.isValidPoint(Ed25519Group.identity()));
        assertTrue(g.isValidPoint(new byte[32]), "y = 0 is a point of order 4: valid for check_key");
        byte[] off = new byte[32];
        off[0] = 2; // y = 2 has no x on the curve
        assertFalse(g.isValidPoint(off));
        byte[] p = HEX.parseHex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
        assertFalse(g.isValidPoint(p), "y = p is not canonical");
        byte[] negZero = Ed25519Group.identity();
        negZero[31] = (byte) 0x80; // x = 0 with the sign bit set
        assertFalse(g.isValidPoint(negZero));
        assertThrows(InvalidInputException.class, () -> g.add(off, Ed25519Group.identity()));
        assertThrows(InvalidInputException.class, () -> g.isValidPoint(new byte[33]));
    }

    @Test
    void scalarsMustBeReduced() {
        Ed25519Group g = primitives().group();
        assertFalse(g.isCanonicalScalar(L));
        byte[] lMinus1 = L.clone();
        lMinus1[0]--;
        assertTrue(g.isCanonicalScalar(lMinus1));
        assertArrayEquals(new byte[32], g.reduce(L));
        assertThrows(InvalidInputException.class, () -> g.scalarMultBase(L));
        assertThrows(InvalidInputException.class, () -> g.scalarAdd(L, new byte[32]));
        assertThrows(InvalidInputException.class, () -> g.reduce(new byte[33]));
        assertArrayEquals(Ed25519Group.identity(), g.scalarMultBase(new byte[32]));
        // (l-1)·G + G = identity, through add, and through a·P + b·G.
        byte[] one = new byte[32];
        one[0] = 1;
        byte[] base = g.scalarMultBase(one);
        assertArrayEquals(Ed25519Group.identity(), g.add(g.scalarMultBase(lMinus1), base));
        assertArrayEquals(Ed25519Group.identity(), g.doubleScalarMultBase(lMinus1, base, one));
    }

    // ---- CryptoNote signature

    @Test
    void cryptoNoteSignAndCheck() {
        CryptoNoteSignature cn = primitives().cryptoNote();
        byte[] sec = primitives().group().reduce(randomBytes(64));
        byte[] pub = cn.publicKey(sec);
        byte[] hash = randomBytes(32);
        byte[] sig = cn.sign(hash, sec);
        assertTrue(cn.check(hash, pub, sig));
        assertFalse(java.util.Arrays.equals(sig, cn.sign(hash, sec)), "random nonces differ");
        for (int bit = 0; bit < 512; bit++) {
            byte[] bad = sig.clone();
            bad[bit / 8] ^= (byte) (1 << (bit % 8));
            assertFalse(cn.check(hash, pub, bad), "bit " + bit);
        }
        byte[] otherHash = hash.clone();
        otherHash[0] ^= 1;
        assertFalse(cn.check(otherHash, pub, sig));
        assertThrows(InvalidInputException.class, () -> cn.sign(hash, new byte[32]));
        assertThrows(InvalidInputException.class, () -> cn.sign(hash, L));
        assertThrows(InvalidInputException.class, () -> cn.check(hash, pub, new byte[65]));
        assertThrows(InvalidInputException.class, () -> cn.sign(new byte[31], sec));
    }

    @Test
    void cryptoNoteCheckRejectsUnreducedScalarsAndZeroC() {
        CryptoNoteSignature cn = primitives().cryptoNote();
        byte[] sec = primitives().group().reduce(randomBytes(64));
        byte[] pub = cn.publicKey(sec);
        byte[] hash = randomBytes(32);
        byte[] sig = cn.sign(hash, sec);
        // r + l is the same residue but not reduced: oxen-core rejects it.
        byte[] unreduced = sig.clone();
        int carry = 0;
        for (int i = 0; i < 32; i++) {
            int s = (unreduced[32 + i] & 0xff) + (L[i] & 0xff) + carry;
            unreduced[32 + i] = (byte) s;
            carry = s >> 8;
        }
        if (carry == 0) {
            assertFalse(cn.check(hash, pub, unreduced));
        }
        byte[] zeroC = sig.clone();
        java.util.Arrays.fill(zeroC, 0, 32, (byte) 0);
        assertFalse(cn.check(hash, pub, zeroC));
        byte[] offCurve = new byte[32];
        offCurve[0] = 2;
        assertFalse(cn.check(hash, offCurve, sig));
    }
}
