package dev.onscrypto.provider;

import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyFactorySpi;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.KeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * {@code KeyFactory} for raw 32-byte keys ({@link RawPublicKeySpec}, {@link RawPrivateKeySpec}) of
 * one {@link KeyType}, and for Ed25519 also the standard encodings ({@link X509EncodedKeySpec},
 * {@link PKCS8EncodedKeySpec}, RFC 8410). Translating a key accepts this provider's keys and, for
 * Ed25519, the JDK's.
 */
final class RawKeyFactory extends KeyFactorySpi {
    private final KeyType type;

    RawKeyFactory(KeyType type) {
        this.type = type;
    }

    @Override
    protected PublicKey engineGeneratePublic(KeySpec keySpec) throws InvalidKeySpecException {
        byte[] bytes;
        if (keySpec instanceof RawPublicKeySpec raw) {
            bytes = raw.getKey();
        } else if (type.standardEncodings() && keySpec instanceof X509EncodedKeySpec x509) {
            bytes = Ed25519Encodings.publicFromX509(x509.getEncoded());
        } else {
            throw new InvalidKeySpecException("expected a RawPublicKeySpec"
                    + (type.standardEncodings() ? " or X509EncodedKeySpec" : "") + ", got " + name(keySpec));
        }
        try {
            return new OnsPublicKey(type.algorithm(), type.checkPublic(bytes));
        } catch (InvalidKeyException e) {
            throw new InvalidKeySpecException(e.getMessage(), e);
        }
    }

    @Override
    protected PrivateKey engineGeneratePrivate(KeySpec keySpec) throws InvalidKeySpecException {
        byte[] bytes;
        if (keySpec instanceof RawPrivateKeySpec raw) {
            try {
                bytes = raw.getKey();
            } catch (IllegalStateException cleared) {
                throw new InvalidKeySpecException("the key spec has been cleared", cleared);
            }
        } else if (type.standardEncodings() && keySpec instanceof PKCS8EncodedKeySpec pkcs8) {
            bytes = seedOf(pkcs8);
        } else {
            throw new InvalidKeySpecException("expected a RawPrivateKeySpec"
                    + (type.standardEncodings() ? " or PKCS8EncodedKeySpec" : "") + ", got " + name(keySpec));
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
            if (type.standardEncodings() && key instanceof PublicKey publicKey
                    && keySpec.isAssignableFrom(X509EncodedKeySpec.class)) {
                return keySpec.cast(new X509EncodedKeySpec(Ed25519Encodings.x509(type.publicBytes(publicKey))));
            }
            if (type.standardEncodings() && key instanceof PrivateKey privateKey
                    && keySpec.isAssignableFrom(PKCS8EncodedKeySpec.class)) {
                byte[] seed = type.privateBytes(privateKey);
                byte[] encoded = Ed25519Encodings.pkcs8(seed);
                try {
                    return keySpec.cast(new PKCS8EncodedKeySpec(encoded));
                } finally {
                    Arrays.fill(seed, (byte) 0);
                    Arrays.fill(encoded, (byte) 0);
                }
            }
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

    /** The seed of a PKCS#8 Ed25519 key; a v2 encoding's public key must be the seed's. */
    private byte[] seedOf(PKCS8EncodedKeySpec spec) throws InvalidKeySpecException {
        byte[] encoded = spec.getEncoded();
        byte[][] publicKey = new byte[1][];
        byte[] seed;
        try {
            seed = Ed25519Encodings.seedFromPkcs8(encoded, publicKey);
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
        if (publicKey[0] != null) {
            boolean matches;
            try {
                matches = Arrays.equals(publicKey[0], type.publicOf(seed));
            } catch (InvalidKeyException e) {
                Arrays.fill(seed, (byte) 0);
                throw new InvalidKeySpecException(e.getMessage(), e);
            }
            if (!matches) {
                Arrays.fill(seed, (byte) 0);
                throw new InvalidKeySpecException("the PKCS#8 public key does not belong to its private key");
            }
        }
        return seed;
    }

    private static String name(Object o) {
        return o == null ? "null" : o.getClass().getName();
    }
}
