package dev.onscrypto.internal.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;

import org.bouncycastle.math.ec.rfc7748.X25519Field;
import org.junit.jupiter.api.Test;

/**
 * Pins down the property of Bouncy Castle's X25519Field that the point formulas rely on (see
 * {@link Field25519}): outputs of mul/sqr/carry have limbs within about B = (2^26, 2^26, 2^25, 2^26,
 * 2^25, 2^26, 2^26, 2^25, 2^26, 2^25) (limb 9 may exceed 2^25 by a few hundred), and mul/sqr are exact
 * for operands with limbs up to ±2.25B, which covers the sum or difference of two outputs with
 * margin (three terms, 3B, overflow). The extremes of the intermediate sums are at the corners of
 * the box, so every sign pattern is tried. Guards against a Bouncy Castle upgrade changing the limbs.
 */
class Field25519BoundsTest {
    private static final int[] BITS = {26, 26, 25, 26, 25, 26, 26, 25, 26, 24};
    private static final long[] BOUND = {1L << 26, 1L << 26, 1L << 25, 1L << 26, 1L << 25,
        1L << 26, 1L << 26, 1L << 25, 1L << 26, 1L << 25};

    private static BigInteger value(int[] x) {
        BigInteger r = BigInteger.ZERO;
        int shift = 0;
        for (int i = 0; i < 10; i++) {
            r = r.add(BigInteger.valueOf(x[i]).shiftLeft(shift));
            shift += BITS[i];
        }
        return r.mod(Oracle25519.P);
    }

    private static int[] corner(int signs) {
        int[] x = new int[10];
        for (int i = 0; i < 10; i++) {
            long m = 9 * BOUND[i] / 4;
            x[i] = (int) (((signs >>> i) & 1) == 1 ? -m : m);
        }
        return x;
    }

    @Test
    void productsAreExactAtEveryCornerOfTheBox() {
        int[] z = X25519Field.create();
        for (int sx = 0; sx < 1024; sx++) {
            int[] x = corner(sx);
            BigInteger vx = value(x);
            X25519Field.sqr(x, z);
            assertEquals(vx.multiply(vx).mod(Oracle25519.P), value(z));
            for (int sy = sx & 7; sy < 1024; sy += 8) {
                int[] y = corner(sy);
                X25519Field.mul(x, y, z);
                assertEquals(vx.multiply(value(y)).mod(Oracle25519.P), value(z));
            }
        }
    }

    @Test
    void outputsStayWithinOneBound() {
        Random rnd = new Random(13);
        int[] z = X25519Field.create();
        for (int t = 0; t < 200_000; t++) {
            int[] x = corner(rnd.nextInt(1024));
            int[] y = new int[10];
            for (int i = 0; i < 10; i++) {
                x[i] = rnd.nextBoolean() ? x[i] * 8 / 9 : (int) ((rnd.nextDouble() * 2 - 1) * 2 * BOUND[i]);
                y[i] = (int) ((rnd.nextDouble() * 2 - 1) * 2 * BOUND[i]);
            }
            X25519Field.mul(x, y, z);
            checkWithin(z);
            X25519Field.sqr(x, z);
            checkWithin(z);
            for (int i = 0; i < 10; i++) {
                x[i] *= 2;   // four terms, as before the carries in the doubling formula
            }
            X25519Field.carry(x);
            checkWithin(x);
        }
    }

    private static void checkWithin(int[] z) {
        for (int i = 0; i < 10; i++) {
            long slack = i == 9 ? 1024 : 0;
            assertTrue(Math.abs((long) z[i]) <= BOUND[i] + slack, "limb " + i + " = " + z[i]);
        }
    }
}
