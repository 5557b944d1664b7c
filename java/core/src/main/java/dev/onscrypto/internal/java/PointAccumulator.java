package dev.onscrypto.internal.java;

import java.util.Arrays;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

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
    final int[] x = X25519Field.create();
    final int[] y = X25519Field.create();
    final int[] z = X25519Field.create();
    final int[] t = X25519Field.create();

    private final int[] a = X25519Field.create();
    private final int[] b = X25519Field.create();
    private final int[] c = X25519Field.create();
    private final int[] d = X25519Field.create();
    private final int[] e = X25519Field.create();
    private final int[] f = X25519Field.create();
    private final int[] g = X25519Field.create();
    private final int[] h = X25519Field.create();

    void setIdentity() {
        X25519Field.zero(x);
        X25519Field.one(y);
        X25519Field.one(z);
        X25519Field.zero(t);
    }

    void set(EdwardsPoint p) {
        X25519Field.copy(p.x, 0, x, 0);
        X25519Field.copy(p.y, 0, y, 0);
        X25519Field.copy(p.z, 0, z, 0);
        X25519Field.copy(p.t, 0, t, 0);
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
        X25519Field.sqr(x, a);
        X25519Field.sqr(y, b);
        X25519Field.sqr(z, c);
        X25519Field.add(x, y, e);
        X25519Field.sqr(e, e);
        X25519Field.apm(b, a, h, g);
        X25519Field.sub(e, h, e);       // three terms: carry before it is multiplied
        X25519Field.carry(e);
        X25519Field.add(c, c, f);
        X25519Field.sub(f, g, f);       // four terms: carry
        X25519Field.carry(f);
        complete(wantT);
    }

    /**
     * this = this ± q for a prepared operand (variable-time choice of sign: public data only).
     * A = (Y−X)(Y₂−X₂), B = (Y+X)(Y₂+X₂), C = T·2dT₂, D = Z·2Z₂; E = B−A, F = D−C, G = D+C, H = B+A.
     * Subtracting swaps Y₂±X₂ and the signs of C, which is adding (−x₂, y₂).
     */
    void addCached(CachedPoint q, boolean negate, boolean wantT) {
        X25519Field.apm(y, x, b, a);
        X25519Field.mul(a, negate ? q.ypx : q.ymx, a);
        X25519Field.mul(b, negate ? q.ymx : q.ypx, b);
        X25519Field.mul(t, q.t2d, c);
        X25519Field.mul(z, q.z2, d);
        X25519Field.apm(b, a, h, e);
        if (negate) {
            X25519Field.apm(d, c, f, g);
        } else {
            X25519Field.apm(d, c, g, f);
        }
        complete(wantT);
    }

    /**
     * this = this ± q for an affine table entry: as {@link #addCached} with Z₂ = 1, so D = 2Z.
     * The sign choice is a branch: use {@code negate = false} with secret data (the constant-time
     * caller negates the selected entry itself).
     */
    void addNiels(int[] ypx, int[] ymx, int[] xy2d, boolean negate, boolean wantT) {
        X25519Field.apm(y, x, b, a);
        X25519Field.mul(a, negate ? ypx : ymx, a);
        X25519Field.mul(b, negate ? ymx : ypx, b);
        X25519Field.mul(t, xy2d, c);
        X25519Field.add(z, z, d);
        X25519Field.carry(d);           // D ± C would otherwise be three terms
        X25519Field.apm(b, a, h, e);
        if (negate) {
            X25519Field.apm(d, c, f, g);
        } else {
            X25519Field.apm(d, c, g, f);
        }
        complete(wantT);
    }

    void addNiels(AffineNiels q, boolean negate, boolean wantT) {
        addNiels(q.ypx, q.ymx, q.xy2d, negate, wantT);
    }

    /** Completed (E, F, G, H) to extended (or projective, without T). */
    private void complete(boolean wantT) {
        X25519Field.mul(e, f, x);
        X25519Field.mul(g, h, y);
        X25519Field.mul(f, g, z);
        if (wantT) {
            X25519Field.mul(e, h, t);
        }
    }

    /** Clears the point and all scratch space (used after secret-scalar multiplications). */
    void wipe() {
        for (int[] v : new int[][] {x, y, z, t, a, b, c, d, e, f, g, h}) {
            Arrays.fill(v, 0);
        }
    }
}
