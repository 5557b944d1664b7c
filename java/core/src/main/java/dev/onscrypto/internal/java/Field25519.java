package dev.onscrypto.internal.java;

import java.math.BigInteger;

/**
 * Arithmetic in GF(p), p = 2<sup>255</sup> − 19, on five unsigned 51-bit limbs in a {@code long[5]}:
 * x = Σ x<sub>i</sub>·2<sup>51·i</sup>. Elements are not kept reduced; what matters is the size of the
 * limbs, in three classes (every limb non-negative):
 * <ul>
 * <li><b>carried</b>: limbs below 2<sup>51</sup> + 2<sup>17</sup>.
 *     Outputs of {@link #mul}, {@link #sqr}, {@link #sqrN}, {@link #mulSmall}, {@link #carry},
 *     {@link #decode} and {@link #reduce} (the last fully reduced, in [0, p)).</li>
 * <li><b>loose</b>: limbs below 3·2<sup>52</sup>. Accepted by {@link #mul}, {@link #sqr} and
 *     {@link #carry}. A sum of up to five carried elements, {@link #sub} of a carried element from a
 *     sum of up to two, {@link #subLoose} of a sum of two from a carried one, and {@link #neg} of a
 *     carried element are all loose.</li>
 * </ul>
 * {@link #sub} (bias 2p) needs a carried subtrahend, {@link #subLoose} (bias 4p) one below 2<sup>53</sup>
 * − 76 (the sum of two carried elements). Field25519Test checks every operation against BigInteger
 * at the corners of these bounds.
 *
 * <p>Products: a limb product is below 2<sup>108</sup>; it is split as
 * ⌊ab / 2<sup>51</sup>⌋ = {@code multiplyHigh(a << 9, b << 4)} (exact, the shifts cannot overflow in
 * the loose range even with b pre-multiplied by 38) and the low 64 bits {@code a * b}. Summed over a
 * column, H = Σ⌊ab/2<sup>51</sup>⌋ and L = Σab mod 2<sup>64</sup> give the column as
 * H·2<sup>51</sup> + R with R = L − H·2<sup>51</sup> (mod 2<sup>64</sup>), and R is exact because it
 * lies in [0, 5·2<sup>51</sup>). No 128-bit carries are ever needed. (These bounds need loose
 * operands below 3·2<sup>52</sup>: the largest column is below 693·2<sup>104</sup>.)
 *
 * <p>All operations except those named {@code …Var} run in time independent of the values, and all
 * accept aliased arguments.
 */
final class Field25519 {
    static final int SIZE = 5;

    private static final long M = (1L << 51) - 1;
    /** 2p and 4p, limb by limb. */
    private static final long P2_0 = (1L << 52) - 38;
    private static final long P2_N = (1L << 52) - 2;
    private static final long P4_0 = (1L << 53) - 76;
    private static final long P4_N = (1L << 53) - 4;

    private static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));

    /** d = −121665/121666, the edwards25519 curve constant (derived, not transcribed). */
    static final long[] D = fromBigInteger(BigInteger.valueOf(-121665)
            .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P));
    /** 2d, as used by the cached/precomputed addition operands. */
    static final long[] D2 = fromBigInteger(BigInteger.valueOf(-121665 * 2)
            .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P));
    /** A square root of −1: 2^((p−1)/4). */
    static final long[] SQRT_M1 = fromBigInteger(BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P));

    private Field25519() {
    }

    static long[] create() {
        return new long[SIZE];
    }

    /** The field element v for a small non-negative v (below 2^51). */
    static long[] small(long v) {
        long[] r = new long[SIZE];
        r[0] = v;
        return r;
    }

    /** A value in [0, p) as a reduced element. */
    static long[] fromBigInteger(BigInteger v) {
        long[] r = new long[SIZE];
        for (int i = 0; i < SIZE; i++) {
            r[i] = v.shiftRight(51 * i).longValue() & M;
        }
        return r;
    }

    /** The integer Σ x<sub>i</sub>·2<sup>51i</sup> (not reduced), for tests and setup. */
    static BigInteger toBigInteger(long[] x) {
        BigInteger r = BigInteger.ZERO;
        for (int i = SIZE - 1; i >= 0; i--) {
            r = r.shiftLeft(51).add(BigInteger.valueOf(x[i]));
        }
        return r;
    }

    static void zero(long[] r) {
        r[0] = 0;
        r[1] = 0;
        r[2] = 0;
        r[3] = 0;
        r[4] = 0;
    }

    static void one(long[] r) {
        r[0] = 1;
        r[1] = 0;
        r[2] = 0;
        r[3] = 0;
        r[4] = 0;
    }

    static void copy(long[] x, int xOff, long[] z, int zOff) {
        z[zOff] = x[xOff];
        z[zOff + 1] = x[xOff + 1];
        z[zOff + 2] = x[xOff + 2];
        z[zOff + 3] = x[xOff + 3];
        z[zOff + 4] = x[xOff + 4];
    }

    /** r = a + b, limb by limb. */
    static void add(long[] a, long[] b, long[] r) {
        r[0] = a[0] + b[0];
        r[1] = a[1] + b[1];
        r[2] = a[2] + b[2];
        r[3] = a[3] + b[3];
        r[4] = a[4] + b[4];
    }

    /** r = a − b + 2p; b carried. */
    static void sub(long[] a, long[] b, long[] r) {
        r[0] = a[0] + P2_0 - b[0];
        r[1] = a[1] + P2_N - b[1];
        r[2] = a[2] + P2_N - b[2];
        r[3] = a[3] + P2_N - b[3];
        r[4] = a[4] + P2_N - b[4];
    }

    /** r = a − b + 4p; b limbs at most 2^53 − 76 (e.g. a sum of two carried elements). */
    static void subLoose(long[] a, long[] b, long[] r) {
        r[0] = a[0] + P4_0 - b[0];
        r[1] = a[1] + P4_N - b[1];
        r[2] = a[2] + P4_N - b[2];
        r[3] = a[3] + P4_N - b[3];
        r[4] = a[4] + P4_N - b[4];
    }

    /** s = a + b, d = a − b + 2p (b carried); s and d distinct arrays, either may alias a or b. */
    static void apm(long[] a, long[] b, long[] s, long[] d) {
        long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4];
        long b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4];
        s[0] = a0 + b0;
        s[1] = a1 + b1;
        s[2] = a2 + b2;
        s[3] = a3 + b3;
        s[4] = a4 + b4;
        d[0] = a0 + P2_0 - b0;
        d[1] = a1 + P2_N - b1;
        d[2] = a2 + P2_N - b2;
        d[3] = a3 + P2_N - b3;
        d[4] = a4 + P2_N - b4;
    }

    /** r = −a + 2p; a carried. */
    static void neg(long[] a, long[] r) {
        r[0] = P2_0 - a[0];
        r[1] = P2_N - a[1];
        r[2] = P2_N - a[2];
        r[3] = P2_N - a[3];
        r[4] = P2_N - a[4];
    }

    /** r = a·b; a and b loose, r carried. */
    static void mul(long[] a, long[] b, long[] r) {
        long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4];
        long b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4];
        long c1 = 19 * b1, c2 = 19 * b2, c3 = 19 * b3, c4 = 19 * b4;
        long a0s = a0 << 9, a1s = a1 << 9, a2s = a2 << 9, a3s = a3 << 9, a4s = a4 << 9;
        long b0s = b0 << 4, b1s = b1 << 4, b2s = b2 << 4, b3s = b3 << 4, b4s = b4 << 4;
        long c1s = c1 << 4, c2s = c2 << 4, c3s = c3 << 4, c4s = c4 << 4;

        long h0 = Math.multiplyHigh(a0s, b0s) + Math.multiplyHigh(a1s, c4s) + Math.multiplyHigh(a2s, c3s)
                + Math.multiplyHigh(a3s, c2s) + Math.multiplyHigh(a4s, c1s);
        long l0 = a0 * b0 + a1 * c4 + a2 * c3 + a3 * c2 + a4 * c1;
        long h1 = Math.multiplyHigh(a0s, b1s) + Math.multiplyHigh(a1s, b0s) + Math.multiplyHigh(a2s, c4s)
                + Math.multiplyHigh(a3s, c3s) + Math.multiplyHigh(a4s, c2s);
        long l1 = a0 * b1 + a1 * b0 + a2 * c4 + a3 * c3 + a4 * c2;
        long h2 = Math.multiplyHigh(a0s, b2s) + Math.multiplyHigh(a1s, b1s) + Math.multiplyHigh(a2s, b0s)
                + Math.multiplyHigh(a3s, c4s) + Math.multiplyHigh(a4s, c3s);
        long l2 = a0 * b2 + a1 * b1 + a2 * b0 + a3 * c4 + a4 * c3;
        long h3 = Math.multiplyHigh(a0s, b3s) + Math.multiplyHigh(a1s, b2s) + Math.multiplyHigh(a2s, b1s)
                + Math.multiplyHigh(a3s, b0s) + Math.multiplyHigh(a4s, c4s);
        long l3 = a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0 + a4 * c4;
        long h4 = Math.multiplyHigh(a0s, b4s) + Math.multiplyHigh(a1s, b3s) + Math.multiplyHigh(a2s, b2s)
                + Math.multiplyHigh(a3s, b1s) + Math.multiplyHigh(a4s, b0s);
        long l4 = a0 * b4 + a1 * b3 + a2 * b2 + a3 * b1 + a4 * b0;
        finish(h0, l0, h1, l1, h2, l2, h3, l3, h4, l4, r);
    }

    /** r = a²; a loose, r carried. */
    static void sqr(long[] a, long[] r) {
        long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4];
        sqr(a0, a1, a2, a3, a4, r);
    }

    /** r = a^(2^n), n ≥ 1; a loose, r carried. */
    static void sqrN(long[] a, int n, long[] r) {
        sqr(a, r);
        for (int i = 1; i < n; i++) {
            sqr(r[0], r[1], r[2], r[3], r[4], r);
        }
    }

    private static void sqr(long a0, long a1, long a2, long a3, long a4, long[] r) {
        long d0 = 2 * a0, d1 = 2 * a1;
        long e3 = 19 * a3, e4 = 19 * a4;
        long f3 = 2 * e3, f4 = 2 * e4;
        long a0s = a0 << 9, a1s = a1 << 9, a2s = a2 << 9, a3s = a3 << 9, a4s = a4 << 9;
        long a0t = a0 << 4, a1t = a1 << 4, a2t = a2 << 4;
        long d0t = d0 << 4, d1t = d1 << 4, e3t = e3 << 4, e4t = e4 << 4, f3t = f3 << 4, f4t = f4 << 4;

        long h0 = Math.multiplyHigh(a0s, a0t) + Math.multiplyHigh(a1s, f4t) + Math.multiplyHigh(a2s, f3t);
        long l0 = a0 * a0 + a1 * f4 + a2 * f3;
        long h1 = Math.multiplyHigh(a1s, d0t) + Math.multiplyHigh(a2s, f4t) + Math.multiplyHigh(a3s, e3t);
        long l1 = a1 * d0 + a2 * f4 + a3 * e3;
        long h2 = Math.multiplyHigh(a2s, d0t) + Math.multiplyHigh(a1s, a1t) + Math.multiplyHigh(a3s, f4t);
        long l2 = a2 * d0 + a1 * a1 + a3 * f4;
        long h3 = Math.multiplyHigh(a3s, d0t) + Math.multiplyHigh(a2s, d1t) + Math.multiplyHigh(a4s, e4t);
        long l3 = a3 * d0 + a2 * d1 + a4 * e4;
        long h4 = Math.multiplyHigh(a4s, d0t) + Math.multiplyHigh(a3s, d1t) + Math.multiplyHigh(a2s, a2t);
        long l4 = a4 * d0 + a3 * d1 + a2 * a2;
        finish(h0, l0, h1, l1, h2, l2, h3, l3, h4, l4, r);
    }

    /**
     * Columns k = H<sub>k</sub>·2<sup>51</sup> + R<sub>k</sub> (R<sub>k</sub> = L<sub>k</sub> − H<sub>k</sub>·2<sup>51</sup>
     * &lt; 5·2<sup>51</sup>) to carried limbs with a short dependency chain: each H<sub>k</sub> moves up one
     * column at once (H<sub>4</sub> to column 0 times 19; every sum stays below 2<sup>63</sup> for loose
     * operands, H<sub>k</sub> &lt; 2<sup>62.5</sup>, 19·H<sub>4</sub> &lt; 2<sup>62.8</sup>), then one parallel round of
     * carries (each below 2<sup>12</sup>) leaves every limb below 2<sup>51</sup> + 19·2<sup>12</sup>.
     */
    private static void finish(long h0, long l0, long h1, long l1, long h2, long l2, long h3, long l3,
            long h4, long l4, long[] r) {
        long v0 = l0 - (h0 << 51) + 19 * h4;
        long v1 = l1 - (h1 << 51) + h0;
        long v2 = l2 - (h2 << 51) + h1;
        long v3 = l3 - (h3 << 51) + h2;
        long v4 = l4 - (h4 << 51) + h3;
        r[0] = (v0 & M) + 19 * (v4 >>> 51);
        r[1] = (v1 & M) + (v0 >>> 51);
        r[2] = (v2 & M) + (v1 >>> 51);
        r[3] = (v3 & M) + (v2 >>> 51);
        r[4] = (v4 & M) + (v3 >>> 51);
    }

    /** r = a·k for 0 ≤ k &lt; 2^31; a loose, r carried. */
    static void mulSmall(long[] a, int k, long[] r) {
        long ks = (long) k << 4;
        long c = 0;
        for (int i = 0; i < SIZE; i++) {
            long ai = a[i];
            long h = Math.multiplyHigh(ai << 9, ks);
            long v = ai * k - (h << 51) + c;
            r[i] = v & M;
            c = h + (v >>> 51);
        }
        long v = r[0] + 19 * c;
        r[0] = v & M;
        r[1] += v >>> 51;
    }

    /** Carries a in place: any non-negative limbs (below 2^63) in, carried out. Same value mod p. */
    static void carry(long[] a) {
        long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4];
        a1 += a0 >>> 51;
        a0 &= M;
        a2 += a1 >>> 51;
        a1 &= M;
        a3 += a2 >>> 51;
        a2 &= M;
        a4 += a3 >>> 51;
        a3 &= M;
        a0 += 19 * (a4 >>> 51);
        a4 &= M;
        a1 += a0 >>> 51;
        a0 &= M;
        a[0] = a0;
        a[1] = a1;
        a[2] = a2;
        a[3] = a3;
        a[4] = a4;
    }

    /** Fully reduces a in place into [0, p) (canonical limbs, each below 2^51). */
    static void reduce(long[] a) {
        carry(a);   // now below 2^255 + 2^63 < 2p
        long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4];
        // q = 1 iff a ≥ p, i.e. a + 19 ≥ 2^255.
        long q = (a0 + 19) >>> 51;
        q = (a1 + q) >>> 51;
        q = (a2 + q) >>> 51;
        q = (a3 + q) >>> 51;
        q = (a4 + q) >>> 51;
        // a − q·p = a + 19q − q·2^255.
        a0 += 19 * q;
        a1 += a0 >>> 51;
        a0 &= M;
        a2 += a1 >>> 51;
        a1 &= M;
        a3 += a2 >>> 51;
        a2 &= M;
        a4 += a3 >>> 51;
        a3 &= M;
        a4 &= M;
        a[0] = a0;
        a[1] = a1;
        a[2] = a2;
        a[3] = a3;
        a[4] = a4;
    }

    /** The canonical 32-byte little-endian encoding of a (any loose element); bit 255 is 0. */
    static void encode(long[] a, byte[] out, int off) {
        long[] t = a.clone();
        reduce(t);
        long w0 = t[0] | (t[1] << 51);
        long w1 = (t[1] >>> 13) | (t[2] << 38);
        long w2 = (t[2] >>> 26) | (t[3] << 25);
        long w3 = (t[3] >>> 39) | (t[4] << 12);
        putLong(w0, out, off);
        putLong(w1, out, off + 8);
        putLong(w2, out, off + 16);
        putLong(w3, out, off + 24);
    }

    /** r = the low 255 bits of in[off..off+32) (bit 255 ignored; the value may be ≥ p), carried. */
    static void decode(byte[] in, int off, long[] r) {
        long w0 = getLong(in, off);
        long w1 = getLong(in, off + 8);
        long w2 = getLong(in, off + 16);
        long w3 = getLong(in, off + 24);
        r[0] = w0 & M;
        r[1] = ((w0 >>> 51) | (w1 << 13)) & M;
        r[2] = ((w1 >>> 38) | (w2 << 26)) & M;
        r[3] = ((w2 >>> 25) | (w3 << 39)) & M;
        r[4] = (w3 >>> 12) & M;
    }

    private static long getLong(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xffL);
        }
        return v;
    }

    private static void putLong(long v, byte[] b, int off) {
        for (int i = 0; i < 8; i++) {
            b[off + i] = (byte) (v >>> (8 * i));
        }
    }

    /** r = a^(p−2) = 1/a (0 for a = 0), constant time; a loose. */
    static void invert(long[] a, long[] r) {
        long[] t = new long[SIZE];
        long[] z11 = new long[SIZE];
        pow2250m1(a, t, z11);
        sqrN(t, 5, t);          // a^(2^255 − 32)
        mul(t, z11, r);         // a^(2^255 − 21) = a^(p − 2)
    }

    /** r = a^((p−5)/8) = a^(2^252 − 3), the exponent of the square-root computation; a loose. */
    static void pow22523(long[] a, long[] r) {
        long[] t = new long[SIZE];
        long[] z11 = new long[SIZE];
        pow2250m1(a, t, z11);
        sqrN(t, 2, t);          // a^(2^252 − 4)
        mul(t, a, r);
    }

    /** out = a^(2^250 − 1), z11 = a^11. */
    private static void pow2250m1(long[] a, long[] out, long[] z11) {
        long[] t0 = new long[SIZE];
        long[] t1 = new long[SIZE];
        long[] t2 = new long[SIZE];
        sqr(a, t0);             // a^2
        sqrN(t0, 2, t1);        // a^8
        mul(t1, a, t1);         // a^9
        mul(t0, t1, z11);       // a^11
        sqr(z11, t0);           // a^22
        mul(t0, t1, t0);        // a^31 = a^(2^5 − 1)
        sqrN(t0, 5, t1);
        mul(t1, t0, t1);        // 2^10 − 1
        sqrN(t1, 10, t2);
        mul(t2, t1, t2);        // 2^20 − 1
        sqrN(t2, 20, out);
        mul(out, t2, out);      // 2^40 − 1
        sqrN(out, 10, out);
        mul(out, t1, t0);       // 2^50 − 1
        sqrN(t0, 50, t1);
        mul(t1, t0, t1);        // 2^100 − 1
        sqrN(t1, 100, t2);
        mul(t2, t1, t2);        // 2^200 − 1
        sqrN(t2, 50, t2);
        mul(t2, t0, out);       // 2^250 − 1
    }

    /**
     * x = √(u/v) if u/v is a square (then the root returned is some root, not reduced), for v ≠ 0;
     * returns false otherwise. Variable time (public inputs only): x = u·v³·(u·v⁷)^((p−5)/8), which
     * squares to ±u/v; a root of −u/v is fixed up by √−1. u and v loose.
     */
    static boolean sqrtRatioVar(long[] u, long[] v, long[] x) {
        long[] v3 = new long[SIZE];
        long[] t = new long[SIZE];
        sqr(v, v3);
        mul(v3, v, v3);         // v³
        sqr(v3, t);
        mul(t, v, t);           // v⁷
        mul(t, u, t);           // u·v⁷
        pow22523(t, t);
        mul(t, v3, t);
        mul(t, u, t);           // u·v³·(u·v⁷)^((p−5)/8)
        long[] check = new long[SIZE];
        sqr(t, check);
        mul(check, v, check);   // v·x²
        long[] uu = u.clone();
        reduce(uu);
        reduce(check);
        if (equalVar(check, uu)) {
            copy(t, 0, x, 0);
            return true;
        }
        neg(uu, uu);
        reduce(uu);
        if (equalVar(check, uu)) {
            mul(t, SQRT_M1, x);
            return true;
        }
        return false;
    }

    private static boolean equalVar(long[] a, long[] b) {
        return a[0] == b[0] && a[1] == b[1] && a[2] == b[2] && a[3] == b[3] && a[4] == b[4];
    }

    /** z[zOff..zOff+5) = x[xOff..xOff+5) where {@code mask} is −1; unchanged where it is 0. */
    static void cmov(long mask, long[] x, int xOff, long[] z, int zOff) {
        for (int i = 0; i < SIZE; i++) {
            long zi = z[zOff + i];
            z[zOff + i] = zi ^ ((zi ^ x[xOff + i]) & mask);
        }
    }

    /** Swaps a and b where {@code mask} is −1; leaves both where it is 0. */
    static void cswap(long mask, long[] a, long[] b) {
        for (int i = 0; i < SIZE; i++) {
            long d = (a[i] ^ b[i]) & mask;
            a[i] ^= d;
            b[i] ^= d;
        }
    }

    /** a = −a (as 2p − a) where {@code mask} is −1; a carried. */
    static void cneg(long mask, long[] a) {
        long[] n = new long[SIZE];
        neg(a, n);
        cmov(mask, n, 0, a, 0);
    }

    /** −1 if a == b, else 0, without branches (a, b small non-negative ints). */
    static int equalMask(int a, int b) {
        return ((a ^ b) - 1) >> 31;
    }

    /** 1 if a ≡ 0 (mod p), else 0; constant time, a loose. */
    static int isZero(long[] a) {
        long[] t = a.clone();
        reduce(t);
        long or = t[0] | t[1] | t[2] | t[3] | t[4];
        return (int) (((or - 1) & ~or) >>> 63);
    }

    /** The parity of a mod p (its "sign" in the point encoding); constant time, a loose. */
    static int isNegative(long[] a) {
        long[] t = a.clone();
        reduce(t);
        return (int) (t[0] & 1);
    }

    /** Parity of x; x must be reduced. */
    static int parity(long[] x) {
        return (int) (x[0] & 1);
    }
}
