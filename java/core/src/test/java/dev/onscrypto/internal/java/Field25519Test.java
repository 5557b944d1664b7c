package dev.onscrypto.internal.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Every operation of {@link Field25519} against BigInteger arithmetic mod p, over random elements and
 * the corners of the limb bounds its documentation promises (carried and loose operands, values at
 * and above p), checking both the value and the limb bounds of each output.
 */
class Field25519Test {
    private static final BigInteger P = Oracle25519.P;
    private static final long M = (1L << 51) - 1;
    /** Carried: limbs below 2^51 + 2^17. */
    private static final long C = M + (1L << 17);
    private static final long[] CARRIED_MAX = {C, C, C, C, C};
    /** Loose: limbs below 3·2^52. */
    private static final long LOOSE_MAX = 3L * (1L << 52) - 1;
    private static final int RANDOM = 20_000;

    private final Random rnd = new Random(25519);

    private static BigInteger v(long[] x) {
        return Field25519.toBigInteger(x).mod(P);
    }

    private static void assertCarried(long[] x) {
        for (int i = 0; i < 5; i++) {
            assertTrue(x[i] >= 0 && x[i] <= CARRIED_MAX[i], () -> "limb out of carried range: " + java.util.Arrays.toString(x));
        }
    }

    private static void assertLoose(long[] x) {
        for (int i = 0; i < 5; i++) {
            assertTrue(x[i] >= 0 && x[i] <= LOOSE_MAX, () -> "limb out of loose range: " + java.util.Arrays.toString(x));
        }
    }

    private static void assertReduced(long[] x) {
        assertCarried(x);
        assertTrue(Field25519.toBigInteger(x).compareTo(P) < 0);
    }

    private long limb(long max) {
        switch (rnd.nextInt(6)) {
            case 0:
                return max;
            case 1:
                return 0;
            case 2:
                return max - rnd.nextInt(64);
            default:
                return (rnd.nextLong() >>> 1) % (max + 1);
        }
    }

    private long[] carried() {
        long[] x = new long[5];
        for (int i = 0; i < 5; i++) {
            x[i] = limb(CARRIED_MAX[i]);
        }
        return x;
    }

    private long[] loose() {
        long[] x = new long[5];
        for (int i = 0; i < 5; i++) {
            x[i] = limb(LOOSE_MAX);
        }
        return x;
    }

    /** Edge values (as carried limbs) including 0, 1, p−1, p, p+1 and 2^255 − 1. */
    private static List<long[]> edges() {
        List<long[]> out = new ArrayList<>();
        BigInteger[] vals = {BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, P.subtract(BigInteger.ONE), P,
            P.add(BigInteger.ONE), P.add(BigInteger.valueOf(18)), BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(51), BigInteger.ONE.shiftLeft(254), P.shiftRight(1)};
        for (BigInteger b : vals) {
            long[] x = new long[5];
            for (int i = 0; i < 5; i++) {
                x[i] = b.shiftRight(51 * i).longValue() & M;
            }
            out.add(x);
        }
        out.add(CARRIED_MAX.clone());
        out.add(new long[] {LOOSE_MAX, LOOSE_MAX, LOOSE_MAX, LOOSE_MAX, LOOSE_MAX});
        out.add(new long[] {LOOSE_MAX, 0, LOOSE_MAX, 0, LOOSE_MAX});
        out.add(new long[] {0, LOOSE_MAX, 0, LOOSE_MAX, 0});
        out.add(new long[] {P2(0), P2(1), P2(1), P2(1), P2(1)});   // 2p
        return out;
    }

    private static long P2(int i) {
        return i == 0 ? (1L << 52) - 38 : (1L << 52) - 2;
    }

    private List<long[]> looseOperands() {
        List<long[]> xs = new ArrayList<>(edges());
        for (int i = 0; i < RANDOM; i++) {
            xs.add(rnd.nextBoolean() ? loose() : carried());
        }
        return xs;
    }

    @Test
    void mulAndSqrAreExactOnLooseOperands() {
        List<long[]> xs = looseOperands();
        List<long[]> edges = edges();
        long[] r = new long[5];
        for (int i = 0; i < xs.size(); i++) {
            long[] a = xs.get(i);
            long[] b = i < edges.size() ? xs.get(xs.size() - 1 - i) : xs.get(rnd.nextInt(xs.size()));
            Field25519.mul(a, b, r);
            assertEquals(v(a).multiply(v(b)).mod(P), v(r));
            assertCarried(r);
            Field25519.sqr(a, r);
            assertEquals(v(a).pow(2).mod(P), v(r));
            assertCarried(r);
        }
        // Every corner of the loose box against every other (all limbs 0 or maximal).
        for (int s = 0; s < 32; s++) {
            long[] a = corner(s);
            Field25519.sqr(a, r);
            assertEquals(v(a).pow(2).mod(P), v(r));
            assertCarried(r);
            for (int t = 0; t < 32; t++) {
                long[] b = corner(t);
                Field25519.mul(a, b, r);
                assertEquals(v(a).multiply(v(b)).mod(P), v(r));
                assertCarried(r);
            }
        }
    }

    private static long[] corner(int signs) {
        long[] x = new long[5];
        for (int i = 0; i < 5; i++) {
            x[i] = ((signs >>> i) & 1) == 1 ? LOOSE_MAX : (1L << 51) - 1;
        }
        return x;
    }

    @Test
    void aliasedProducts() {
        for (int i = 0; i < 1000; i++) {
            long[] a = loose();
            long[] b = loose();
            BigInteger want = v(a).multiply(v(b)).mod(P);
            long[] a2 = a.clone();
            Field25519.mul(a2, b, a2);
            assertEquals(want, v(a2));
            long[] b2 = b.clone();
            Field25519.mul(a, b2, b2);
            assertEquals(want, v(b2));
            long[] c = a.clone();
            Field25519.mul(c, c, c);
            assertEquals(v(a).pow(2).mod(P), v(c));
            c = a.clone();
            Field25519.sqr(c, c);
            assertEquals(v(a).pow(2).mod(P), v(c));
        }
    }

    @Test
    void sqrNAndMulSmall() {
        long[] r = new long[5];
        for (long[] a : looseOperands().subList(0, 2000)) {
            int n = 1 + rnd.nextInt(12);
            Field25519.sqrN(a, n, r);
            assertEquals(v(a).modPow(BigInteger.TWO.pow(n), P), v(r));
            assertCarried(r);
            int k = rnd.nextBoolean() ? rnd.nextInt(1 << 20) : (rnd.nextBoolean() ? Integer.MAX_VALUE : 121666);
            Field25519.mulSmall(a, k, r);
            assertEquals(v(a).multiply(BigInteger.valueOf(k)).mod(P), v(r));
            assertCarried(r);
        }
    }

    @Test
    void linearOperationsStayInTheirBounds() {
        long[] r = new long[5];
        long[] s = new long[5];
        List<long[]> cs = new ArrayList<>();
        for (long[] e : edges()) {
            if (fits(e, CARRIED_MAX)) {
                cs.add(e);
            }
        }
        for (int i = 0; i < RANDOM; i++) {
            cs.add(carried());
        }
        for (int i = 0; i < cs.size(); i++) {
            long[] a = cs.get(i);
            long[] b = cs.get(rnd.nextInt(cs.size()));
            long[] c = cs.get(rnd.nextInt(cs.size()));
            Field25519.add(a, b, r);
            assertEquals(v(a).add(v(b)).mod(P), v(r));
            assertLoose(r);
            Field25519.sub(a, b, r);
            assertEquals(v(a).subtract(v(b)).mod(P), v(r));
            assertLoose(r);
            Field25519.neg(a, r);
            assertEquals(v(a).negate().mod(P), v(r));
            assertLoose(r);
            Field25519.apm(a, b, r, s);
            assertEquals(v(a).add(v(b)).mod(P), v(r));
            assertEquals(v(a).subtract(v(b)).mod(P), v(s));
            assertLoose(r);
            assertLoose(s);
            // (a + b) − c and 2c + a − b: the shapes in the doubling formula
            long[] ab = new long[5];
            Field25519.add(a, b, ab);
            Field25519.sub(ab, c, r);
            assertEquals(v(a).add(v(b)).subtract(v(c)).mod(P), v(r));
            assertLoose(r);
            Field25519.add(c, c, r);
            Field25519.add(r, a, r);
            Field25519.sub(r, b, r);
            assertEquals(v(c).shiftLeft(1).add(v(a)).subtract(v(b)).mod(P), v(r));
            assertLoose(r);
            // c − (a + b) with the 4p bias
            Field25519.subLoose(c, ab, r);
            assertEquals(v(c).subtract(v(a)).subtract(v(b)).mod(P), v(r));
            assertLoose(r);
            // up to five carried terms are loose
            Field25519.add(ab, ab, r);
            Field25519.add(r, c, r);
            assertLoose(r);
            // carry: loose in, carried out, same value
            long[] l = loose();
            BigInteger want = v(l);
            Field25519.carry(l);
            assertEquals(want, v(l));
            assertCarried(l);
        }
    }

    private static boolean fits(long[] x, long[] max) {
        for (int i = 0; i < 5; i++) {
            if (x[i] > max[i]) {
                return false;
            }
        }
        return true;
    }

    @Test
    void reduceEncodeDecode() {
        for (long[] a : looseOperands()) {
            long[] t = a.clone();
            Field25519.reduce(t);
            assertEquals(v(a), Field25519.toBigInteger(t));
            assertReduced(t);
            byte[] enc = new byte[33];
            Field25519.encode(a, enc, 1);
            assertEquals(0, enc[0]);
            byte[] want = Oracle25519.toLe(v(a), 32);
            byte[] got = new byte[32];
            System.arraycopy(enc, 1, got, 0, 32);
            assertArrayEquals(want, got);
            assertEquals(v(a).testBit(0) ? 1 : 0, Field25519.isNegative(a));
            assertEquals(v(a).signum() == 0 ? 1 : 0, Field25519.isZero(a));
        }
        // decode: any 255-bit value, including those ≥ p, bit 255 ignored
        for (int i = 0; i < RANDOM; i++) {
            byte[] b = new byte[32];
            rnd.nextBytes(b);
            if (i % 4 == 0) {
                java.util.Arrays.fill(b, 1, 32, (byte) 0xff);
                b[0] = (byte) (0xe0 + rnd.nextInt(32));
            }
            long[] x = new long[5];
            Field25519.decode(b, 0, x);
            assertEquals(Oracle25519.le(b).clearBit(255), Field25519.toBigInteger(x));
            for (int k = 0; k < 5; k++) {
                assertTrue(x[k] >= 0 && x[k] <= M);
            }
        }
        long[] z = new long[5];
        Field25519.decode(Oracle25519.toLe(P, 32), 0, z);
        assertEquals(1, Field25519.isZero(z));
        assertEquals(0, Field25519.isNegative(z));
    }

    @Test
    void invertAndPow22523() {
        long[] r = new long[5];
        BigInteger e = P.subtract(BigInteger.valueOf(5)).shiftRight(3);
        List<long[]> xs = looseOperands().subList(0, 300);
        for (long[] a : xs) {
            Field25519.invert(a, r);
            BigInteger va = v(a);
            assertEquals(va.signum() == 0 ? BigInteger.ZERO : va.modInverse(P), v(r));
            assertCarried(r);
            Field25519.pow22523(a, r);
            assertEquals(va.modPow(e, P), v(r));
            assertCarried(r);
            long[] alias = a.clone();
            Field25519.invert(alias, alias);
            assertEquals(va.signum() == 0 ? BigInteger.ZERO : va.modInverse(P), v(alias));
        }
    }

    @Test
    void sqrtRatio() {
        long[] x = new long[5];
        for (int i = 0; i < 300; i++) {
            long[] u = i < 4 ? Field25519.small(i) : loose();
            long[] w = loose();
            if (v(w).signum() == 0) {
                continue;
            }
            BigInteger q = v(u).multiply(v(w).modInverse(P)).mod(P);
            boolean square = Oracle25519.sqrt(q) != null;
            assertEquals(square, Field25519.sqrtRatioVar(u, w, x));
            if (square) {
                assertEquals(q, v(x).pow(2).mod(P));
            }
        }
        assertFalse(Field25519.sqrtRatioVar(Field25519.small(2), Field25519.small(1), x));
        assertEquals(P.subtract(BigInteger.ONE), v(Field25519.SQRT_M1).pow(2).mod(P));
    }

    @Test
    void constantTimeSelection() {
        for (int i = 0; i < 1000; i++) {
            long[] a = carried();
            long[] b = carried();
            long[] z = a.clone();
            Field25519.cmov(0, b, 0, z, 0);
            assertArrayEquals(a, z);
            Field25519.cmov(-1, b, 0, z, 0);
            assertArrayEquals(b, z);
            long[] table = new long[15];
            System.arraycopy(b, 0, table, 5, 5);
            z = a.clone();
            Field25519.cmov(-1, table, 5, z, 0);
            assertArrayEquals(b, z);

            long[] p = a.clone();
            long[] q = b.clone();
            Field25519.cswap(0, p, q);
            assertArrayEquals(a, p);
            assertArrayEquals(b, q);
            Field25519.cswap(-1, p, q);
            assertArrayEquals(b, p);
            assertArrayEquals(a, q);

            long[] n = a.clone();
            Field25519.cneg(0, n);
            assertArrayEquals(a, n);
            Field25519.cneg(-1, n);
            assertEquals(v(a).negate().mod(P), v(n));
            assertLoose(n);
        }
        assertEquals(-1, Field25519.equalMask(5, 5));
        assertEquals(0, Field25519.equalMask(5, 4));
    }

    @Test
    void constants() {
        assertEquals(Oracle25519.D, v(Field25519.D));
        assertEquals(Oracle25519.D.shiftLeft(1).mod(P), v(Field25519.D2));
        assertReduced(Field25519.D);
        assertReduced(Field25519.D2);
    }
}
