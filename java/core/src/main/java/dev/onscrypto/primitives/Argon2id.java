package dev.onscrypto.primitives;

import dev.onscrypto.InsufficientMemoryException;
import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.Require;

/**
 * Argon2id v1.3 with one lane, with libsodium {@code crypto_pwhash} semantics: the memory limit is in
 * bytes (rounded down to whole KiB), the salt is 16 bytes, the output at least 16 bytes.
 *
 * <p>Limits, the same on both backends (anything outside is an {@link InvalidInputException} before
 * any work is done):
 * <ul>
 *   <li>opslimit (passes): 1 to 2<sup>32</sup> − 1;</li>
 *   <li>memlimit: 8 KiB ({@link #MIN_MEM_LIMIT}) to 16 GiB − 1 KiB ({@link #MAX_MEM_LIMIT}). libsodium
 *       itself goes to 4 TiB − 1 KiB, but the Java backend's memory is one Java array, which holds at
 *       most 16 GiB; one limit for both keeps the backends interchangeable;</li>
 *   <li>output length: 16 bytes to {@link Integer#MAX_VALUE}; salt: exactly 16 bytes; password: any length.</li>
 * </ul>
 * Valid parameters can still need more memory than there is: the Java backend needs memlimit bytes of
 * heap, the native backend the same off-heap. Then the call throws {@link InsufficientMemoryException}
 * ("not enough memory for Argon2id (needs N bytes, ...)"), never an {@link OutOfMemoryError}; the Java
 * backend says so at once when memlimit exceeds the maximum heap.
 */
public final class Argon2id {
    public static final int SALT_LENGTH = 16;
    public static final int MIN_OUTPUT_LENGTH = 16;
    public static final long MIN_OPS_LIMIT = 1;
    public static final long MAX_OPS_LIMIT = 0xffff_ffffL;
    /** libsodium's {@code crypto_pwhash_argon2id_MEMLIMIT_MIN}. */
    public static final long MIN_MEM_LIMIT = 8192;
    /**
     * This library's maximum on both backends: 16 GiB − 1 KiB, the most one Java array holds
     * (libsodium's {@code crypto_pwhash_argon2id_MEMLIMIT_MAX} is 4 TiB − 1 KiB on 64-bit platforms).
     */
    public static final long MAX_MEM_LIMIT = (16L << 30) - 1024;

    /** The ONS legacy record-key parameters (oxen-core {@code OPSLIMIT_MODERATE}, {@code MEMLIMIT_MODERATE}). */
    public static final long ONS_LEGACY_OPS_LIMIT = 3;
    public static final long ONS_LEGACY_MEM_LIMIT = 268_435_456L;

    private final Backend backend;

    Argon2id(Backend backend) {
        this.backend = backend;
    }

    /**
     * Derives {@code outputLength} bytes from {@code password}. Needs {@code memLimit} bytes of memory
     * for the duration of the call (off-heap on the native backend, heap on the Java backend).
     *
     * @throws InvalidInputException for a parameter outside the limits above (both backends alike)
     * @throws InsufficientMemoryException when the memory cannot be had
     */
    public byte[] derive(byte[] password, byte[] salt, long opsLimit, long memLimit, int outputLength) {
        Require.nonNull(password, "password");
        Require.length(salt, SALT_LENGTH, "Argon2id salt");
        Require.range(opsLimit, MIN_OPS_LIMIT, MAX_OPS_LIMIT, "Argon2id opslimit");
        Require.range(memLimit, MIN_MEM_LIMIT, MAX_MEM_LIMIT, "Argon2id memlimit (bytes)");
        Require.range(outputLength, MIN_OUTPUT_LENGTH, Integer.MAX_VALUE, "Argon2id output length");
        return backend.argon2id(password, salt, opsLimit, memLimit, outputLength);
    }
}
