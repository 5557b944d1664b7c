package dev.onscrypto.provider;

import java.io.NotSerializableException;
import java.io.ObjectOutputStream;

import javax.crypto.SecretKey;

import dev.onscrypto.secret.SecretBytes;

/**
 * A key derived by Argon2id: format {@code RAW}, so it goes straight into this provider's ciphers.
 * {@link #destroy()} zeroes it; like the private keys it refuses Java serialization.
 */
final class DerivedSecretKey implements SecretKey {
    private static final long serialVersionUID = 1L;

    private final transient SecretBytes key;

    DerivedSecretKey(byte[] key) {
        this.key = SecretBytes.copyOf(key);
    }

    @Override
    public String getAlgorithm() {
        return "Argon2id";
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
        return "Argon2id-derived key of " + key.length() + " bytes" + (isDestroyed() ? " (destroyed)" : "");
    }

    private void writeObject(ObjectOutputStream out) throws NotSerializableException {
        throw new NotSerializableException("secret keys are not serialized");
    }
}
