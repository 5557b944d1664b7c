package dev.onscrypto.internal.java;

/**
 * The seven 255-bit y encodings that libsodium 1.0.18's {@code ge25519_has_small_order} rejects.
 * The order-8 y-coordinates solve d·y⁴ + 2y² − 1 = 0 (doubling such a point gives y = 0, an order-4
 * point); they were computed from that equation and are re-checked by the tests (8·P = 0 ≠ 4·P).
 */
final class SmallOrderEncodings {

    private static final byte[][] Y_VALUES = {
        // y = 0: the two points of order 4
        hex("0000000000000000000000000000000000000000000000000000000000000000"),
        // y = 1: the identity
        hex("0100000000000000000000000000000000000000000000000000000000000000"),
        // y8 = 2707385501144840649318225287225658788936804267575313519463743609750303402022 (order 8)
        hex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
        // y8' = p − y8 = 55188659117513257062467267217118295137698188065244968500265048394206261417927 (order 8)
        hex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
        // y = p − 1: the point of order 2
        hex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
        // y = p (non-canonical 0)
        hex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
        // y = p + 1 (non-canonical 1)
        hex("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
    };

    private SmallOrderEncodings() {
    }

    /**
     * libsodium 1.0.18 {@code ge25519_has_small_order}: whether the low 255 bits (the sign bit is
     * ignored) equal one of the values. Constant time.
     */
    static boolean matches(byte[] enc) {
        int found = 0;
        for (byte[] y : Y_VALUES) {
            int diff = 0;
            for (int i = 0; i < 31; i++) {
                diff |= (enc[i] ^ y[i]) & 0xff;
            }
            diff |= ((enc[31] & 0x7f) ^ y[31]) & 0xff;
            found |= (diff - 1) >>> 31;  // 1 iff diff == 0
        }
        return found != 0;
    }

    static byte[] hex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
