package dev.onscrypto.internal.java;

import static dev.onscrypto.internal.java.Oracle25519.toLe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ScalarRecodingTest {

    @Test
    void wnafIsExactAndWellFormed() {
        Random rnd = new Random(4);
        for (int i = 0; i < 3000; i++) {
            BigInteger v = i == 0 ? BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE) : new BigInteger(256 - (i % 5), rnd);
            for (int w = 2; w <= 8; w++) {
                byte[] naf = ScalarRecoding.wnaf(toLe(v, 32), w);
                BigInteger sum = BigInteger.ZERO;
                int last = -w;
                for (int k = 0; k < naf.length; k++) {
                    int d = naf[k];
                    if (d != 0) {
                        assertTrue((d & 1) != 0 && Math.abs(d) < (1 << (w - 1)) && k - last >= w, "digit shape");
                        last = k;
                    }
                    sum = sum.add(BigInteger.valueOf(d).shiftLeft(k));
                }
                assertEquals(v, sum);
            }
        }
    }

    @Test
    void signedRadix16IsExactAndInRange() {
        Random rnd = new Random(5);
        for (int i = 0; i < 3000; i++) {
            BigInteger v = i == 0 ? BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE) : new BigInteger(255 - (i % 4), rnd);
            byte[] e = ScalarRecoding.signedRadix16(toLe(v, 32));
            BigInteger sum = BigInteger.ZERO;
            for (int k = 0; k < 64; k++) {
                assertTrue(e[k] >= -8 && e[k] <= 8);
                sum = sum.add(BigInteger.valueOf(e[k]).shiftLeft(4 * k));
            }
            assertEquals(v, sum);
        }
    }
}
