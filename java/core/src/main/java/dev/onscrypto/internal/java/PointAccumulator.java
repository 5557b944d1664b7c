package dev.onscrypto.internal.java;

import java.util.Arrays;

/**
 * A mutable edwards25519 point in extended coordinates (X : Y : Z : T), x = X/Z, y = Y/Z, T = XY/Z,
 * together with the scratch space its formulas need, so scalar-multiplication loops run without
 * allocating. Curve: −x² + y² = 1 + d·x²·y² (a = −1).
 *
 * <p>Every operation first produces a "completed" point (E, F, G, H) and then multiplies out
 * X = E·F, Y = G·H, Z = F·G and, only when asked, T = E·H. T is needed solely as an input to an
 * addition, so a doubling followed by another doubling skips it (3M instead of 4M). The formulas
 * (Hisil–Wong–Carter–Dawson 2008, a = −1) are complete on this curve because d is not a square:
 * they are correct for every pair of points, identity and small-order points included.
 */
final class PointAccumulator {
    final long[] x = Field25519.create();
    final long[] y = Field25519.create();
    final long[] z = Field25519.create();
    final long[] t = Field25519.create();

    private final long[] a = Field25519.create();
    private final long[] b = Field25519.create();
    private final long[] c = Field25519.create();
    private final long[] d = Field25519.create();
    private final long[] e = Field25519.create();
    private final long[] f = Field25519.create();
    private final long[] g = Field25519.create();
    private final long[] h = Field25519.create();

    void setIdentity() {
        Field25519.zero(x);
        Field25519.one(y);
        Field25519.one(z);
        Field25519.zero(t);
    }

    void set(EdwardsPoint p) {
        Field25519.copy(p.x, 0, x, 0);
        Field25519.copy(p.y, 0, y, 0);
        Field25519.copy(p.z, 0, z, 0);
        Field25519.copy(p.t, 0, t, 0);
    }

    /** An immutable copy; T must be current (the last operation ran with {@code wantT}). */
    EdwardsPoint toPoint() {
        return new EdwardsPoint(x.clone(), y.clone(), z.clone(), t.clone());
    }

    /** The operand form of the current point (T must be current). */
    CachedPoint toCached() {
        return CachedPoint.of(x, y, z, t);
    }

    /**
     * this = 2·this. Reads only X, Y, Z. With A = X², B = Y², C = Z²:
     * E = (X+Y)² − (A+B), G = B − A, H = A + B, F = 2C − G; this is the usual a = −1 doubling with
     * all four completed coordinates negated, which leaves the projective point unchanged.
     */
    void dbl(boolean wantT) {
        Field25519.sqr(x, a);
        Field25519.sqr(y, b);
        Field25519.sqr(z, c);
        Field25519.add(x, y, e);
        Field25519.sqr(e, e);
        Field25519.apm(b, a, h, g);     // H = B + A (two carried terms), G = B − A + 2p
        Field25519.subLoose(e, h, e);   // E = (X+Y)² − H + 4p: loose
        Field25519.add(c, c, f);
        Field25519.add(f, a, f);
        Field25519.sub(f, b, f);        // F = 2C + A − B + 2p = 2C − G: loose, no carry needed
        complete(wantT);
    }

    /**
     * this = this ± q for a prepared operand (variable-time choice of sign: public data only).
     * A = (Y−X)(Y₂−X₂), B = (Y+X)(Y₂+X₂), C = T·2dT₂, D = Z·2Z₂; E = B−A, F = D−C, G = D+C, H = B+A.
     * Subtracting swaps Y₂±X₂ and the signs of C, which is adding (−x₂, y₂).
     */
    void addCached(CachedPoint q, boolean negate, boolean wantT) {
        Field25519.apm(y, x, b, a);
        Field25519.mul(a, negate ? q.ypx : q.ymx, a);
        Field25519.mul(b, negate ? q.ymx : q.ypx, b);
        Field25519.mul(t, q.t2d, c);
        Field25519.mul(z, q.z2, d);
        Field25519.apm(b, a, h, e);
        if (negate) {
            Field25519.apm(d, c, f, g);
        } else {
            Field25519.apm(d, c, g, f);
        }
        complete(wantT);
    }

    /**
     * this = this ± q for an affine table entry: as {@link #addCached} with Z₂ = 1, so D = 2Z.
     * The sign choice is a branch: use {@code negate = false} with secret data (the constant-time
     * caller negates the selected entry itself).
     */
    void addNiels(long[] ypx, long[] ymx, long[] xy2d, boolean negate, boolean wantT) {
        Field25519.apm(y, x, b, a);
        Field25519.mul(a, negate ? ypx : ymx, a);
        Field25519.mul(b, negate ? ymx : ypx, b);
        Field25519.mul(t, xy2d, c);
        Field25519.add(z, z, d);        // D ± C: at most three carried terms, still loose
        Field25519.apm(b, a, h, e);
        if (negate) {
            Field25519.apm(d, c, f, g);
        } else {
            Field25519.apm(d, c, g, f);
        }
        complete(wantT);
    }

    void addNiels(AffineNiels q, boolean negate, boolean wantT) {
        addNiels(q.ypx, q.ymx, q.xy2d, negate, wantT);
    }

    /** Completed (E, F, G, H) to extended (or projective, without T). */
    private void complete(boolean wantT) {
        Field25519.mul(e, f, x);
        Field25519.mul(g, h, y);
        Field25519.mul(f, g, z);
        if (wantT) {
            Field25519.mul(e, h, t);
        }
    }

    /** Clears the point and all scratch space (used after secret-scalar multiplications). */
    void wipe() {
        for (long[] v : new long[][] {x, y, z, t, a, b, c, d, e, f, g, h}) {
            Arrays.fill(v, 0);
        }
    }
}
