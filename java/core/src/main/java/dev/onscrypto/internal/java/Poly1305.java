package dev.onscrypto.internal.java;

import static dev.onscrypto.internal.java.KeystreamCipher.LE_INT;

/**
 * Poly1305 (RFC 8439 §2.5) in radix 2^26: five 26-bit limbs, so every product fits a long (the layout
 * of poly1305-donna's 32-bit version, which libsodium's poly1305_donna32.h also uses). Our own rather
 * than Bouncy Castle's so that the one-time key and the accumulator are fields we zero ({@link #wipe}),
 * and so that blocks are read straight from the caller's array. One instance authenticates one message.
 */
final class Poly1305 {
    static final int TAG = 16;
    private static final int M26 = 0x3ffffff;
    private static final int FULL_BLOCK_BIT = 1 << 24; // 2^128 in limb 4: every block but a short final one

    private int r0, r1, r2, r3, r4;
    private int s1, s2, s3, s4; // 5·r_i: 2^130 ≡ 5 folds the high products back
    private int h0, h1, h2, h3, h4;
    private int pad0, pad1, pad2, pad3;
    private final byte[] last = new byte[TAG]; // a short block, padded

    /** Keyed with the 32-byte one-time key held as eight little-endian words, {@code key[0..8]}. */
    Poly1305(int[] key) {
        int t0 = key[0], t1 = key[1], t2 = key[2], t3 = key[3];
        // r is clamped (RFC 8439 §2.5: top four bits of bytes 3, 7, 11, 15 and low two of 4, 8, 12 cleared).
        r0 = t0 & 0x3ffffff;
        r1 = ((t0 >>> 26) | (t1 << 6)) & 0x3ffff03;
        r2 = ((t1 >>> 20) | (t2 << 12)) & 0x3ffc0ff;
        r3 = ((t2 >>> 14) | (t3 << 18)) & 0x3f03fff;
        r4 = (t3 >>> 8) & 0x00fffff;
        s1 = r1 * 5;
        s2 = r2 * 5;
        s3 = r3 * 5;
        s4 = r4 * 5;
        pad0 = key[4];
        pad1 = key[5];
        pad2 = key[6];
        pad3 = key[7];
    }

    /** The whole message (or its last part after 16-byte multiples): a short final block gets the 0x01 pad. */
    void update(byte[] m, int off, int len) {
        int full = len & ~(TAG - 1);
        blocks(m, off, full, FULL_BLOCK_BIT);
        int rest = len - full;
        if (rest > 0) {
            System.arraycopy(m, off + full, last, 0, rest);
            last[rest] = 1;
            java.util.Arrays.fill(last, rest + 1, TAG, (byte) 0);
            blocks(last, 0, TAG, 0);
        }
    }

    /** Data zero-padded to a multiple of 16 bytes, as the AEAD construction of RFC 8439 §2.8 feeds it. */
    void updatePadded(byte[] m, int off, int len) {
        int full = len & ~(TAG - 1);
        blocks(m, off, full, FULL_BLOCK_BIT);
        int rest = len - full;
        if (rest > 0) {
            System.arraycopy(m, off + full, last, 0, rest);
            java.util.Arrays.fill(last, rest, TAG, (byte) 0);
            blocks(last, 0, TAG, FULL_BLOCK_BIT);
        }
    }

    /** The RFC 8439 §2.8 length block: le64(adLength) ‖ le64(ciphertextLength). */
    void updateLengths(long adLength, long ciphertextLength) {
        LE_INT.set(last, 0, (int) adLength);
        LE_INT.set(last, 4, (int) (adLength >>> 32));
        LE_INT.set(last, 8, (int) ciphertextLength);
        LE_INT.set(last, 12, (int) (ciphertextLength >>> 32));
        blocks(last, 0, TAG, FULL_BLOCK_BIT);
    }

    /** Writes the 16-byte tag at {@code out[off]} and wipes this instance. */
    void finish(byte[] out, int off) {
        tag();
        LE_INT.set(out, off, h0);
        LE_INT.set(out, off + 4, h1);
        LE_INT.set(out, off + 8, h2);
        LE_INT.set(out, off + 12, h3);
        wipe();
    }

    /**
     * Whether the tag equals the 16 bytes at {@code expected[off]}, compared in constant time (every word
     * is looked at whatever the others hold, as libsodium's crypto_verify_16); wipes this instance.
     */
    boolean verify(byte[] expected, int off) {
        tag();
        int diff = (h0 ^ (int) LE_INT.get(expected, off)) | (h1 ^ (int) LE_INT.get(expected, off + 4))
                | (h2 ^ (int) LE_INT.get(expected, off + 8)) | (h3 ^ (int) LE_INT.get(expected, off + 12));
        wipe();
        return diff == 0;
    }

    /** Zeroes the key, the accumulator and the padding buffer. */
    void wipe() {
        r0 = r1 = r2 = r3 = r4 = 0;
        s1 = s2 = s3 = s4 = 0;
        h0 = h1 = h2 = h3 = h4 = 0;
        pad0 = pad1 = pad2 = pad3 = 0;
        java.util.Arrays.fill(last, (byte) 0);
    }

    /** h = (h + block) · r mod 2^130 − 5 for each 16-byte block of {@code m[off..off+len]}, len a multiple of 16. */
    private void blocks(byte[] m, int off, int len, int hibit) {
        final long r0 = this.r0, r1 = this.r1, r2 = this.r2, r3 = this.r3, r4 = this.r4;
        final long s1 = this.s1, s2 = this.s2, s3 = this.s3, s4 = this.s4;
        int h0 = this.h0, h1 = this.h1, h2 = this.h2, h3 = this.h3, h4 = this.h4;
        for (int end = off + len; off < end; off += TAG) {
            int t0 = (int) LE_INT.get(m, off);
            int t1 = (int) LE_INT.get(m, off + 4);
            int t2 = (int) LE_INT.get(m, off + 8);
            int t3 = (int) LE_INT.get(m, off + 12);
            h0 += t0 & M26;
            h1 += ((t0 >>> 26) | (t1 << 6)) & M26;
            h2 += ((t1 >>> 20) | (t2 << 12)) & M26;
            h3 += ((t2 >>> 14) | (t3 << 18)) & M26;
            h4 += (t3 >>> 8) | hibit;

            long d0 = h0 * r0 + h1 * s4 + h2 * s3 + h3 * s2 + h4 * s1;
            long d1 = h0 * r1 + h1 * r0 + h2 * s4 + h3 * s3 + h4 * s2;
            long d2 = h0 * r2 + h1 * r1 + h2 * r0 + h3 * s4 + h4 * s3;
            long d3 = h0 * r3 + h1 * r2 + h2 * r1 + h3 * r0 + h4 * s4;
            long d4 = h0 * r4 + h1 * r3 + h2 * r2 + h3 * r1 + h4 * r0;

            d1 += d0 >>> 26;
            h0 = (int) d0 & M26;
            d2 += d1 >>> 26;
            h1 = (int) d1 & M26;
            d3 += d2 >>> 26;
            h2 = (int) d2 & M26;
            d4 += d3 >>> 26;
            h3 = (int) d3 & M26;
            long c = (d4 >>> 26) * 5 + h0;
            h4 = (int) d4 & M26;
            h0 = (int) c & M26;
            h1 += (int) (c >>> 26);
        }
        this.h0 = h0;
        this.h1 = h1;
        this.h2 = h2;
        this.h3 = h3;
        this.h4 = h4;
    }

    /** Reduces h fully mod 2^130 − 5, adds the pad mod 2^128 and leaves the tag's four words in h0..h3. */
    private void tag() {
        int h0 = this.h0, h1 = this.h1, h2 = this.h2, h3 = this.h3, h4 = this.h4;
        int c;
        c = h1 >>> 26; h1 &= M26; h2 += c;
        c = h2 >>> 26; h2 &= M26; h3 += c;
        c = h3 >>> 26; h3 &= M26; h4 += c;
        c = h4 >>> 26; h4 &= M26; h0 += c * 5;
        c = h0 >>> 26; h0 &= M26; h1 += c;

        // g = h + 5 − 2^130; take g when it did not go negative (h ≥ p), else h — without a branch.
        int g0 = h0 + 5;
        c = g0 >>> 26; g0 &= M26;
        int g1 = h1 + c;
        c = g1 >>> 26; g1 &= M26;
        int g2 = h2 + c;
        c = g2 >>> 26; g2 &= M26;
        int g3 = h3 + c;
        c = g3 >>> 26; g3 &= M26;
        int g4 = h4 + c - (1 << 26);
        int useG = (g4 >>> 31) - 1; // all ones when g4 ≥ 0
        h0 = (h0 & ~useG) | (g0 & useG);
        h1 = (h1 & ~useG) | (g1 & useG);
        h2 = (h2 & ~useG) | (g2 & useG);
        h3 = (h3 & ~useG) | (g3 & useG);
        h4 = (h4 & ~useG) | (g4 & useG);

        // h mod 2^128 as four 32-bit words, plus the pad with carries.
        long f0 = ((h0 | (h1 << 26)) & 0xffffffffL) + (pad0 & 0xffffffffL);
        long f1 = (((h1 >>> 6) | (h2 << 20)) & 0xffffffffL) + (pad1 & 0xffffffffL) + (f0 >>> 32);
        long f2 = (((h2 >>> 12) | (h3 << 14)) & 0xffffffffL) + (pad2 & 0xffffffffL) + (f1 >>> 32);
        long f3 = (((h3 >>> 18) | (h4 << 8)) & 0xffffffffL) + (pad3 & 0xffffffffL) + (f2 >>> 32);
        this.h0 = (int) f0;
        this.h1 = (int) f1;
        this.h2 = (int) f2;
        this.h3 = (int) f3;
        this.h4 = 0;
    }
}
