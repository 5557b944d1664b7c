package dev.onscrypto.primitives;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Require;

/**
 * The CryptoNote signature over a 32-byte hash (a Schnorr signature on ed25519 with a Keccak-256
 * challenge), as oxen-core's {@code generate_signature} / {@code check_signature}
 * ({@code src/crypto/crypto.cpp}). A signature is c ‖ r (64 bytes) with
 * c = Hs(hash ‖ P ‖ k·G) and r = k − c·x mod l, where Hs is Keccak-256 reduced mod l.
 *
 * <p>Written once over {@link Ed25519Group}; the backends supply only the group arithmetic and Keccak.
 * {@link #check} keeps oxen-core's verdicts exactly, including the surprising ones: a small-order or
 * mixed-order public key whose signature satisfies the equation is accepted.
 */
public final class CryptoNoteSignature {
    public static final int HASH_LENGTH = 32;
    public static final int SECRET_KEY_LENGTH = 32;
    public static final int PUBLIC_KEY_LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 64;

    private final Ed25519Group group;
    private final SecureRandom random;

    CryptoNoteSignature(Ed25519Group group, SecureRandom random) {
        this.group = group;
        this.random = random;
    }

    /** P = x·G for a secret key x (canonical, non-zero). */
    public byte[] publicKey(byte[] secretKey) {
        return group.scalarMultBase(requireSecret(secretKey, "secret key"));
    }

    /** Signs {@code hash} with a fresh random nonce, as oxen-core does. */
    public byte[] sign(byte[] hash, byte[] secretKey) {
        Require.length(hash, HASH_LENGTH, "hash");
        requireSecret(secretKey, "secret key");
        while (true) {
            byte[] nonce = randomScalar();
            try {
                byte[] signature = trySign(hash, secretKey, nonce);
                if (signature != null) {
                    return signature;
                }
            } finally {
                Arrays.fill(nonce, (byte) 0);
            }
        }
    }

    /**
     * Signs {@code hash} with an explicit nonce k (canonical, non-zero) — deterministic, for test
     * vectors. A nonce must never be used twice with the same key: that reveals the key.
     *
     * @throws InvalidInputException if this nonce gives c = 0 or r = 0 (the random signer retries then)
     */
    public byte[] sign(byte[] hash, byte[] secretKey, byte[] nonce) {
        Require.length(hash, HASH_LENGTH, "hash");
        requireSecret(secretKey, "secret key");
        requireSecret(nonce, "nonce");
        byte[] signature = trySign(hash, secretKey, nonce);
        if (signature == null) {
            throw new InvalidInputException("nonce gives a degenerate signature (c = 0 or r = 0); choose another");
        }
        return signature;
    }

    private byte[] trySign(byte[] hash, byte[] secretKey, byte[] nonce) {
        byte[] publicKey = group.scalarMultBase(secretKey);
        byte[] commitment = group.scalarMultBase(nonce);
        byte[] c = challenge(hash, publicKey, commitment);
        if (isZero(c)) {
            return null;
        }
        byte[] r = group.scalarMulSub(c, secretKey, nonce);
        if (isZero(r)) {
            return null;
        }
        byte[] signature = Arrays.copyOf(c, SIGNATURE_LENGTH);
        System.arraycopy(r, 0, signature, 32, 32);
        Arrays.fill(r, (byte) 0);
        return signature;
    }

    /**
     * oxen-core {@code check_signature}: true iff P is a valid point, c and r are reduced, c ≠ 0,
     * R = c·P + r·G is not the identity, and Hs(hash ‖ P ‖ R) = c. Wrong lengths are an
     * {@link InvalidInputException}; everything else is a verdict.
     */
    public boolean check(byte[] hash, byte[] publicKey, byte[] signature) {
        Require.length(hash, HASH_LENGTH, "hash");
        Require.length(publicKey, PUBLIC_KEY_LENGTH, "public key");
        Require.length(signature, SIGNATURE_LENGTH, "signature");
        byte[] c = Arrays.copyOfRange(signature, 0, 32);
        byte[] r = Arrays.copyOfRange(signature, 32, 64);
        if (!group.isCanonicalScalar(c) || !group.isCanonicalScalar(r) || isZero(c)) {
            return false;
        }
        byte[] commitment;
        try {
            commitment = group.doubleScalarMultBase(c, publicKey, r);
        } catch (InvalidInputException invalidPoint) {
            return false;
        }
        if (Ed25519Group.isIdentity(commitment)) {
            return false;
        }
        // Both sides are reduced, so (c' − c) mod l = 0 is byte equality.
        return MessageDigest.isEqual(challenge(hash, publicKey, commitment), c);
    }

    private byte[] challenge(byte[] hash, byte[] publicKey, byte[] commitment) {
        byte[] buffer = new byte[96];
        System.arraycopy(hash, 0, buffer, 0, 32);
        System.arraycopy(publicKey, 0, buffer, 32, 32);
        System.arraycopy(commitment, 0, buffer, 64, 32);
        return group.hashToScalar(buffer);
    }

    /** oxen-core {@code random_scalar}: uniform in [1, l − 1] by rejection sampling. */
    private byte[] randomScalar() {
        byte[] k = new byte[32];
        while (true) {
            random.nextBytes(k);
            k[31] &= 0x1f; // below 2^253 < 2l: about half the draws are accepted
            if (group.isCanonicalScalar(k) && !isZero(k)) {
                return k;
            }
        }
    }

    private byte[] requireSecret(byte[] scalar, String what) {
        Require.length(scalar, SECRET_KEY_LENGTH, what);
        if (!group.isCanonicalScalar(scalar) || isZero(scalar)) {
            throw new InvalidInputException(what + " must be a reduced, non-zero scalar");
        }
        return scalar;
    }

    private static boolean isZero(byte[] bytes) {
        int acc = 0;
        for (byte b : bytes) {
            acc |= b;
        }
        return acc == 0;
    }
}
