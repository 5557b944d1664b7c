package dev.onscrypto.internal.java;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * Precomputed-table form of a point with Z = 1: (y+x, y−x, 2d·x·y), all normalized. Adding one of
 * these costs a multiplication less than a {@link CachedPoint} (no Z product). Used for the fixed
 * base-point tables, which are built once.
 */
final class AffineNiels {
    /** Ints per entry when entries are packed into a flat table: three field elements. */
    static final int INTS = 3 * X25519Field.SIZE;
    static final int YPX = 0;
    static final int YMX = X25519Field.SIZE;
    static final int XY2D = 2 * X25519Field.SIZE;

    final int[] ypx = X25519Field.create();
    final int[] ymx = X25519Field.create();
    final int[] xy2d = X25519Field.create();

    /**
     * The affine niels form of the extended point (X, Y, Z). Uses a constant-time inversion: the
     * tables come from the public base point, but this keeps the helper safe for any caller.
     */
    static AffineNiels of(int[] x, int[] y, int[] z) {
        int[] zi = X25519Field.create();
        int[] ax = X25519Field.create();
        int[] ay = X25519Field.create();
        X25519Field.inv(z, zi);
        X25519Field.mul(x, zi, ax);
        X25519Field.mul(y, zi, ay);
        AffineNiels n = new AffineNiels();
        X25519Field.apm(ay, ax, n.ypx, n.ymx);
        Field25519.reduce(n.ypx);
        Field25519.reduce(n.ymx);
        X25519Field.mul(ax, ay, n.xy2d);
        X25519Field.mul(n.xy2d, Field25519.D2, n.xy2d);
        Field25519.reduce(n.xy2d);
        return n;
    }

    /** Packs this entry into {@code table} at {@code off} ({@link #INTS} ints). */
    void writeTo(int[] table, int off) {
        X25519Field.copy(ypx, 0, table, off + YPX);
        X25519Field.copy(ymx, 0, table, off + YMX);
        X25519Field.copy(xy2d, 0, table, off + XY2D);
    }
}
