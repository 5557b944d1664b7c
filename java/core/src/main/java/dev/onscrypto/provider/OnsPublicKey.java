package dev.onscrypto.provider;

import java.security.PublicKey;
import java.util.Arrays;

/**
 * A 32-byte public key of this provider. Ed25519 keys are encoded as X.509 {@code SubjectPublicKeyInfo}
 * (RFC 8410), as the JDK's are; CryptoNote keys as the raw key itself, format {@code RAW}. The raw bytes
 * come from {@link #getRawKey()}.
 */
final class OnsPublicKey implements PublicKey, RawKey {
    private static final long serialVersionUID = 1L;

    private final String algorithm;
    private final byte[] key;

    OnsPublicKey(String algorithm, byte[] key) {
        this.algorithm = algorithm;
        this.key = key.clone();
    }

    @Override
    public String getAlgorithm() {
        return algorithm;
    }

    private boolean standard() {
        return "Ed25519".equals(algorithm);
    }

    @Override
    public String getFormat() {
        return standard() ? Ed25519Encodings.X509 : "RAW";
    }

    @Override
    public byte[] getEncoded() {
        return standard() ? Ed25519Encodings.x509(key) : key.clone();
    }

    @Override
    public byte[] getRawKey() {
        return key.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OnsPublicKey that && algorithm.equals(that.algorithm) && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return algorithm.hashCode() * 31 + Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return algorithm + " public key " + java.util.HexFormat.of().formatHex(key);
    }
}
