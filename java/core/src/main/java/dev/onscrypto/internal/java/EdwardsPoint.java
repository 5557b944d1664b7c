package dev.onscrypto.internal.java;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * An immutable point of edwards25519 (−x² + y² = 1 + d·x²·y² over GF(2<sup>255</sup>−19)) in
 * extended coordinates, with the encoding and acceptance rules of oxen-core / libsodium.
 *
 * <p>Decoding follows oxen-core's {@code ge_frombytes_vartime}: y must be canonical, x must exist,
 * and x = 0 with the sign bit set is rejected; there is deliberately no subgroup or small-order
 * check. The small-order blacklist of libsodium's Ed25519 verification is a separate predicate on
 * encodings ({@link #hasSmallOrderEncoding}).
 */
public final class EdwardsPoint {

    /** The encoding of the base point G: y = 4/5, x even. */
    private static final byte[] BASE_ENCODING = {
        0x58, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66,
        0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66};

    private static final EdwardsPoint IDENTITY = new EdwardsPoint(
            X25519Field.create(), Field25519.small(1), Field25519.small(1), X25519Field.create());

    private static final EdwardsPoint BASE = decode(BASE_ENCODING);

    final int[] x;
    final int[] y;
    final int[] z;
    final int[] t;

    /** Takes ownership of the arrays (carried limbs, T = XY/Z). */
    EdwardsPoint(int[] x, int[] y, int[] z, int[] t) {
        this.x = x;
        this.y = y;
        this.z = z;
        this.t = t;
    }

    /** The neutral element (0, 1), encoded {@code 01 00…00}. */
    public static EdwardsPoint identity() {
        return IDENTITY;
    }

    /** The standard base point G. */
    public static EdwardsPoint base() {
        return BASE;
    }

    /**
     * Decodes a 32-byte compressed point, or returns {@code null} when oxen-core's
     * {@code ge_frombytes_vartime} would fail: y (the low 255 bits) ≥ p, (y²−1)/(d·y²+1) not a
     * square, or x = 0 with the sign bit set. Variable time (encodings are public).
     */
    public static EdwardsPoint decode(byte[] enc) {
        if (enc == null || enc.length != 32 || !isCanonicalEncoding(enc)) {
            return null;
        }
        int[] y = X25519Field.create();
        X25519Field.decode255(enc, y);          // the low 255 bits: the sign bit is not part of y
        int[] yy = X25519Field.create();
        int[] u = X25519Field.create();
        int[] v = X25519Field.create();
        X25519Field.sqr(y, yy);
        X25519Field.sub(yy, Field25519.small(1), u);   // u = y² − 1
        X25519Field.carry(u);
        X25519Field.mul(yy, Field25519.D, v);
        X25519Field.addOne(v);                          // v = d·y² + 1, never 0 (−1/d is not a square)
        X25519Field.carry(v);
        int[] x = X25519Field.create();
        if (!X25519Field.sqrtRatioVar(u, v, x)) {
            return null;
        }
        Field25519.reduce(x);
        int sign = (enc[31] & 0xff) >>> 7;
        boolean xIsZero = X25519Field.isZeroVar(x);
        if (xIsZero && sign == 1) {
            return null;                                // no point has "−0" as x: oxen-core rejects it
        }
        if (Field25519.parity(x) != sign) {
            X25519Field.negate(x, x);
            Field25519.reduce(x);
        }
        int[] t = X25519Field.create();
        X25519Field.mul(x, y, t);
        return new EdwardsPoint(x, y, Field25519.small(1), t);
    }

    /** The canonical 32-byte encoding (y with the parity of x in bit 255). Constant time. */
    public byte[] encode() {
        int[] zi = X25519Field.create();
        X25519Field.inv(z, zi);
        return encodeWith(zi);
    }

    /** As {@link #encode()} with a faster, variable-time inversion: public points only. */
    public byte[] encodeVartime() {
        int[] zi = X25519Field.create();
        X25519Field.invVar(z, zi);
        return encodeWith(zi);
    }

    private byte[] encodeWith(int[] zi) {
        int[] ax = X25519Field.create();
        int[] ay = X25519Field.create();
        X25519Field.mul(x, zi, ax);
        X25519Field.mul(y, zi, ay);
        Field25519.reduce(ax);
        Field25519.reduce(ay);
        byte[] out = new byte[32];
        X25519Field.encode(ay, out, 0);
        out[31] |= (byte) (Field25519.parity(ax) << 7);
        return out;
    }

    /** this + q. */
    public EdwardsPoint add(EdwardsPoint q) {
        PointAccumulator acc = new PointAccumulator();
        acc.set(this);
        acc.addCached(CachedPoint.of(q), false, true);
        return acc.toPoint();
    }

    /** this − q. */
    public EdwardsPoint subtract(EdwardsPoint q) {
        PointAccumulator acc = new PointAccumulator();
        acc.set(this);
        acc.addCached(CachedPoint.of(q), true, true);
        return acc.toPoint();
    }

    /** 2·this. */
    public EdwardsPoint dbl() {
        PointAccumulator acc = new PointAccumulator();
        acc.set(this);
        acc.dbl(true);
        return acc.toPoint();
    }

    /** −this = (−x, y). */
    public EdwardsPoint negate() {
        int[] nx = X25519Field.create();
        int[] nt = X25519Field.create();
        X25519Field.negate(x, nx);
        X25519Field.carry(nx);
        X25519Field.negate(t, nt);
        X25519Field.carry(nt);
        return new EdwardsPoint(nx, y.clone(), z.clone(), nt);
    }

    /** Whether this is the neutral element (X = 0 and Y = Z). Variable time. */
    public boolean isIdentity() {
        int[] diff = X25519Field.create();
        X25519Field.sub(y, z, diff);
        return isZero(x) && isZero(diff);
    }

    /** Projective equality: X₁Z₂ = X₂Z₁ and Y₁Z₂ = Y₂Z₁. Variable time. */
    public boolean sameAs(EdwardsPoint q) {
        int[] l = X25519Field.create();
        int[] r = X25519Field.create();
        X25519Field.mul(x, q.z, l);
        X25519Field.mul(q.x, z, r);
        X25519Field.sub(l, r, l);
        if (!isZero(l)) {
            return false;
        }
        X25519Field.mul(y, q.z, l);
        X25519Field.mul(q.y, z, r);
        X25519Field.sub(l, r, l);
        return isZero(l);
    }

    private static boolean isZero(int[] v) {
        int[] c = v.clone();
        Field25519.reduce(c);
        return X25519Field.isZeroVar(c);
    }

    /**
     * s·G encoded, in constant time for a secret scalar s; s must be below 2<sup>255</sup> (callers pass
     * reduced scalars, s &lt; l). s = 0 gives the identity {@code 01 00…00}.
     */
    public static byte[] scalarMultBase(byte[] s) {
        return FixedBaseMultiplier.multiply(s);
    }

    /**
     * a·P + b·G in variable time (public inputs only), for any 256-bit a and b taken as exact
     * integers (no reduction mod l, so small-order components of P are multiplied faithfully).
     */
    public static EdwardsPoint doubleScalarMultBaseVartime(byte[] a, EdwardsPoint p, byte[] b) {
        return DoubleScalarMultiplier.multiply(a, p, b);
    }

    /**
     * libsodium 1.0.18 {@code ge25519_has_small_order}: whether the low 255 bits (the sign bit is
     * ignored) equal one of the encodings of y ∈ {0, 1, p−1, p, p+1, y₈, y₈'}, where y = 0, 1, p−1 are
     * the points of order 4, 1, 2, p and p+1 their non-canonical twins, and y₈, y₈' the two
     * y-coordinates of the order-8 points. Constant time.
     */
    public static boolean hasSmallOrderEncoding(byte[] enc) {
        return SmallOrderEncodings.matches(enc);
    }

    /** Whether the low 255 bits of {@code enc}, read as y, are below p = 2<sup>255</sup> − 19. */
    public static boolean isCanonicalEncoding(byte[] enc) {
        // y ≥ p iff bytes 1..30 are all 0xff, the top byte (sign masked) is 0x7f and byte 0 ≥ 0xed.
        int allOnes = (enc[31] & 0x7f) ^ 0x7f;
        for (int i = 1; i < 31; i++) {
            allOnes |= (enc[i] & 0xff) ^ 0xff;
        }
        int lowTooBig = ((0xec - (enc[0] & 0xff)) >>> 31);   // 1 iff byte 0 ≥ 0xed
        int highAllOnes = ((allOnes - 1) >>> 31);             // 1 iff allOnes == 0
        return (lowTooBig & highAllOnes) == 0;
    }
}
