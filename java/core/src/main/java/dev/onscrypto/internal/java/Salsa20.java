package dev.onscrypto.internal.java;

/**
 * Salsa20/20 with a 64-bit block counter (words 8–9) and a 64-bit nonce (words 6–7), keyed for
 * XSalsa20 with the HSalsa20 subkey of a 24-byte nonce — libsodium's crypto_stream_xsalsa20, the
 * stream under crypto_secretbox.
 */
final class Salsa20 extends KeystreamCipher {
    // The SIGMA words (KeystreamCipher) go at the diagonal positions 0, 5, 10, 15.

    private Salsa20() {}

    /**
     * XSalsa20: key = HSalsa20(key, nonce[0..16]) (the Salsa20 rounds without the feed-forward, keeping
     * words 0, 5, 10, 15, 6, 7, 8, 9; libsodium crypto_core_hsalsa20), Salsa20 nonce = nonce[16..24].
     */
    static Salsa20 xsalsa(byte[] key, byte[] nonce24) {
        Salsa20 c = new Salsa20();
        int[] s = c.state;
        s[0] = SIGMA0;
        s[5] = SIGMA1;
        s[10] = SIGMA2;
        s[15] = SIGMA3;
        for (int i = 0; i < 4; i++) {
            s[1 + i] = (int) LE_INT.get(key, 4 * i);
            s[11 + i] = (int) LE_INT.get(key, 16 + 4 * i);
            s[6 + i] = (int) LE_INT.get(nonce24, 4 * i);
        }
        rounds(s);
        int k0 = s[0], k1 = s[5], k2 = s[10], k3 = s[15], k4 = s[6], k5 = s[7], k6 = s[8], k7 = s[9];
        s[0] = SIGMA0;
        s[1] = k0;
        s[2] = k1;
        s[3] = k2;
        s[4] = k3;
        s[5] = SIGMA1;
        s[6] = (int) LE_INT.get(nonce24, 16);
        s[7] = (int) LE_INT.get(nonce24, 20);
        s[8] = 0; // the counter: block() adds it
        s[9] = 0;
        s[10] = SIGMA2;
        s[11] = k4;
        s[12] = k5;
        s[13] = k6;
        s[14] = k7;
        s[15] = SIGMA3;
        return c;
    }

    @Override
    void block(long counter, int[] out) {
        int[] s = state;
        int lo = (int) counter;
        int hi = (int) (counter >>> 32);
        System.arraycopy(s, 0, out, 0, 16);
        out[8] = lo;
        out[9] = hi;
        rounds(out);
        for (int i = 0; i < 16; i++) {
            out[i] += s[i];
        }
        out[8] += lo;
        out[9] += hi;
    }

    /** The 20 Salsa20 rounds (10 column + row double rounds) over {@code x} in place. */
    static void rounds(int[] x) {
        int x0 = x[0], x1 = x[1], x2 = x[2], x3 = x[3];
        int x4 = x[4], x5 = x[5], x6 = x[6], x7 = x[7];
        int x8 = x[8], x9 = x[9], x10 = x[10], x11 = x[11];
        int x12 = x[12], x13 = x[13], x14 = x[14], x15 = x[15];
        for (int i = 0; i < 10; i++) {
            // column round
            x4 ^= Integer.rotateLeft(x0 + x12, 7);
            x8 ^= Integer.rotateLeft(x4 + x0, 9);
            x12 ^= Integer.rotateLeft(x8 + x4, 13);
            x0 ^= Integer.rotateLeft(x12 + x8, 18);
            x9 ^= Integer.rotateLeft(x5 + x1, 7);
            x13 ^= Integer.rotateLeft(x9 + x5, 9);
            x1 ^= Integer.rotateLeft(x13 + x9, 13);
            x5 ^= Integer.rotateLeft(x1 + x13, 18);
            x14 ^= Integer.rotateLeft(x10 + x6, 7);
            x2 ^= Integer.rotateLeft(x14 + x10, 9);
            x6 ^= Integer.rotateLeft(x2 + x14, 13);
            x10 ^= Integer.rotateLeft(x6 + x2, 18);
            x3 ^= Integer.rotateLeft(x15 + x11, 7);
            x7 ^= Integer.rotateLeft(x3 + x15, 9);
            x11 ^= Integer.rotateLeft(x7 + x3, 13);
            x15 ^= Integer.rotateLeft(x11 + x7, 18);
            // row round
            x1 ^= Integer.rotateLeft(x0 + x3, 7);
            x2 ^= Integer.rotateLeft(x1 + x0, 9);
            x3 ^= Integer.rotateLeft(x2 + x1, 13);
            x0 ^= Integer.rotateLeft(x3 + x2, 18);
            x6 ^= Integer.rotateLeft(x5 + x4, 7);
            x7 ^= Integer.rotateLeft(x6 + x5, 9);
            x4 ^= Integer.rotateLeft(x7 + x6, 13);
            x5 ^= Integer.rotateLeft(x4 + x7, 18);
            x11 ^= Integer.rotateLeft(x10 + x9, 7);
            x8 ^= Integer.rotateLeft(x11 + x10, 9);
            x9 ^= Integer.rotateLeft(x8 + x11, 13);
            x10 ^= Integer.rotateLeft(x9 + x8, 18);
            x12 ^= Integer.rotateLeft(x15 + x14, 7);
            x13 ^= Integer.rotateLeft(x12 + x15, 9);
            x14 ^= Integer.rotateLeft(x13 + x12, 13);
            x15 ^= Integer.rotateLeft(x14 + x13, 18);
        }
        x[0] = x0; x[1] = x1; x[2] = x2; x[3] = x3;
        x[4] = x4; x[5] = x5; x[6] = x6; x[7] = x7;
        x[8] = x8; x[9] = x9; x[10] = x10; x[11] = x11;
        x[12] = x12; x[13] = x13; x[14] = x14; x[15] = x15;
    }
}
