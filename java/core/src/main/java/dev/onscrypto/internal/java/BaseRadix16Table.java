package dev.onscrypto.internal.java;

/**
 * j·256<sup>i</sup>·G for i = 0..31 and j = 1..8 in affine niels form, packed row by row, for the
 * constant-time fixed-base multiplication: with signed radix-16 digits, the digit at position 2i or
 * 2i+1 selects from row i (the odd positions are shifted down by a final ×16). Built once, on first
 * use (256 points).
 */
final class BaseRadix16Table {
    static final int ROWS = 32;
    static final int ENTRIES = 8;
    static final int ROW_LONGS = ENTRIES * AffineNiels.LONGS;

    private static final long[][] ROWS_PACKED = build();

    private BaseRadix16Table() {
    }

    /**
     * Writes |digit|·256<sup>row</sup>·G negated when digit &lt; 0 (the identity (1, 1, 0) for 0) into
     * the three arrays. Constant time in {@code digit}: every entry of the row is read and the
     * wanted one kept by masks; the negation is a masked swap of y±x and a masked negation of 2dxy.
     */
    static void select(int row, int digit, long[] ypx, long[] ymx, long[] xy2d, long[] scratch) {
        int negMask = digit >> 31;
        int magnitude = (digit ^ negMask) - negMask;
        Field25519.one(ypx);
        Field25519.one(ymx);
        Field25519.zero(xy2d);
        long[] packed = ROWS_PACKED[row];
        for (int j = 0; j < ENTRIES; j++) {
            long mask = Field25519.equalMask(magnitude, j + 1);
            int off = j * AffineNiels.LONGS;
            Field25519.cmov(mask, packed, off + AffineNiels.YPX, ypx, 0);
            Field25519.cmov(mask, packed, off + AffineNiels.YMX, ymx, 0);
            Field25519.cmov(mask, packed, off + AffineNiels.XY2D, xy2d, 0);
        }
        // −(x, y) = (−x, y): y+x and y−x trade places and 2dxy changes sign.
        Field25519.copy(ypx, 0, scratch, 0);
        Field25519.cmov(negMask, ymx, 0, ypx, 0);
        Field25519.cmov(negMask, scratch, 0, ymx, 0);
        Field25519.neg(xy2d, scratch);
        Field25519.cmov(negMask, scratch, 0, xy2d, 0);
    }

    private static long[][] build() {
        long[][] rows = new long[ROWS][ROW_LONGS];
        PointAccumulator rowBase = new PointAccumulator();
        rowBase.set(EdwardsPoint.base());
        PointAccumulator acc = new PointAccumulator();
        for (int i = 0; i < ROWS; i++) {
            CachedPoint step = rowBase.toCached();
            acc.setIdentity();
            for (int j = 0; j < ENTRIES; j++) {
                acc.addCached(step, false, true);
                AffineNiels.of(acc.x, acc.y, acc.z).writeTo(rows[i], j * AffineNiels.LONGS);
            }
            for (int k = 0; k < 8; k++) {
                rowBase.dbl(k == 7);      // 256 = 2^8: the next row's base
            }
        }
        return rows;
    }
}
