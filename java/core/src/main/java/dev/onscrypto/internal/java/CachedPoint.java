package dev.onscrypto.internal.java;

/**
 * A point prepared as the second operand of an addition: (Y+X, Y−X, 2Z, 2d·T). Precomputing these
 * saves one multiplication and a few additions per use, which pays off for the odd multiples of P
 * that a double-scalar multiplication adds dozens of times. Negation is free (swap the first two,
 * negate the last), so only positive multiples are stored.
 */
final class CachedPoint {
    final long[] ypx = Field25519.create();
    final long[] ymx = Field25519.create();
    final long[] z2 = Field25519.create();
    final long[] t2d = Field25519.create();

    /** Prepares an extended point (X, Y, Z, T) with carried coordinates. */
    static CachedPoint of(long[] x, long[] y, long[] z, long[] t) {
        CachedPoint c = new CachedPoint();
        // Sums of two carried elements are valid multiplication operands: no carry needed.
        Field25519.apm(y, x, c.ypx, c.ymx);
        Field25519.add(z, z, c.z2);
        Field25519.mul(t, Field25519.D2, c.t2d);
        return c;
    }

    static CachedPoint of(EdwardsPoint p) {
        return of(p.x, p.y, p.z, p.t);
    }
}
