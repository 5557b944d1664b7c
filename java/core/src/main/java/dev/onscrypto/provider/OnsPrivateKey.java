package dev.onscrypto.provider;

import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.security.PrivateKey;
import java.util.Arrays;

import dev.onscrypto.secret.SecretBytes;

/**
 * A 32-byte private key of this provider (Ed25519 seed or CryptoNote scalar). Ed25519 keys are encoded as
 * PKCS#8 {@code PrivateKeyInfo} (RFC 8410), as the JDK's are; CryptoNote keys as the raw scalar, format
 * {@code RAW}. The raw bytes come from {@link #getRawKey()}. {@link #destroy()} zeroes it; afterwards it can no longer be
 * used. It refuses Java serialization, which would write the secret out in the clear.
 */
final class OnsPrivateKey implements PrivateKey, RawKey {
    private static final long serialVersionUID = 1L;

    private final String algorithm;
    private final transient SecretBytes key;

    OnsPrivateKey(String algorithm, byte[] key) {
        this.algorithm = algorithm;
        this.key = SecretBytes.copyOf(key);
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
        return standard() ? Ed25519Encodings.PKCS8 : "RAW";
    }

    /** @throws IllegalStateException once destroyed */
    @Override
    public byte[] getEncoded() {
        if (!standard()) {
            return key.toByteArray();
        }
        byte[] seed = key.toByteArray();
        try {
            return Ed25519Encodings.pkcs8(seed);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /** @throws IllegalStateException once destroyed */
    @Override
    public byte[] getRawKey() {
        return key.toByteArray();
    }

    @Override
    public void destroy() {
        key.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return key.isDestroyed();
    }

    @Override
    public String toString() {
        return algorithm + " private key" + (isDestroyed() ? " (destroyed)" : "");
    }

    private void writeObject(ObjectOutputStream out) throws NotSerializableException {
        throw new NotSerializableException("private keys are not serialized");
    }
}
