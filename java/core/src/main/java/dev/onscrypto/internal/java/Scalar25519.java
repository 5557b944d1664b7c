package dev.onscrypto.internal.java;

import java.util.Arrays;

/**
 * Arithmetic on 32-byte little-endian scalars modulo the ed25519 group order
 * l = 2<sup>252</sup> + δ, δ = 27742317777372353535851937790883648493.
 *
 * <p>Inputs are any 256-bit (or, for {@link #reduce64}, 512-bit) values; outputs are always fully
 * reduced (0 ≤ s &lt; l). Everything runs in constant time for secret inputs: numbers are held in
 * fixed-length arrays of signed 21-bit limbs in {@code long}s, limbs at or above bit 252 are folded
 * down with 2<sup>252</sup> ≡ −δ (mod l), and the final correction into [0, l) uses masks instead of
 * branches. 21-bit limbs leave enough headroom that a 13×13-limb schoolbook product and every fold
 * stay far below 2<sup>63</sup> (bounds are noted at each step of {@link #reduceWide}).
 */
public final class Scalar25519 {

    private static final int LIMB_BITS = 21;
    private static final long LIMB_MASK = (1L << LIMB_BITS) - 1;
    /** Limbs of a 256-bit input: 12 full limbs below bit 252 and a 4-bit limb 12. */
    private static final int NARROW_LIMBS = 13;
    /** Limbs of a 512-bit value (limb 24 holds bits 504..511). */
    private static final int WIDE_LIMBS = 25;

    /** δ = l − 2<sup>252</sup> (125 bits) as six 21-bit limbs. */
    private static final long[] DELTA = {1430509, 1626855, 1442968, 997804, 1960495, 683900};

    /** l as 13 limbs: δ in limbs 0..5 and 2<sup>252</sup> as limb 12 = 1. */
    private static final long[] L_LIMBS = {1430509, 1626855, 1442968, 997804, 1960495, 683900,
        0, 0, 0, 0, 0, 0, 1};

    /** l as 32 little-endian bytes, for the canonicity check. */
    private static final byte[] L_BYTES = {
        (byte) 0xed, (byte) 0xd3, (byte) 0xf5, (byte) 0x5c, (byte) 0x1a, (byte) 0x63, (byte) 0x12, (byte) 0x58,
        (byte) 0xd6, (byte) 0x9c, (byte) 0xf7, (byte) 0xa2, (byte) 0xde, (byte) 0xf9, (byte) 0xde, (byte) 0x14,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0x10};

    private Scalar25519() {
    }

    /**
     * Whether {@code s} &lt; l (so s = l itself is rejected), as oxen-core's {@code sc_check} and
     * libsodium's {@code sc25519_is_canonical}. Constant time: the borrow of s − l decides.
     */
    public static boolean isCanonical(byte[] s) {
        int borrow = 0;
        for (int i = 0; i < 32; i++) {
            int diff = (s[i] & 0xff) - (L_BYTES[i] & 0xff) - borrow;
            borrow = (diff >>> 31); // 1 iff this byte position borrowed
        }
        return borrow == 1;
    }

    /** s mod l for a 32-byte s (any 256-bit value). */
    public static byte[] reduce32(byte[] s) {
        long[] t = new long[WIDE_LIMBS];
        load(s, 32, t);
        return finish(t);
    }

    /** s mod l for a 64-byte s (any 512-bit value), e.g. a SHA-512 output. */
    public static byte[] reduce64(byte[] s64) {
        long[] t = new long[WIDE_LIMBS];
        load(s64, 64, t);
        return finish(t);
    }

    /** (a + b) mod l. */
    public static byte[] add(byte[] a, byte[] b) {
        long[] t = new long[WIDE_LIMBS];
        long[] u = new long[NARROW_LIMBS];
        load(a, 32, t);
        load(b, 32, u);
        for (int i = 0; i < NARROW_LIMBS; i++) {
            t[i] += u[i];
        }
        Arrays.fill(u, 0);
        return finish(t);
    }

    /** (a · b) mod l. */
    public static byte[] mul(byte[] a, byte[] b) {
        long[] t = new long[WIDE_LIMBS];
        multiply(a, b, t);
        return finish(t);
    }

    /** (c − a·b) mod l (oxen-core {@code sc_mulsub}). */
    public static byte[] mulSub(byte[] a, byte[] b, byte[] c) {
        long[] t = new long[WIDE_LIMBS];
        long[] u = new long[NARROW_LIMBS];
        multiply(a, b, t);
        load(c, 32, u);
        for (int i = 0; i < WIDE_LIMBS; i++) {
            t[i] = -t[i];
        }
        for (int i = 0; i < NARROW_LIMBS; i++) {
            t[i] += u[i];
        }
        Arrays.fill(u, 0);
        return finish(t);
    }

    /** Schoolbook product of two 256-bit values into 25 unreduced limbs (each below 13·2^42 &lt; 2^46). */
    private static void multiply(byte[] a, byte[] b, long[] t) {
        long[] x = new long[NARROW_LIMBS];
        long[] y = new long[NARROW_LIMBS];
        load(a, 32, x);
        load(b, 32, y);
        for (int i = 0; i < NARROW_LIMBS; i++) {
            long xi = x[i];
            for (int j = 0; j < NARROW_LIMBS; j++) {
                t[i + j] += xi * y[j];
            }
        }
        Arrays.fill(x, 0);
        Arrays.fill(y, 0);
    }

    /** Reduces, serialises and wipes the working limbs. */
    private static byte[] finish(long[] t) {
        reduceWide(t);
        byte[] out = store(t);
        Arrays.fill(t, 0);
        return out;
    }

    /**
     * Reduces the 25-limb signed value in {@code t} (each |limb| &lt; 2^47, total |value| &lt; 2^513)
     * modulo l, leaving the canonical value in limbs 0..12 (see {@link #canonicalize}) and zeros
     * above. The schedule is fixed, so the running time does not depend on the value.
     */
    private static void reduceWide(long[] t) {
        // Limbs 0..23 into [-2^20, 2^20]; limb 24 takes the rest of the value (|t24| < 2^10).
        carryRound(t, 0, 24);
        // Fold the top seven limbs: limb i lands on limbs i-12..i-7, all below 18, so a limb is
        // never folded after it has been added to. Each target gets at most 6 products < 2^41.
        for (int i = 24; i >= 18; i--) {
            fold(t, i);
        }
        // Limbs 0..17 back to 21 bits; the carry out (|t18| < 2^24) is folded right away.
        carryRound(t, 0, 18);
        fold(t, 18);
        for (int i = 17; i >= 12; i--) {
            fold(t, i);
        }
        // Now only limbs 0..11 are non-zero (|limb| < 2^47): |value| < 2^278.
        carryRound(t, 0, 12);
        fold(t, 12);   // |t12| < 2^26 before: products < 2^47
        carryRound(t, 0, 12);
        // |value| < 2^251·(1 + 2^-20) + 2^151 < 2^252, so t12 ∈ {-1, 0, 1}.
        fold(t, 12);
        // |value| < 2^252 < l: one conditional add and one conditional subtract make it canonical.
        canonicalize(t);
    }

    /** t[i] ≡ t[i] mod l by 2^252 ≡ −δ: moves limb i onto limbs i−12..i−7 and clears it. */
    private static void fold(long[] t, int i) {
        long v = t[i];
        t[i] = 0;
        int base = i - 12;
        t[base] -= v * DELTA[0];
        t[base + 1] -= v * DELTA[1];
        t[base + 2] -= v * DELTA[2];
        t[base + 3] -= v * DELTA[3];
        t[base + 4] -= v * DELTA[4];
        t[base + 5] -= v * DELTA[5];
    }

    /** Signed carries: limbs from..to-1 into [-2^20, 2^20), the excess added to limb {@code to}. */
    private static void carryRound(long[] t, int from, int to) {
        for (int i = from; i < to; i++) {
            long c = (t[i] + (1L << (LIMB_BITS - 1))) >> LIMB_BITS;
            t[i] -= c << LIMB_BITS;
            t[i + 1] += c;
        }
    }

    /** Floor carries: limbs 0..11 into [0, 2^21), limb 12 keeps the (signed) rest. */
    private static void carryFloor(long[] t) {
        for (int i = 0; i < 12; i++) {
            long c = t[i] >> LIMB_BITS;
            t[i] &= LIMB_MASK;
            t[i + 1] += c;
        }
    }

    /**
     * Maps a value in [−l, 2l) held in limbs 0..12 to [0, l): add l if negative, then subtract l and
     * add it back if that went negative. The sign is read from limb 12 after floor carries (limbs
     * 0..11 are then non-negative), and used only as a mask. Afterwards limbs 0..11 are in
     * [0, 2^21) and limb 12 is 0 or 1 (l is a little above 2^252).
     */
    private static void canonicalize(long[] t) {
        carryFloor(t);
        addMasked(t, t[12] >> 63);
        carryFloor(t);
        for (int i = 0; i < NARROW_LIMBS; i++) {
            t[i] -= L_LIMBS[i];
        }
        carryFloor(t);
        addMasked(t, t[12] >> 63);
        carryFloor(t);
    }

    private static void addMasked(long[] t, long mask) {
        for (int i = 0; i < NARROW_LIMBS; i++) {
            t[i] += L_LIMBS[i] & mask;
        }
    }

    /** Splits {@code len} little-endian bytes into 21-bit limbs (unsigned) at the start of {@code t}. */
    private static void load(byte[] s, int len, long[] t) {
        int limbs = (len * 8 + LIMB_BITS - 1) / LIMB_BITS;
        for (int i = 0; i < limbs; i++) {
            int bit = i * LIMB_BITS;
            int at = bit >>> 3;
            long w = 0;
            // 4 bytes cover any 21-bit window (shift ≤ 7); the bound check is on public positions only.
            for (int k = 0; k < 4 && at + k < len; k++) {
                w |= (long) (s[at + k] & 0xff) << (8 * k);
            }
            t[i] = (w >>> (bit & 7)) & LIMB_MASK;
        }
    }

    /**
     * Writes the canonical value (limbs 0..11 in [0, 2^21), limb 12 ∈ {0, 1}: l is just above
     * 2^252, so bit 252 can be set) as 32 little-endian bytes.
     */
    private static byte[] store(long[] t) {
        byte[] out = new byte[32];
        long acc = 0;
        int accBits = 0;
        int o = 0;
        for (int i = 0; i < NARROW_LIMBS; i++) {
            acc |= t[i] << accBits;
            accBits += LIMB_BITS;
            while (accBits >= 8 && o < 32) {
                out[o++] = (byte) acc;
                acc >>>= 8;
                accBits -= 8;
            }
        }
        return out;
    }
}
