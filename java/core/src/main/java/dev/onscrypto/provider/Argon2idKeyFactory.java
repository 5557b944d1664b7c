package dev.onscrypto.provider;

import java.security.InvalidKeyException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.KeySpec;
import java.util.Arrays;

import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactorySpi;
import javax.crypto.spec.SecretKeySpec;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.primitives.Argon2id;

/**
 * {@code SecretKeyFactory} "Argon2id": {@link Argon2idKeySpec} in, {@link DerivedSecretKey} out.
 * The derivation is deliberately expensive in time and memory ({@code memlimit} bytes for its
 * duration); it is a one-way function, so a derived key cannot be turned back into a spec.
 */
final class Argon2idKeyFactory extends SecretKeyFactorySpi {
    private final Argon2id argon2id;

    Argon2idKeyFactory(Argon2id argon2id) {
        this.argon2id = argon2id;
    }

    @Override
    protected SecretKey engineGenerateSecret(KeySpec keySpec) throws InvalidKeySpecException {
        if (!(keySpec instanceof Argon2idKeySpec spec)) {
            throw new InvalidKeySpecException("expected an Argon2idKeySpec, got "
                    + (keySpec == null ? "null" : keySpec.getClass().getName()));
        }
        byte[] password;
        try {
            password = spec.getPassword();
        } catch (IllegalStateException cleared) {
            throw new InvalidKeySpecException("the key spec's password has been cleared", cleared);
        }
        byte[] derived = null;
        try {
            derived = argon2id.derive(password, spec.getSalt(), spec.getOpsLimit(), spec.getMemLimit(),
                    spec.getKeyLength());
            return new DerivedSecretKey(derived);
        } catch (InvalidInputException e) {
            throw new InvalidKeySpecException(e.getMessage(), e);
        } finally {
            Arrays.fill(password, (byte) 0);
            if (derived != null) {
                Arrays.fill(derived, (byte) 0);
            }
        }
    }

    /** Only {@link SecretKeySpec} (the raw bytes): the password cannot be recovered from the key. */
    @Override
    protected KeySpec engineGetKeySpec(SecretKey key, Class<?> keySpec) throws InvalidKeySpecException {
        if (key instanceof DerivedSecretKey && keySpec != null && keySpec.isAssignableFrom(SecretKeySpec.class)) {
            byte[] raw = key.getEncoded();
            try {
                return new SecretKeySpec(raw, key.getAlgorithm());
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        }
        throw new InvalidKeySpecException("an Argon2id key can only be given as a SecretKeySpec");
    }

    @Override
    protected SecretKey engineTranslateKey(SecretKey key) throws InvalidKeyException {
        if (key instanceof DerivedSecretKey) {
            return key;
        }
        throw new InvalidKeyException("only keys derived by this factory are Argon2id keys");
    }
}
