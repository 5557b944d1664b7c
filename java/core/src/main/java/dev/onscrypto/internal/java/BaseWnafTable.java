package dev.onscrypto.internal.java;

/**
 * Odd multiples G, 3G, …, 127G of the base point in affine niels form, for the G half of the
 * variable-time double-scalar multiplication (width-8 NAF: one table addition per ~9 bits).
 * Built once, on first use (about 64 inversions).
 */
final class BaseWnafTable {
    /** NAF width for the base-point scalar; the table holds 2^(WIDTH−2) entries. */
    static final int WIDTH = 8;

    private static final AffineNiels[] ODD_MULTIPLES = build();

    private BaseWnafTable() {
    }

    /** The entry for the odd digit magnitude m = 1, 3, …, 127: m·G. */
    static AffineNiels forDigit(int magnitude) {
        return ODD_MULTIPLES[magnitude >>> 1];
    }

    private static AffineNiels[] build() {
        AffineNiels[] table = new AffineNiels[1 << (WIDTH - 2)];
        PointAccumulator acc = new PointAccumulator();
        acc.set(EdwardsPoint.base());
        acc.dbl(true);
        CachedPoint twoG = acc.toCached();
        acc.set(EdwardsPoint.base());
        for (int i = 0; i < table.length; i++) {
            if (i > 0) {
                acc.addCached(twoG, false, true);
            }
            table[i] = AffineNiels.of(acc.x, acc.y, acc.z);
        }
        return table;
    }
}
