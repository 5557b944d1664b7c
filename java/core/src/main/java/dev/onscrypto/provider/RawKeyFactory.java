package dev.onscrypto.provider;

import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyFactorySpi;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.KeySpec;
import java.util.Arrays;

/**
 * {@code KeyFactory} for raw 32-byte keys ({@link RawPublicKeySpec}, {@link RawPrivateKeySpec}) of
 * one {@link KeyType}. Translating a key accepts this provider's keys and, for Ed25519, the JDK's.
 */
final class RawKeyFactory extends KeyFactorySpi {
    private final KeyType type;

    RawKeyFactory(KeyType type) {
        this.type = type;
    }

    @Override
    protected PublicKey engineGeneratePublic(KeySpec keySpec) throws InvalidKeySpecException {
        if (!(keySpec instanceof RawPublicKeySpec raw)) {
            throw new InvalidKeySpecException("expected a RawPublicKeySpec, got " + name(keySpec));
        }
        try {
            return new OnsPublicKey(type.algorithm(), type.checkPublic(raw.getKey()));
        } catch (InvalidKeyException e) {
            throw new InvalidKeySpecException(e.getMessage(), e);
        }
    }

    @Override
    protected PrivateKey engineGeneratePrivate(KeySpec keySpec) throws InvalidKeySpecException {
        if (!(keySpec instanceof RawPrivateKeySpec raw)) {
            throw new InvalidKeySpecException("expected a RawPrivateKeySpec, got " + name(keySpec));
        }
        byte[] bytes;
        try {
            bytes = raw.getKey();
        } catch (IllegalStateException cleared) {
            throw new InvalidKeySpecException("the key spec has been cleared", cleared);
        }
        try {
            return new OnsPrivateKey(type.algorithm(), type.checkPrivate(bytes));
        } catch (InvalidKeyException e) {
            throw new InvalidKeySpecException(e.getMessage(), e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    protected <T extends KeySpec> T engineGetKeySpec(Key key, Class<T> keySpec) throws InvalidKeySpecException {
        try {
            if (key instanceof PublicKey publicKey && keySpec.isAssignableFrom(RawPublicKeySpec.class)) {
                return keySpec.cast(new RawPublicKeySpec(type.publicBytes(publicKey)));
            }
            if (key instanceof PrivateKey privateKey && keySpec.isAssignableFrom(RawPrivateKeySpec.class)) {
                byte[] bytes = type.privateBytes(privateKey);
                try {
                    return keySpec.cast(new RawPrivateKeySpec(bytes));
                } finally {
                    Arrays.fill(bytes, (byte) 0);
                }
            }
        } catch (InvalidKeyException e) {
            throw new InvalidKeySpecException(e.getMessage(), e);
        }
        throw new InvalidKeySpecException("cannot give " + name(key) + " as " + keySpec.getName());
    }

    @Override
    protected Key engineTranslateKey(Key key) throws InvalidKeyException {
        if (key instanceof OnsPublicKey || key instanceof OnsPrivateKey) {
            if (!type.algorithm().equals(key.getAlgorithm())) {
                throw new InvalidKeyException("not an " + type.algorithm() + " key: " + key.getAlgorithm());
            }
            return key;
        }
        if (key instanceof PublicKey publicKey) {
            return new OnsPublicKey(type.algorithm(), type.publicBytes(publicKey));
        }
        if (key instanceof PrivateKey privateKey) {
            byte[] bytes = type.privateBytes(privateKey);
            try {
                return new OnsPrivateKey(type.algorithm(), bytes);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }
        throw new InvalidKeyException("not a public or private key: " + name(key));
    }

    private static String name(Object o) {
        return o == null ? "null" : o.getClass().getName();
    }
}
