package dev.onscrypto.internal.java;

/**
 * Signed-digit recodings of 256-bit little-endian scalars for the scalar-multiplication loops:
 * a constant-time radix-16 form for secret scalars and a variable-time width-w NAF for public ones.
 */
final class ScalarRecoding {

    /** Digits of a width-w NAF of a 256-bit value: a carry may reach bit 256, never beyond. */
    static final int NAF_LENGTH = 257;

    private ScalarRecoding() {
    }

    /**
     * 64 digits e<sub>i</sub> ∈ [−8, 8] with s = Σ e<sub>i</sub>·16<sup>i</sup>, for s &lt; 2<sup>255</sup>.
     * Constant time: each nibble is re-centred with an arithmetic shift, never a branch, so the
     * digits can index a table only through a constant-time scan.
     */
    static byte[] signedRadix16(byte[] s) {
        byte[] e = new byte[64];
        for (int i = 0; i < 32; i++) {
            e[2 * i] = (byte) (s[i] & 0x0f);
            e[2 * i + 1] = (byte) ((s[i] >>> 4) & 0x0f);
        }
        int carry = 0;
        for (int i = 0; i < 63; i++) {
            int v = e[i] + carry;           // 0..16
            carry = (v + 8) >> 4;           // 1 when v ≥ 8: borrow 16 from the next digit
            e[i] = (byte) (v - (carry << 4)); // −8..7
        }
        e[63] = (byte) (e[63] + carry);     // ≤ 8 because the top nibble is ≤ 7
        return e;
    }

    /**
     * Width-w NAF of the 256-bit little-endian value s (variable time: public scalars only). Every
     * non-zero digit is odd with |d| &lt; 2<sup>w−1</sup> and is followed by at least w−1 zeros, and
     * s = Σ naf[i]·2<sup>i</sup> exactly (no reduction mod l: small-order components of a point must
     * see the true integer). Digits are bytes, so 2 ≤ w ≤ 8.
     */
    static byte[] wnaf(byte[] s, int w) {
        byte[] naf = new byte[NAF_LENGTH];
        int full = 1 << w;
        int half = full >>> 1;
        int carry = 0;
        int i = 0;
        while (i < NAF_LENGTH) {
            if (bit(s, i) == carry) {
                // bit + carry is 0 or 2: digit 0, and a pending carry moves on unchanged.
                i++;
                continue;
            }
            // bit + carry is 1, so the w-bit window plus the carry is odd and below 2^w.
            int v = bits(s, i, w) + carry;
            if (v > half) {
                naf[i] = (byte) (v - full);
                carry = 1;
            } else {
                naf[i] = (byte) v;
                carry = 0;
            }
            // The chosen digit clears bits i..i+w-1; a carry (only when bit i+w-1 was set, so
            // i+w ≤ 256) continues at i+w.
            i += w;
        }
        return naf;
    }

    private static int bit(byte[] s, int i) {
        return i < 256 ? (s[i >>> 3] >>> (i & 7)) & 1 : 0;
    }

    /** Bits i..i+w−1 of s (w ≤ 16), bits at or above 256 reading as zero. */
    private static int bits(byte[] s, int i, int w) {
        int at = i >>> 3;
        int word = 0;
        for (int k = 2; k >= 0; k--) {
            word <<= 8;
            if (at + k < 32) {
                word |= s[at + k] & 0xff;
            }
        }
        return (word >>> (i & 7)) & ((1 << w) - 1);
    }
}
