package dev.onscrypto.internal.java;

/**
 * ChaCha20 with the IETF layout (RFC 8439 §2.3: 32-bit block counter in word 12, 96-bit nonce in words
 * 13–15), keyed either directly or, for XChaCha20, with the HChaCha20 subkey of a 24-byte nonce
 * (draft-irtf-cfrg-xchacha §2.3; libsodium crypto_aead_xchacha20poly1305_ietf_*).
 */
final class ChaCha20 extends KeystreamCipher {
    // The SIGMA words (KeystreamCipher) go in words 0..3.

    private ChaCha20() {}

    /** IETF ChaCha20 with a 32-byte key and a 12-byte nonce. */
    static ChaCha20 ietf(byte[] key, byte[] nonce12) {
        ChaCha20 c = new ChaCha20();
        int[] s = c.state;
        setConstantsAndKey(s, key);
        s[13] = (int) LE_INT.get(nonce12, 0);
        s[14] = (int) LE_INT.get(nonce12, 4);
        s[15] = (int) LE_INT.get(nonce12, 8);
        return c;
    }

    /**
     * XChaCha20: key = HChaCha20(key, nonce[0..16]), IETF nonce = 00000000 ‖ nonce[16..24] (libsodium
     * crypto_stream_xchacha20.c builds the same 12-byte nonce with four zero bytes first).
     */
    static ChaCha20 xchacha(byte[] key, byte[] nonce24) {
        ChaCha20 c = new ChaCha20();
        int[] s = c.state;
        setConstantsAndKey(s, key);
        s[12] = (int) LE_INT.get(nonce24, 0);
        s[13] = (int) LE_INT.get(nonce24, 4);
        s[14] = (int) LE_INT.get(nonce24, 8);
        s[15] = (int) LE_INT.get(nonce24, 12);
        // HChaCha20 in place: the rounds without the feed-forward, keeping words 0–3 and 12–15 as the key.
        rounds(s);
        s[4] = s[0];
        s[5] = s[1];
        s[6] = s[2];
        s[7] = s[3];
        s[8] = s[12];
        s[9] = s[13];
        s[10] = s[14];
        s[11] = s[15];
        s[0] = SIGMA0;
        s[1] = SIGMA1;
        s[2] = SIGMA2;
        s[3] = SIGMA3;
        s[12] = 0;
        s[13] = 0;
        s[14] = (int) LE_INT.get(nonce24, 16);
        s[15] = (int) LE_INT.get(nonce24, 20);
        return c;
    }

    private static void setConstantsAndKey(int[] s, byte[] key) {
        s[0] = SIGMA0;
        s[1] = SIGMA1;
        s[2] = SIGMA2;
        s[3] = SIGMA3;
        for (int i = 0; i < 8; i++) {
            s[4 + i] = (int) LE_INT.get(key, 4 * i);
        }
    }

    @Override
    void block(long counter, int[] out) {
        int[] s = state;
        System.arraycopy(s, 0, out, 0, 16);
        out[12] = (int) counter;
        rounds(out);
        for (int i = 0; i < 16; i++) {
            out[i] += s[i];
        }
        out[12] += (int) counter;
    }

    /** The 20 ChaCha rounds (10 column + diagonal double rounds, RFC 8439 §2.3) over {@code x} in place. */
    static void rounds(int[] x) {
        int x0 = x[0], x1 = x[1], x2 = x[2], x3 = x[3];
        int x4 = x[4], x5 = x[5], x6 = x[6], x7 = x[7];
        int x8 = x[8], x9 = x[9], x10 = x[10], x11 = x[11];
        int x12 = x[12], x13 = x[13], x14 = x[14], x15 = x[15];
        for (int i = 0; i < 10; i++) {
            // column round: quarter rounds on (0,4,8,12) (1,5,9,13) (2,6,10,14) (3,7,11,15)
            x0 += x4; x12 = Integer.rotateLeft(x12 ^ x0, 16); x8 += x12; x4 = Integer.rotateLeft(x4 ^ x8, 12);
            x0 += x4; x12 = Integer.rotateLeft(x12 ^ x0, 8); x8 += x12; x4 = Integer.rotateLeft(x4 ^ x8, 7);
            x1 += x5; x13 = Integer.rotateLeft(x13 ^ x1, 16); x9 += x13; x5 = Integer.rotateLeft(x5 ^ x9, 12);
            x1 += x5; x13 = Integer.rotateLeft(x13 ^ x1, 8); x9 += x13; x5 = Integer.rotateLeft(x5 ^ x9, 7);
            x2 += x6; x14 = Integer.rotateLeft(x14 ^ x2, 16); x10 += x14; x6 = Integer.rotateLeft(x6 ^ x10, 12);
            x2 += x6; x14 = Integer.rotateLeft(x14 ^ x2, 8); x10 += x14; x6 = Integer.rotateLeft(x6 ^ x10, 7);
            x3 += x7; x15 = Integer.rotateLeft(x15 ^ x3, 16); x11 += x15; x7 = Integer.rotateLeft(x7 ^ x11, 12);
            x3 += x7; x15 = Integer.rotateLeft(x15 ^ x3, 8); x11 += x15; x7 = Integer.rotateLeft(x7 ^ x11, 7);
            // diagonal round: (0,5,10,15) (1,6,11,12) (2,7,8,13) (3,4,9,14)
            x0 += x5; x15 = Integer.rotateLeft(x15 ^ x0, 16); x10 += x15; x5 = Integer.rotateLeft(x5 ^ x10, 12);
            x0 += x5; x15 = Integer.rotateLeft(x15 ^ x0, 8); x10 += x15; x5 = Integer.rotateLeft(x5 ^ x10, 7);
            x1 += x6; x12 = Integer.rotateLeft(x12 ^ x1, 16); x11 += x12; x6 = Integer.rotateLeft(x6 ^ x11, 12);
            x1 += x6; x12 = Integer.rotateLeft(x12 ^ x1, 8); x11 += x12; x6 = Integer.rotateLeft(x6 ^ x11, 7);
            x2 += x7; x13 = Integer.rotateLeft(x13 ^ x2, 16); x8 += x13; x7 = Integer.rotateLeft(x7 ^ x8, 12);
            x2 += x7; x13 = Integer.rotateLeft(x13 ^ x2, 8); x8 += x13; x7 = Integer.rotateLeft(x7 ^ x8, 7);
            x3 += x4; x14 = Integer.rotateLeft(x14 ^ x3, 16); x9 += x14; x4 = Integer.rotateLeft(x4 ^ x9, 12);
            x3 += x4; x14 = Integer.rotateLeft(x14 ^ x3, 8); x9 += x14; x4 = Integer.rotateLeft(x4 ^ x9, 7);
        }
        x[0] = x0; x[1] = x1; x[2] = x2; x[3] = x3;
        x[4] = x4; x[5] = x5; x[6] = x6; x[7] = x7;
        x[8] = x8; x[9] = x9; x[10] = x10; x[11] = x11;
        x[12] = x12; x[13] = x13; x[14] = x14; x[15] = x15;
    }
}
