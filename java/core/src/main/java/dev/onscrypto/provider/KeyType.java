package dev.onscrypto.provider;

import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.primitives.Primitives;

/**
 * One raw-key signature algorithm (Ed25519 or CryptoNote) as the key factory, key pair generator and
 * signature engines see it: which keys it accepts, how a private key is checked and made, and how
 * the public key follows from it. Both use 32-byte keys.
 */
final class KeyType {
    static final int KEY_LENGTH = 32;

    private final String algorithm;
    private final Predicate<byte[]> validPrivate;
    private final Function<SecureRandom, byte[]> generator;
    private final UnaryOperator<byte[]> publicOf;
    private final boolean acceptsJdkEdEcKeys;

    private KeyType(String algorithm, Predicate<byte[]> validPrivate, Function<SecureRandom, byte[]> generator,
            UnaryOperator<byte[]> publicOf, boolean acceptsJdkEdEcKeys) {
        this.algorithm = algorithm;
        this.validPrivate = validPrivate;
        this.generator = generator;
        this.publicOf = publicOf;
        this.acceptsJdkEdEcKeys = acceptsJdkEdEcKeys;
    }

    /** Ed25519: any 32-byte seed is a private key; the JDK's own Ed25519 keys are accepted too. */
    static KeyType ed25519(Primitives primitives) {
        return new KeyType("Ed25519", seed -> true, random -> {
            byte[] seed = new byte[KEY_LENGTH];
            random.nextBytes(seed);
            return seed;
        }, seed -> primitives.ed25519().publicKey(seed), true);
    }

    /** CryptoNote: the private key is a scalar reduced modulo l and non-zero, as oxen-core requires. */
    static KeyType cryptoNote(Primitives primitives) {
        var group = primitives.group();
        return new KeyType("CryptoNote", scalar -> group.isCanonicalScalar(scalar) && !isZero(scalar), random -> {
            // 64 uniform bytes reduced mod l: bias below 2^-250, and no rejection loop in the common case.
            byte[] wide = new byte[64];
            try {
                while (true) {
                    random.nextBytes(wide);
                    byte[] scalar = group.reduce(wide);
                    if (!isZero(scalar)) {
                        return scalar;
                    }
                }
            } finally {
                Arrays.fill(wide, (byte) 0);
            }
        }, scalar -> primitives.cryptoNote().publicKey(scalar), false);
    }

    String algorithm() {
        return algorithm;
    }

    /** Whether keys have the standard encodings (X.509 / PKCS#8): Ed25519 yes, CryptoNote no. */
    boolean standardEncodings() {
        return acceptsJdkEdEcKeys;
    }

    /** The raw bytes of a public key this algorithm can use. */
    byte[] publicBytes(PublicKey key) throws InvalidKeyException {
        byte[] raw;
        if (key instanceof OnsPublicKey ours && ours.getAlgorithm().equals(algorithm)) {
            raw = ours.getRawKey();
        } else if (acceptsJdkEdEcKeys && key instanceof EdECPublicKey jdk) {
            raw = EdEcKeys.rawPublicKey(jdk);
        } else {
            throw new InvalidKeyException("not an " + algorithm + " public key of this provider: " + describe(key));
        }
        return checkPublic(raw);
    }

    /** The raw bytes of a private key this algorithm can use; the caller wipes them. */
    byte[] privateBytes(PrivateKey key) throws InvalidKeyException {
        byte[] raw;
        if (key instanceof OnsPrivateKey ours && ours.getAlgorithm().equals(algorithm)) {
            try {
                raw = ours.getRawKey();
            } catch (IllegalStateException destroyed) {
                throw new InvalidKeyException("private key has been destroyed");
            }
        } else if (acceptsJdkEdEcKeys && key instanceof EdECPrivateKey jdk) {
            raw = EdEcKeys.rawPrivateKey(jdk);
        } else {
            throw new InvalidKeyException("not an " + algorithm + " private key of this provider: " + describe(key));
        }
        return checkPrivate(raw);
    }

    byte[] checkPublic(byte[] raw) throws InvalidKeyException {
        if (raw.length != KEY_LENGTH) {
            throw new InvalidKeyException(algorithm + " public key must be " + KEY_LENGTH + " bytes, got " + raw.length);
        }
        return raw;
    }

    byte[] checkPrivate(byte[] raw) throws InvalidKeyException {
        if (raw.length != KEY_LENGTH) {
            throw new InvalidKeyException(algorithm + " private key must be " + KEY_LENGTH + " bytes, got " + raw.length);
        }
        if (!validPrivate.test(raw)) {
            throw new InvalidKeyException(algorithm + " private key must be a reduced, non-zero scalar");
        }
        return raw;
    }

    byte[] generatePrivate(SecureRandom random) {
        return generator.apply(random);
    }

    /** The public key of a checked private key. */
    byte[] publicOf(byte[] privateKey) throws InvalidKeyException {
        try {
            return publicOf.apply(privateKey);
        } catch (InvalidInputException e) {
            throw new InvalidKeyException(e.getMessage(), e);
        }
    }

    private static String describe(Object key) {
        return key == null ? "null" : key.getClass().getName();
    }

    private static boolean isZero(byte[] bytes) {
        int acc = 0;
        for (byte b : bytes) {
            acc |= b;
        }
        return acc == 0;
    }
}
