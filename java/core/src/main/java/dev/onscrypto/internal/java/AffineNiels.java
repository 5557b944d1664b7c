package dev.onscrypto.internal.java;

/**
 * Precomputed-table form of a point with Z = 1: (y+x, y−x, 2d·x·y), all normalized. Adding one of
 * these costs a multiplication less than a {@link CachedPoint} (no Z product). Used for the fixed
 * base-point tables, which are built once.
 */
final class AffineNiels {
    /** Longs per entry when entries are packed into a flat table: three field elements. */
    static final int LONGS = 3 * Field25519.SIZE;
    static final int YPX = 0;
    static final int YMX = Field25519.SIZE;
    static final int XY2D = 2 * Field25519.SIZE;

    final long[] ypx = Field25519.create();
    final long[] ymx = Field25519.create();
    final long[] xy2d = Field25519.create();

    /**
     * The affine niels form of the extended point (X, Y, Z). Uses a constant-time inversion: the
     * tables come from the public base point, but this keeps the helper safe for any caller.
     */
    static AffineNiels of(long[] x, long[] y, long[] z) {
        long[] zi = Field25519.create();
        long[] ax = Field25519.create();
        long[] ay = Field25519.create();
        Field25519.invert(z, zi);
        Field25519.mul(x, zi, ax);
        Field25519.mul(y, zi, ay);
        AffineNiels n = new AffineNiels();
        Field25519.apm(ay, ax, n.ypx, n.ymx);
        Field25519.reduce(n.ypx);
        Field25519.reduce(n.ymx);
        Field25519.mul(ax, ay, n.xy2d);
        Field25519.mul(n.xy2d, Field25519.D2, n.xy2d);
        Field25519.reduce(n.xy2d);
        return n;
    }

    /** Packs this entry into {@code table} at {@code off} ({@link #LONGS} longs). */
    void writeTo(long[] table, int off) {
        Field25519.copy(ypx, 0, table, off + YPX);
        Field25519.copy(ymx, 0, table, off + YMX);
        Field25519.copy(xy2d, 0, table, off + XY2D);
    }
}
