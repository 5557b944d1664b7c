package dev.onscrypto.provider;

import java.security.PublicKey;
import java.util.Arrays;

/** A raw 32-byte public key of this provider: {@code getEncoded()} is the key itself, format {@code RAW}. */
final class OnsPublicKey implements PublicKey {
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

    @Override
    public String getFormat() {
        return "RAW";
    }

    @Override
    public byte[] getEncoded() {
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
