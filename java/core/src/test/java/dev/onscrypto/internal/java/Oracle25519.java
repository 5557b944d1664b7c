package dev.onscrypto.internal.java;

import java.math.BigInteger;
import java.util.HexFormat;

/** Slow BigInteger reference arithmetic for edwards25519 and its scalars: the test oracle. */
final class Oracle25519 {
    static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
    static final BigInteger L = BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
    static final BigInteger D = BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    static final BigInteger[] IDENTITY = {BigInteger.ZERO, BigInteger.ONE};

    private Oracle25519() {
    }

    static BigInteger le(byte[] b) {
        byte[] be = new byte[b.length + 1];
        for (int i = 0; i < b.length; i++) {
            be[b.length - i] = b[i];
        }
        return new BigInteger(be);
    }

    static byte[] toLe(BigInteger v, int n) {
        byte[] out = new byte[n];
        byte[] be = v.toByteArray();
        for (int i = 0; i < be.length && i < n; i++) {
            out[i] = be[be.length - 1 - i];
        }
        return out;
    }

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    static BigInteger sqrt(BigInteger a) {
        a = a.mod(P);
        BigInteger x = a.modPow(P.add(BigInteger.valueOf(3)).shiftRight(3), P);
        if (x.multiply(x).mod(P).equals(a)) {
            return x;
        }
        x = x.multiply(BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P)).mod(P);
        return x.multiply(x).mod(P).equals(a) ? x : null;
    }

    /** oxen-core ge_frombytes_vartime rules; {x, y} or null. */
    static BigInteger[] decode(byte[] e) {
        BigInteger y = le(e).clearBit(255);
        int sign = (e[31] >> 7) & 1;
        if (y.compareTo(P) >= 0) {
            return null;
        }
        BigInteger u = y.multiply(y).subtract(BigInteger.ONE).mod(P);
        BigInteger v = D.multiply(y).multiply(y).add(BigInteger.ONE).mod(P);
        BigInteger x = sqrt(u.multiply(v.modInverse(P)));
        if (x == null || (x.signum() == 0 && sign == 1)) {
            return null;
        }
        if (x.testBit(0) != (sign == 1)) {
            x = P.subtract(x).mod(P);
        }
        return new BigInteger[] {x, y};
    }

    static byte[] encode(BigInteger[] pt) {
        byte[] e = toLe(pt[1], 32);
        if (pt[0].testBit(0)) {
            e[31] |= (byte) 0x80;
        }
        return e;
    }

    static BigInteger[] add(BigInteger[] p, BigInteger[] q) {
        BigInteger k = D.multiply(p[0]).multiply(q[0]).multiply(p[1]).multiply(q[1]).mod(P);
        BigInteger x = p[0].multiply(q[1]).add(p[1].multiply(q[0])).multiply(BigInteger.ONE.add(k).modInverse(P)).mod(P);
        BigInteger y = p[1].multiply(q[1]).add(p[0].multiply(q[0]))
                .multiply(BigInteger.ONE.subtract(k).mod(P).modInverse(P)).mod(P);
        return new BigInteger[] {x, y};
    }

    static BigInteger[] negate(BigInteger[] p) {
        return new BigInteger[] {P.subtract(p[0]).mod(P), p[1]};
    }

    static BigInteger[] mul(BigInteger s, BigInteger[] p) {
        BigInteger[] r = IDENTITY;
        for (int i = s.bitLength() - 1; i >= 0; i--) {
            r = add(r, r);
            if (s.testBit(i)) {
                r = add(r, p);
            }
        }
        return r;
    }
}
