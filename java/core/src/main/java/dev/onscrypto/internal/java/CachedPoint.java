package dev.onscrypto.internal.java;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * A point prepared as the second operand of an addition: (Y+X, Y−X, 2Z, 2d·T). Precomputing these
 * saves one multiplication and a few additions per use, which pays off for the odd multiples of P
 * that a double-scalar multiplication adds dozens of times. Negation is free (swap the first two,
 * negate the last), so only positive multiples are stored.
 */
final class CachedPoint {
    final int[] ypx = X25519Field.create();
    final int[] ymx = X25519Field.create();
    final int[] z2 = X25519Field.create();
    final int[] t2d = X25519Field.create();

    /** Prepares an extended point (X, Y, Z, T) with carried coordinates. */
    static CachedPoint of(int[] x, int[] y, int[] z, int[] t) {
        CachedPoint c = new CachedPoint();
        // Sums of two carried elements are valid multiplication operands: no carry needed.
        X25519Field.apm(y, x, c.ypx, c.ymx);
        X25519Field.add(z, z, c.z2);
        X25519Field.mul(t, Field25519.D2, c.t2d);
        return c;
    }

    static CachedPoint of(EdwardsPoint p) {
        return of(p.x, p.y, p.z, p.t);
    }
}
