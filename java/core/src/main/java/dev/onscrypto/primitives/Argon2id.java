package dev.onscrypto.primitives;

import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.Require;

/**
 * Argon2id v1.3 with one lane, with libsodium {@code crypto_pwhash} semantics: the memory limit is in
 * bytes (rounded down to whole KiB), the salt is 16 bytes, the output at least 16 bytes.
 */
public final class Argon2id {
    public static final int SALT_LENGTH = 16;
    public static final int MIN_OUTPUT_LENGTH = 16;
    public static final long MIN_OPS_LIMIT = 1;
    public static final long MAX_OPS_LIMIT = 0xffff_ffffL;
    /** libsodium's {@code crypto_pwhash_argon2id_MEMLIMIT_MIN}. */
    public static final long MIN_MEM_LIMIT = 8192;
    /** libsodium's {@code crypto_pwhash_argon2id_MEMLIMIT_MAX} on 64-bit platforms (4 TiB). */
    public static final long MAX_MEM_LIMIT = 4398046510080L;

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
