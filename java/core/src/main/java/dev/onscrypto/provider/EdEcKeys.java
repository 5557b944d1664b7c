package dev.onscrypto.provider;

import java.math.BigInteger;
import java.security.InvalidKeyException;
import java.security.interfaces.EdECKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.NamedParameterSpec;

/**
 * Converts the JDK's Ed25519 keys ({@code java.security.interfaces.EdEC*}) to the raw RFC 8032
 * encodings the backends take, so keys made by SunEC can be used with this provider directly.
 */
final class EdEcKeys {
    private EdEcKeys() {}

    /** RFC 8032 §5.1.2: y little-endian in 255 bits, the parity of x in the top bit. */
    static byte[] rawPublicKey(EdECPublicKey key) throws InvalidKeyException {
        requireEd25519(key);
        EdECPoint point = key.getPoint();
        BigInteger y = point.getY();
        if (y.signum() < 0 || y.bitLength() > 255) {
            throw new InvalidKeyException("Ed25519 point has y out of range");
        }
        byte[] bigEndian = y.toByteArray();
        byte[] raw = new byte[KeyType.KEY_LENGTH];
        for (int i = 0; i < bigEndian.length && i < raw.length; i++) {
            raw[i] = bigEndian[bigEndian.length - 1 - i];
        }
        if (point.isXOdd()) {
            raw[31] |= (byte) 0x80;
        }
        return raw;
    }

    /** The 32-byte seed, which is what both the JDK and libsodium call the private key. */
    static byte[] rawPrivateKey(EdECPrivateKey key) throws InvalidKeyException {
        requireEd25519(key);
        return key.getBytes().orElseThrow(() -> new InvalidKeyException("Ed25519 private key has no extractable bytes"));
    }

    private static void requireEd25519(EdECKey key) throws InvalidKeyException {
        if (!(key.getParams() instanceof NamedParameterSpec named) || !"Ed25519".equalsIgnoreCase(named.getName())) {
            throw new InvalidKeyException("not an Ed25519 key: " + key.getParams());
        }
    }
}
