package dev.onscrypto.internal;

import java.lang.foreign.MemorySegment;

/**
 * What a backend implements: each primitive itself, nothing above it. The public classes of
 * {@code dev.onscrypto.primitives} check every argument (nulls, lengths, ranges) before calling here,
 * so implementations may assume well-formed input and only report the verdicts that depend on the
 * cryptography (a bad tag, a point that does not decode).
 *
 * <p>Variable-length data come as {@link MemorySegment}s: heap segments (views of the caller's arrays
 * or heap buffers, possibly read-only) or native ones (direct buffers), which the native backend passes
 * to C as they are. Outputs are writable and exactly as long as the result.
 *
 * <p>Points are 32-byte compressed ed25519 encodings; scalars are 32-byte little-endian integers.
 * "Valid point" always means oxen-core's {@code check_key}: the y coordinate is canonical, x exists,
 * and not (x = 0 with the sign bit set); small-order and mixed-order points are valid.
 */
public interface Backend {

    /** The backend's name for logs and reports, e.g. {@code "native (libsodium 1.0.18, onscrypto 1)"}. */
    String description();

    /**
     * BLAKE2b of {@code in} into all of {@code out} (1..64 bytes), keyed by {@code key} (empty = unkeyed,
     * up to 64 bytes).
     */
    void blake2b(MemorySegment in, byte[] key, MemorySegment out);

    /** BLAKE2b with the given output length, into a new array. */
    default byte[] blake2b(byte[] message, byte[] key, int outputLength) {
        byte[] out = new byte[outputLength];
        blake2b(MemorySegment.ofArray(message), key, MemorySegment.ofArray(out));
        return out;
    }

    /** An incremental BLAKE2b with the given output length (1..64) and key (empty = unkeyed). */
    HashState blake2bState(byte[] key, int outputLength);

    /** Keccak-256 with the original Keccak padding (CryptoNote {@code cn_fast_hash}) into 32-byte {@code out}. */
    void keccak256(MemorySegment in, MemorySegment out);

    /** Keccak-256 into a new array. */
    default byte[] keccak256(byte[] message) {
        byte[] out = new byte[32];
        keccak256(MemorySegment.ofArray(message), MemorySegment.ofArray(out));
        return out;
    }

    /** An incremental Keccak-256. */
    HashState keccak256State();

    /** Argon2id v1.3, one lane, {@code crypto_pwhash} semantics (memory limit in bytes). */
    byte[] argon2id(byte[] password, byte[] salt, long opsLimit, long memLimit, int outputLength);

    /**
     * XSalsa20-Poly1305, {@code crypto_secretbox_easy} layout: tag (16) then ciphertext, into {@code box}
     * of {@code message} + 16 bytes. {@code box} may start where {@code message} starts.
     */
    void secretboxSeal(MemorySegment message, byte[] nonce, byte[] key, MemorySegment box);

    /**
     * Opens a secretbox (at least 16 bytes) into {@code message} of {@code box} − 16 bytes; {@code false}
     * when the tag does not verify (then {@code message} holds no plaintext).
     */
    boolean secretboxOpen(MemorySegment box, byte[] nonce, byte[] key, MemorySegment message);

    /** Seals into a new array (the self-test's form). */
    default byte[] secretboxSeal(byte[] message, byte[] nonce, byte[] key) {
        byte[] box = new byte[message.length + 16];
        secretboxSeal(MemorySegment.ofArray(message), nonce, key, MemorySegment.ofArray(box));
        return box;
    }

    /** Opens into a new array; {@code null} when the box is shorter than a tag or does not verify. */
    default byte[] secretboxOpen(byte[] box, byte[] nonce, byte[] key) {
        if (box.length < 16) {
            return null;
        }
        byte[] message = new byte[box.length - 16];
        return secretboxOpen(MemorySegment.ofArray(box), nonce, key, MemorySegment.ofArray(message)) ? message : null;
    }

    /** XChaCha20-Poly1305-IETF: ciphertext then tag (16) into {@code out}; in place allowed. */
    void xchacha20poly1305Seal(MemorySegment message, byte[] ad, byte[] nonce, byte[] key, MemorySegment out);

    /** Opens XChaCha20-Poly1305 (at least 16 bytes); {@code false} when the tag does not verify. */
    boolean xchacha20poly1305Open(MemorySegment ciphertext, byte[] ad, byte[] nonce, byte[] key, MemorySegment out);

    /** Seals into a new array (the self-test's form). */
    default byte[] xchacha20poly1305Seal(byte[] message, byte[] ad, byte[] nonce, byte[] key) {
        byte[] out = new byte[message.length + 16];
        xchacha20poly1305Seal(MemorySegment.ofArray(message), ad, nonce, key, MemorySegment.ofArray(out));
        return out;
    }

    /** Opens into a new array; {@code null} when shorter than a tag or the tag does not verify. */
    default byte[] xchacha20poly1305Open(byte[] ciphertext, byte[] ad, byte[] nonce, byte[] key) {
        if (ciphertext.length < 16) {
            return null;
        }
        byte[] out = new byte[ciphertext.length - 16];
        return xchacha20poly1305Open(MemorySegment.ofArray(ciphertext), ad, nonce, key, MemorySegment.ofArray(out))
                ? out : null;
    }

    /** The Ed25519 public key of a 32-byte seed. */
    byte[] ed25519PublicKey(byte[] seed);

    /** A deterministic RFC 8032 Ed25519 signature by the key of {@code seed}, into 64-byte {@code signature}. */
    void ed25519Sign(byte[] seed, MemorySegment message, MemorySegment signature);

    /** A signature into a new array (the self-test's form). */
    default byte[] ed25519Sign(byte[] seed, byte[] message) {
        byte[] signature = new byte[64];
        ed25519Sign(seed, MemorySegment.ofArray(message), MemorySegment.ofArray(signature));
        return signature;
    }

    /** Verification of a whole array (the self-test's form). */
    default boolean ed25519Verify(byte[] signature, byte[] message, byte[] publicKey) {
        return ed25519Verify(signature, MemorySegment.ofArray(message), publicKey);
    }

    /** Ed25519 verification with libsodium 1.0.18's acceptance rules. */
    boolean ed25519Verify(byte[] signature, MemorySegment message, byte[] publicKey);

    /** oxen-core {@code check_key}. */
    boolean isValidPoint(byte[] point);

    /** p + q, or {@code null} if either is not a valid point. */
    byte[] pointAdd(byte[] p, byte[] q);

    /** s·G for a reduced scalar, in constant time; s = 0 gives the identity {@code 01 00..00}. */
    byte[] scalarMultBase(byte[] scalar);

    /** a·P + b·G in variable time (public inputs), or {@code null} if P is not a valid point. */
    byte[] doubleScalarMultBase(byte[] a, byte[] point, byte[] b);

    /** s &lt; l (oxen-core {@code sc_check}). */
    boolean isCanonicalScalar(byte[] scalar);

    /** s mod l for a 32-byte s. */
    byte[] scalarReduce32(byte[] scalar);

    /** s mod l for a 64-byte s. */
    byte[] scalarReduce64(byte[] scalar);

    /** (a + b) mod l. */
    byte[] scalarAdd(byte[] a, byte[] b);

    /** (a · b) mod l. */
    byte[] scalarMul(byte[] a, byte[] b);

    /** (c − a·b) mod l, in constant time. */
    byte[] scalarMulSub(byte[] a, byte[] b, byte[] c);
}
