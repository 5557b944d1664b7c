package dev.onscrypto.internal.java;

/**
 * An immutable point of edwards25519 (−x² + y² = 1 + d·x²·y² over GF(2<sup>255</sup>−19)) in
 * extended coordinates, with the encoding and acceptance rules of oxen-core / libsodium.
 *
 * <p>Decoding follows oxen-core's {@code ge_frombytes_vartime}: y must be canonical, x must exist,
 * and x = 0 with the sign bit set is rejected; there is deliberately no subgroup or small-order
 * check. The small-order blacklist of libsodium's Ed25519 verification is a separate predicate on
 * encodings ({@link SmallOrderEncodings}).
 */
final class EdwardsPoint {

    /** The encoding of the base point G: y = 4/5, x even. */
    private static final byte[] BASE_ENCODING = {
        0x58, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66,
        0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66};

    private static final long[] ONE = Field25519.small(1);

    private static final EdwardsPoint IDENTITY = new EdwardsPoint(
            Field25519.create(), Field25519.small(1), Field25519.small(1), Field25519.create());

    private static final EdwardsPoint BASE = decode(BASE_ENCODING);

    final long[] x;
    final long[] y;
    final long[] z;
    final long[] t;

    /** Takes ownership of the arrays (carried limbs, T = XY/Z). */
    EdwardsPoint(long[] x, long[] y, long[] z, long[] t) {
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
        long[] y = Field25519.create();
        Field25519.decode(enc, 0, y);           // the low 255 bits: the sign bit is not part of y
        long[] yy = Field25519.create();
        long[] u = Field25519.create();
        long[] v = Field25519.create();
        Field25519.sqr(y, yy);
        Field25519.sub(yy, ONE, u);                     // u = y² − 1
        Field25519.mul(yy, Field25519.D, v);
        Field25519.add(v, ONE, v);                      // v = d·y² + 1, never 0 (−1/d is not a square)
        long[] x = Field25519.create();
        if (!Field25519.sqrtRatioVar(u, v, x)) {
            return null;
        }
        Field25519.reduce(x);
        int sign = (enc[31] & 0xff) >>> 7;
        boolean xIsZero = (x[0] | x[1] | x[2] | x[3] | x[4]) == 0;
        if (xIsZero && sign == 1) {
            return null;                                // no point has "−0" as x: oxen-core rejects it
        }
        if (Field25519.parity(x) != sign) {
            Field25519.neg(x, x);
            Field25519.reduce(x);
        }
        long[] t = Field25519.create();
        Field25519.mul(x, y, t);
        return new EdwardsPoint(x, y, Field25519.small(1), t);
    }

    /** The canonical 32-byte encoding (y with the parity of x in bit 255). Constant time. */
    public byte[] encode() {
        long[] zi = Field25519.create();
        Field25519.invert(z, zi);
        return encodeWith(zi);
    }

    private byte[] encodeWith(long[] zi) {
        long[] ax = Field25519.create();
        long[] ay = Field25519.create();
        Field25519.mul(x, zi, ax);
        Field25519.mul(y, zi, ay);
        Field25519.reduce(ax);
        Field25519.reduce(ay);
        byte[] out = new byte[32];
        Field25519.encode(ay, out, 0);
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
        long[] nx = Field25519.create();
        long[] nt = Field25519.create();
        Field25519.neg(x, nx);
        Field25519.carry(nx);
        Field25519.neg(t, nt);
        Field25519.carry(nt);
        return new EdwardsPoint(nx, y.clone(), z.clone(), nt);
    }

    /** Whether this is the neutral element (X = 0 and Y = Z). Variable time. */
    public boolean isIdentity() {
        long[] diff = Field25519.create();
        Field25519.sub(y, z, diff);
        return isZero(x) && isZero(diff);
    }

    /** Projective equality: X₁Z₂ = X₂Z₁ and Y₁Z₂ = Y₂Z₁. Variable time. */
    public boolean sameAs(EdwardsPoint q) {
        long[] l = Field25519.create();
        long[] r = Field25519.create();
        Field25519.mul(x, q.z, l);
        Field25519.mul(q.x, z, r);
        Field25519.sub(l, r, l);
        if (!isZero(l)) {
            return false;
        }
        Field25519.mul(y, q.z, l);
        Field25519.mul(q.y, z, r);
        Field25519.sub(l, r, l);
        return isZero(l);
    }

    private static boolean isZero(long[] v) {
        return Field25519.isZero(v) == 1;
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
