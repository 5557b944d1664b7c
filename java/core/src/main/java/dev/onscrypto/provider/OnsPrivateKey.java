package dev.onscrypto.provider;

import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.security.PrivateKey;

import dev.onscrypto.secret.SecretBytes;

/**
 * A raw 32-byte private key of this provider (Ed25519 seed or CryptoNote scalar): {@code getEncoded()}
 * is the key itself, format {@code RAW}. {@link #destroy()} zeroes it; afterwards it can no longer be
 * used. It refuses Java serialization, which would write the secret out in the clear.
 */
final class OnsPrivateKey implements PrivateKey {
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

    @Override
    public String getFormat() {
        return "RAW";
    }

    /** @throws IllegalStateException once destroyed */
    @Override
    public byte[] getEncoded() {
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
