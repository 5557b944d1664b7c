package dev.onscrypto.internal.java;

import java.util.Arrays;

/**
 * s·G for a secret scalar s in constant time. With s = Σ e<sub>i</sub>·16<sup>i</sup>, e<sub>i</sub> ∈ [−8, 8]:
 * s·G = 16·(Σ<sub>odd i</sub> e<sub>i</sub>·16<sup>i−1</sup>·G) + Σ<sub>even i</sub> e<sub>i</sub>·16<sup>i</sup>·G, and each
 * term is one table entry of {@link BaseRadix16Table}. The operation sequence (64 additions, 4
 * doublings, one inversion) is fixed; digits only steer masked table scans.
 */
final class FixedBaseMultiplier {

    private FixedBaseMultiplier() {
    }

    /** s·G encoded; s &lt; 2<sup>255</sup> (callers pass s &lt; l). */
    static byte[] multiply(byte[] s) {
        // Larger s would need a digit of 16 in the top position and silently give a wrong point.
        // Only the top bit is examined, and only to reject a malformed input.
        if (s.length != 32 || s[31] < 0) {
            throw new IllegalArgumentException("scalar must be 32 bytes and below 2^255");
        }
        byte[] digits = ScalarRecoding.signedRadix16(s);
        long[] ypx = Field25519.create();
        long[] ymx = Field25519.create();
        long[] xy2d = Field25519.create();
        long[] scratch = Field25519.create();
        PointAccumulator acc = new PointAccumulator();
        try {
            acc.setIdentity();
            for (int i = 1; i < 64; i += 2) {
                BaseRadix16Table.select(i >>> 1, digits[i], ypx, ymx, xy2d, scratch);
                acc.addNiels(ypx, ymx, xy2d, false, true);
            }
            acc.dbl(false);
            acc.dbl(false);
            acc.dbl(false);
            acc.dbl(true);
            for (int i = 0; i < 64; i += 2) {
                BaseRadix16Table.select(i >>> 1, digits[i], ypx, ymx, xy2d, scratch);
                acc.addNiels(ypx, ymx, xy2d, false, true);
            }
            return encode(acc, scratch);
        } finally {
            Arrays.fill(digits, (byte) 0);
            Arrays.fill(ypx, 0);
            Arrays.fill(ymx, 0);
            Arrays.fill(xy2d, 0);
            Arrays.fill(scratch, 0);
            acc.wipe();
        }
    }

    /** Constant-time encoding (the point is the caller's public key or nonce commitment). */
    private static byte[] encode(PointAccumulator acc, long[] zi) {
        Field25519.invert(acc.z, zi);
        Field25519.mul(acc.x, zi, acc.x);
        Field25519.mul(acc.y, zi, acc.y);
        Field25519.reduce(acc.x);
        Field25519.reduce(acc.y);
        byte[] out = new byte[32];
        Field25519.encode(acc.y, out, 0);
        out[31] |= (byte) (Field25519.parity(acc.x) << 7);
        return out;
    }
}
