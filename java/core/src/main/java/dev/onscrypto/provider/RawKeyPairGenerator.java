package dev.onscrypto.provider;

import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.InvalidParameterException;
import java.security.KeyPair;
import java.security.KeyPairGeneratorSpi;
import java.security.ProviderException;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Arrays;

/**
 * {@code KeyPairGenerator} for one {@link KeyType}. The only key size is 255 (or 256, the byte
 * length in bits), as both algorithms live on Curve25519's twisted Edwards form; there are no
 * parameters to choose.
 */
final class RawKeyPairGenerator extends KeyPairGeneratorSpi {
    private final KeyType type;
    private SecureRandom random;

    RawKeyPairGenerator(KeyType type) {
        this.type = type;
    }

    @Override
    public void initialize(int keysize, SecureRandom random) {
        if (keysize != 255 && keysize != 256) {
            throw new InvalidParameterException(type.algorithm() + " keys are 255 bits, not " + keysize);
        }
        this.random = random;
    }

    @Override
    public void initialize(AlgorithmParameterSpec params, SecureRandom random) throws InvalidAlgorithmParameterException {
        if (params != null) {
            throw new InvalidAlgorithmParameterException(type.algorithm() + " key generation takes no parameters");
        }
        this.random = random;
    }

    @Override
    public KeyPair generateKeyPair() {
        if (random == null) {
            random = new SecureRandom();
        }
        byte[] secret = type.generatePrivate(random);
        try {
            return new KeyPair(new OnsPublicKey(type.algorithm(), type.publicOf(secret)),
                    new OnsPrivateKey(type.algorithm(), secret));
        } catch (InvalidKeyException impossible) {
            throw new ProviderException("generated " + type.algorithm() + " key was rejected", impossible);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
