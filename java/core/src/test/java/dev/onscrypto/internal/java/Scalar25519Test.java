package dev.onscrypto.internal.java;

import static dev.onscrypto.internal.java.Oracle25519.L;
import static dev.onscrypto.internal.java.Oracle25519.le;
import static dev.onscrypto.internal.java.Oracle25519.toLe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class Scalar25519Test {
    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

    private static List<BigInteger> edges() {
        List<BigInteger> e = new ArrayList<>();
        for (BigInteger v : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.shiftLeft(252),
            BigInteger.ONE.shiftLeft(252).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(253).subtract(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(255), TWO_256.subtract(BigInteger.ONE), TWO_256.subtract(L)}) {
            e.add(v);
        }
        for (int k = 1; k <= 15; k++) {
            for (int d = -2; d <= 2; d++) {
                BigInteger v = L.multiply(BigInteger.valueOf(k)).add(BigInteger.valueOf(d));
                if (v.compareTo(TWO_256) < 0) {
                    e.add(v);
                }
            }
        }
        return e;
    }

    private static List<BigInteger> samples(Random rnd, int n) {
        List<BigInteger> s = edges();
        for (int i = 0; i < n; i++) {
            s.add(switch (i % 4) {
                case 0 -> new BigInteger(256, rnd);
                case 1 -> new BigInteger(253, rnd);
                case 2 -> new BigInteger(252, rnd);
                default -> L.add(BigInteger.valueOf(rnd.nextInt(2001) - 1000));
            });
        }
        return s;
    }

    @Test
    void canonicalityAndReduce32MatchBigInteger() {
        for (BigInteger v : samples(new Random(1), 5000)) {
            byte[] b = toLe(v, 32);
            assertEquals(v.compareTo(L) < 0, Scalar25519.isCanonical(b), v::toString);
            assertEquals(v.mod(L), le(Scalar25519.reduce32(b)), v::toString);
        }
    }

    @Test
    void lIsNotCanonicalButLMinusOneIs() {
        assertEquals(false, Scalar25519.isCanonical(toLe(L, 32)));
        assertEquals(true, Scalar25519.isCanonical(toLe(L.subtract(BigInteger.ONE), 32)));
        assertEquals(BigInteger.ZERO, le(Scalar25519.reduce32(toLe(L, 32))));
    }

    @Test
    void reduce64MatchesBigInteger() {
        Random rnd = new Random(2);
        List<BigInteger> values = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE.shiftLeft(512).subtract(BigInteger.ONE),
                L.multiply(L), L.multiply(L).subtract(BigInteger.ONE), L.shiftLeft(259).subtract(BigInteger.ONE)));
        for (int i = 0; i < 5000; i++) {
            values.add(new BigInteger(i % 4 == 0 ? 260 + rnd.nextInt(252) : 512, rnd));
        }
        for (BigInteger v : values) {
            assertEquals(v.mod(L), le(Scalar25519.reduce64(toLe(v, 64))), v::toString);
        }
    }

    @Test
    void addMulMulSubMatchBigInteger() {
        Random rnd = new Random(3);
        List<BigInteger> s = samples(rnd, 3000);
        List<BigInteger> e = edges();
        for (int i = 0; i < 6000; i++) {
            boolean edgeRound = i < e.size() * e.size();
            BigInteger a = edgeRound ? e.get(i % e.size()) : s.get(rnd.nextInt(s.size()));
            BigInteger b = edgeRound ? e.get(i / e.size()) : s.get(rnd.nextInt(s.size()));
            BigInteger c = s.get(rnd.nextInt(s.size()));
            byte[] ab = toLe(a, 32);
            byte[] bb = toLe(b, 32);
            byte[] cb = toLe(c, 32);
            String what = a + ", " + b + ", " + c;
            assertEquals(a.add(b).mod(L), le(Scalar25519.add(ab, bb)), what);
            assertEquals(a.multiply(b).mod(L), le(Scalar25519.mul(ab, bb)), what);
            assertEquals(c.subtract(a.multiply(b)).mod(L), le(Scalar25519.mulSub(ab, bb, cb)), what);
        }
    }
}
