package dev.onscrypto.internal.java;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * The few things about GF(2<sup>255</sup>−19) the curve code needs beyond Bouncy Castle's
 * {@link X25519Field}: the curve constants and masked moves with a documented mask convention.
 *
 * <p>Limb bounds, relied on throughout the point formulas: X25519Field's {@code mul}/{@code sqr}
 * accept operands whose limbs are at most the sum or difference of two carried elements (outputs of
 * {@code mul}, {@code sqr}, {@code carry}, {@code decode255}, {@code normalize}); anything built from
 * three or more such terms must go through {@code carry} first (three terms do overflow at the
 * extremes). {@code add}, {@code sub} and {@code apm} work limb by limb without carrying. All of
 * these accept aliased arguments. Field25519BoundsTest pins these properties down.
 */
final class Field25519 {

    /** d = −121665/121666, the edwards25519 curve constant. */
    static final int[] D = X25519Field.create();
    /** 2d, as used by the cached/precomputed addition operands. */
    static final int[] D2 = X25519Field.create();

    static {
        // Derived instead of transcribed: d = −121665 · 121666^{-1}.
        int[] num = small(121665);
        int[] den = small(121666);
        int[] inv = X25519Field.create();
        X25519Field.inv(den, inv);
        X25519Field.mul(num, inv, D);
        X25519Field.negate(D, D);
        X25519Field.normalize(D);
        X25519Field.add(D, D, D2);
        X25519Field.normalize(D2);
    }

    private Field25519() {
    }

    /** The field element v for a small non-negative v (below 2^26, so it fits limb 0). */
    static int[] small(int v) {
        int[] r = X25519Field.create();
        r[0] = v;
        return r;
    }

    /** z[zOff..zOff+len) = x[xOff..xOff+len) where {@code mask} is −1; unchanged where it is 0. */
    static void cmov(int mask, int[] x, int xOff, int[] z, int zOff, int len) {
        for (int i = 0; i < len; i++) {
            int zi = z[zOff + i];
            z[zOff + i] = zi ^ ((zi ^ x[xOff + i]) & mask);
        }
    }

    /** −1 if a == b, else 0, without branches (a, b small non-negative ints). */
    static int equalMask(int a, int b) {
        return ((a ^ b) - 1) >> 31;
    }

    /** Fully reduces x into [0, p) whatever its (small multiple of carried) limbs. */
    static void reduce(int[] x) {
        X25519Field.carry(x);
        X25519Field.normalize(x);
    }

    /** Parity of x (its "sign" in the point encoding); x must be normalized. */
    static int parity(int[] x) {
        return x[0] & 1;
    }
}
