package dev.onscrypto.internal.java;

import static dev.onscrypto.internal.java.Oracle25519.L;
import static dev.onscrypto.internal.java.Oracle25519.P;
import static dev.onscrypto.internal.java.Oracle25519.hex;
import static dev.onscrypto.internal.java.Oracle25519.le;
import static dev.onscrypto.internal.java.Oracle25519.toLe;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EdwardsPointTest {
    private static final String IDENTITY = "0100000000000000000000000000000000000000000000000000000000000000";
    private static final String Y8 = "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05";
    private static final String Y8_NEG = "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a";

    private static List<byte[]> encodings(Random rnd) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            byte[] e = new byte[32];
            rnd.nextBytes(e);
            out.add(e);
        }
        for (int d = -25; d <= 25; d++) {
            for (int sign = 0; sign < 2; sign++) {
                for (BigInteger y : new BigInteger[] {P.add(BigInteger.valueOf(d)), BigInteger.valueOf(d + 25)}) {
                    if (y.bitLength() <= 255) {
                        byte[] e = toLe(y, 32);
                        e[31] |= (byte) (sign << 7);
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void decodeAndEncodeMatchTheReference() {
        int valid = 0;
        for (byte[] e : encodings(new Random(6))) {
            BigInteger[] want = Oracle25519.decode(e);
            EdwardsPoint got = EdwardsPoint.decode(e);
            assertEquals(want == null, got == null, () -> "validity of " + hex(e));
            assertEquals(le(e).clearBit(255).compareTo(P) < 0, EdwardsPoint.isCanonicalEncoding(e));
            if (got != null) {
                valid++;
                assertArrayEquals(Oracle25519.encode(want), got.encode());
                assertArrayEquals(e, got.encode(), "canonical encodings round-trip");
            }
        }
        assertTrue(valid > 500);
    }

    @Test
    void oxenCoreDecodingEdgeCases() {
        assertNotNull(EdwardsPoint.decode(hex(IDENTITY)));
        // x = 0 with the sign bit set: rejected
        assertNull(EdwardsPoint.decode(hex("0100000000000000000000000000000000000000000000000000000000000080")));
        assertNull(EdwardsPoint.decode(hex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")));
        // y = p − 1 (order 2) is valid, y = p and y = p + 1 are non-canonical
        assertNotNull(EdwardsPoint.decode(hex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")));
        assertNull(EdwardsPoint.decode(hex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")));
        assertNull(EdwardsPoint.decode(hex("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")));
        // not on the curve (schnorr.json)
        assertNull(EdwardsPoint.decode(hex("76daacb67f2278f4861a1de5eadfcd0d17a20ffae0379c5817632ca773149e54")));
        assertEquals("5866666666666666666666666666666666666666666666666666666666666666", hex(EdwardsPoint.base().encode()));
    }

    @Test
    void groupLawMatchesTheReference() {
        Random rnd = new Random(7);
        List<byte[]> valid = new ArrayList<>();
        for (byte[] e : encodings(rnd)) {
            if (EdwardsPoint.decode(e) != null) {
                valid.add(e);
            }
        }
        valid.add(hex(Y8));
        valid.add(hex(IDENTITY));
        for (int i = 0; i < 500; i++) {
            byte[] ea = valid.get(rnd.nextInt(valid.size()));
            byte[] eb = valid.get(rnd.nextInt(valid.size()));
            EdwardsPoint a = EdwardsPoint.decode(ea);
            EdwardsPoint b = EdwardsPoint.decode(eb);
            BigInteger[] oa = Oracle25519.decode(ea);
            BigInteger[] ob = Oracle25519.decode(eb);
            assertArrayEquals(Oracle25519.encode(Oracle25519.add(oa, ob)), a.add(b).encode());
            assertArrayEquals(Oracle25519.encode(Oracle25519.add(oa, oa)), a.dbl().encode());
            assertArrayEquals(Oracle25519.encode(Oracle25519.add(oa, Oracle25519.negate(ob))), a.subtract(b).encode());
            assertArrayEquals(Oracle25519.encode(Oracle25519.negate(ob)), b.negate().encode());
            assertTrue(a.add(a.negate()).isIdentity());
            assertTrue(a.add(b).sameAs(b.add(a)));
        }
    }

    @Test
    void orderEightConstantsReallyHaveOrderEight() {
        for (String y : new String[] {Y8, Y8_NEG}) {
            for (int sign = 0; sign < 2; sign++) {
                byte[] e = hex(y);
                e[31] |= (byte) (sign << 7);
                EdwardsPoint p = EdwardsPoint.decode(e);
                assertNotNull(p);
                EdwardsPoint p4 = p.dbl().dbl();
                assertFalse(p4.isIdentity());
                assertTrue(p4.dbl().isIdentity());
                assertEquals(IDENTITY, hex(p4.dbl().encode()));
            }
        }
        // Only y8 and p − y8 solve d·y⁴ + 2y² − 1 = 0 among the valid y's of order-8 points.
        BigInteger y8 = le(hex(Y8));
        assertEquals(P, y8.add(le(hex(Y8_NEG))));
        BigInteger y2 = y8.multiply(y8).mod(P);
        assertEquals(BigInteger.ZERO, Oracle25519.D.multiply(y2).multiply(y2).add(y2.shiftLeft(1)).subtract(BigInteger.ONE).mod(P));
    }

    @Test
    void smallOrderBlacklistCoversTheTorsionAndNothingElse() {
        EdwardsPoint t8 = EdwardsPoint.decode(hex(Y8));
        EdwardsPoint acc = EdwardsPoint.identity();
        for (int k = 0; k < 8; k++) {
            byte[] e = acc.encode();
            assertTrue(SmallOrderEncodings.matches(e));
            e[31] ^= (byte) 0x80;
            assertTrue(SmallOrderEncodings.matches(e), "sign bit is ignored");
            acc = acc.add(t8);
        }
        assertTrue(acc.isIdentity());
        for (String nonCanonical : new String[] {"edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
            "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"}) {
            assertTrue(SmallOrderEncodings.matches(hex(nonCanonical)));
        }
        Random rnd = new Random(8);
        int checked = 0;
        for (byte[] e : encodings(rnd)) {
            EdwardsPoint p = EdwardsPoint.decode(e);
            if (p != null && !p.dbl().dbl().dbl().isIdentity()) {
                assertFalse(SmallOrderEncodings.matches(e));
                checked++;
            }
        }
        assertTrue(checked > 500);
    }

    @Test
    void scalarMultBaseAgreesWithTheVariableTimePathAndTheReference() {
        Random rnd = new Random(9);
        byte[] zero = new byte[32];
        assertEquals(IDENTITY, hex(FixedBaseMultiplier.multiply(zero)));
        BigInteger[] g = Oracle25519.decode(EdwardsPoint.base().encode());
        List<BigInteger> scalars = new ArrayList<>(List.of(BigInteger.ONE, BigInteger.valueOf(8), BigInteger.valueOf(9),
                BigInteger.valueOf(16), L.subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(252).subtract(BigInteger.ONE)));
        for (int i = 0; i < 500; i++) {
            scalars.add(new BigInteger(253, rnd).mod(L));
        }
        for (int i = 0; i < scalars.size(); i++) {
            byte[] s = toLe(scalars.get(i), 32);
            byte[] fixed = FixedBaseMultiplier.multiply(s);
            assertArrayEquals(DoubleScalarMultiplier.multiply(zero, EdwardsPoint.base(), s).encode(), fixed);
            assertArrayEquals(DoubleScalarMultiplier.multiply(s, EdwardsPoint.base(), zero).encode(), fixed);
            if (i < 20) {
                assertArrayEquals(Oracle25519.encode(Oracle25519.mul(scalars.get(i), g)), fixed);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> FixedBaseMultiplier.multiply(hex(
                "00000000000000000000000000000000000000000000000000000000000000ff")));
    }

    @Test
    void doubleScalarMultIsExactForUnreducedScalarsAndTorsionPoints() {
        Random rnd = new Random(10);
        BigInteger[] g = Oracle25519.decode(EdwardsPoint.base().encode());
        List<byte[]> points = new ArrayList<>(List.of(hex(Y8), hex(IDENTITY),
                hex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")));
        while (points.size() < 30) {
            byte[] e = new byte[32];
            rnd.nextBytes(e);
            if (EdwardsPoint.decode(e) != null) {
                points.add(e);
            }
        }
        BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
        for (int i = 0; i < points.size(); i++) {
            BigInteger a = i % 3 == 0 ? max : new BigInteger(256, rnd);
            BigInteger b = i % 4 == 0 ? max : new BigInteger(256, rnd);
            EdwardsPoint p = EdwardsPoint.decode(points.get(i));
            BigInteger[] op = Oracle25519.decode(points.get(i));
            byte[] want = Oracle25519.encode(Oracle25519.add(Oracle25519.mul(a, op), Oracle25519.mul(b, g)));
            assertArrayEquals(want, DoubleScalarMultiplier.multiply(toLe(a, 32), p, toLe(b, 32)).encode());
        }
        assertTrue(DoubleScalarMultiplier.multiply(new byte[32], EdwardsPoint.decode(hex(Y8)), new byte[32]).isIdentity());
    }

    @Test
    void scalarMultBaseIsAHomomorphism() {
        Random rnd = new Random(11);
        for (int i = 0; i < 100; i++) {
            byte[] a = toLe(new BigInteger(256, rnd).mod(L), 32);
            byte[] b = toLe(new BigInteger(256, rnd).mod(L), 32);
            EdwardsPoint aG = EdwardsPoint.decode(FixedBaseMultiplier.multiply(a));
            EdwardsPoint bG = EdwardsPoint.decode(FixedBaseMultiplier.multiply(b));
            assertArrayEquals(FixedBaseMultiplier.multiply(Scalar25519.add(a, b)), aG.add(bG).encode());
            assertArrayEquals(FixedBaseMultiplier.multiply(Scalar25519.mul(a, b)),
                    DoubleScalarMultiplier.multiply(a, bG, new byte[32]).encode());
        }
    }
}
