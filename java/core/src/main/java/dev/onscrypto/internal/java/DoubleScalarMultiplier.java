package dev.onscrypto.internal.java;

/**
 * a·P + b·G in variable time for public a, P, b (signature verification): one shared chain of
 * doublings (Straus/Shamir) with a width-5 NAF of a over the odd multiples P … 15P computed per call,
 * and a width-8 NAF of b over the static table of G … 127G. T is only computed where an addition
 * needs it.
 */
final class DoubleScalarMultiplier {
    /** NAF width for the P scalar: 8 cached odd multiples, built with 1 doubling and 7 additions. */
    private static final int P_WIDTH = 5;

    private DoubleScalarMultiplier() {
    }

    /** a·P + b·G for any 256-bit a and b taken as exact integers (no reduction mod l). */
    static EdwardsPoint multiply(byte[] a, EdwardsPoint p, byte[] b) {
        byte[] nafA = ScalarRecoding.wnaf(a, P_WIDTH);
        byte[] nafB = ScalarRecoding.wnaf(b, BaseWnafTable.WIDTH);

        int top = ScalarRecoding.NAF_LENGTH - 1;
        while (top >= 0 && nafA[top] == 0 && nafB[top] == 0) {
            top--;
        }
        if (top < 0) {
            return EdwardsPoint.identity();
        }

        PointAccumulator acc = new PointAccumulator();
        CachedPoint[] oddP = oddMultiples(p, acc);

        acc.setIdentity();
        for (int i = top; i >= 0; i--) {
            int da = nafA[i];
            int db = nafB[i];
            boolean last = i == 0;
            if (i != top) {
                acc.dbl(da != 0 || db != 0 || last);   // doubling the identity at the top is skipped
            }
            if (da != 0) {
                acc.addCached(oddP[Math.abs(da) >>> 1], da < 0, db != 0 || last);
            }
            if (db != 0) {
                acc.addNiels(BaseWnafTable.forDigit(Math.abs(db)), db < 0, last);
            }
        }
        return acc.toPoint();
    }

    /** P, 3P, 5P, …, 15P as addition operands. */
    private static CachedPoint[] oddMultiples(EdwardsPoint p, PointAccumulator acc) {
        CachedPoint[] table = new CachedPoint[1 << (P_WIDTH - 2)];
        table[0] = CachedPoint.of(p);
        acc.set(p);
        acc.dbl(true);
        CachedPoint twoP = acc.toCached();
        acc.set(p);
        for (int i = 1; i < table.length; i++) {
            acc.addCached(twoP, false, true);
            table[i] = acc.toCached();
        }
        return table;
    }
}
