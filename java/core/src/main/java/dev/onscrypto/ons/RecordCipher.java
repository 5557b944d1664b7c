package dev.onscrypto.ons;

import java.security.SecureRandom;
import java.util.Arrays;

import dev.onscrypto.AuthenticationFailedException;
import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Require;
import dev.onscrypto.primitives.Argon2id;
import dev.onscrypto.primitives.Primitives;

/**
 * Encrypts and decrypts ONS record values, byte-compatible with oxen-core's
 * {@code mapping_value::encrypt} / {@code decrypt}. The scheme is chosen from the stored bytes alone:
 * a Session value of exactly 49 bytes is legacy (Argon2id + XSalsa20-Poly1305), anything else is the
 * current XChaCha20-Poly1305 scheme with the nonce in the last 24 bytes.
 */
public final class RecordCipher {
    private static final int TAG = 16;
    private static final int NONCE = EncryptedValue.NONCE_LENGTH;
    private static final byte[] LEGACY_SALT = new byte[16];
    private static final byte[] LEGACY_NONCE = new byte[24];
    private static final byte[] NO_AD = new byte[0];

    private final Primitives primitives;
    private final NameHasher hasher;
    private final Argon2Budget budget;
    private final SecureRandom random;

    RecordCipher(Primitives primitives, NameHasher hasher, Argon2Budget budget, SecureRandom random) {
        this.primitives = primitives;
        this.hasher = hasher;
        this.budget = budget;
        this.random = random;
    }

    /** Encrypts with the current scheme and a fresh random nonce. */
    public EncryptedValue encrypt(OnsName name, MappingValue value) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        return encrypt(name, value, nonce);
    }

    /**
     * Encrypts with the current scheme and the given 24-byte nonce (deterministic: for tests and
     * vectors; a nonce must not be reused with the same name).
     */
    public EncryptedValue encrypt(OnsName name, MappingValue value, byte[] nonce) {
        requireMatchingType(name, value);
        Require.length(nonce, NONCE, "nonce");
        byte[] key = currentKey(name);
        try {
            return EncryptedValue.current(primitives.xchacha20Poly1305().seal(value.binary(), nonce, key), nonce);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Encrypts a Session value with the legacy HF15 scheme (Argon2id + XSalsa20-Poly1305; deterministic;
     * needs 256 MiB for Argon2id, taken from the memory budget). Only Session: oxen-core only ever wrote
     * Session values this way and only decrypts a 49-byte Session value as legacy, so a legacy lokinet
     * or wallet record could never be read.
     *
     * @throws LegacySchemeUnsupportedException for a lokinet or wallet name or value
     */
    public EncryptedValue encryptLegacy(OnsName name, MappingValue value) {
        Require.nonNull(name, "name");
        Require.nonNull(value, "value");
        if (name.type() != MappingType.SESSION || value.type() != MappingType.SESSION) {
            throw new LegacySchemeUnsupportedException("the legacy (HF15) scheme is for Session values only: "
                    + "nothing reads a legacy " + (value.type() != MappingType.SESSION ? value.type() : name.type()).label()
                    + " record (oxen-core decrypts only 49-byte Session values as legacy); use the current scheme");
        }
        return new EncryptedValue(rawLegacySeal(name, value.binary()), RecordScheme.LEGACY);
    }

    /**
     * oxen-core's raw legacy transform, for any bytes and any type: XSalsa20-Poly1305 with an all-zero nonce under
     * Argon2id(name, zero salt, ops 3, 256 MiB), MAC first. The key depends on the name alone. This is
     * what oxen-core's code computes and what the {@code ons_encrypt_legacy} test vectors check; it is
     * <em>not</em> a way to make records — use {@link #encryptLegacy} (Session only) for that.
     */
    public byte[] rawLegacySeal(OnsName name, byte[] plaintext) {
        Require.nonNull(name, "name");
        Require.nonNull(plaintext, "plaintext");
        byte[] key = legacyKey(name);
        try {
            return primitives.xsalsa20Poly1305().seal(plaintext, LEGACY_NONCE, key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Decrypts a value in its stored form (as in the ONS database and {@code ons_names_to_owners}). */
    public MappingValue decrypt(OnsName name, byte[] stored) {
        Require.nonNull(name, "name");
        Require.nonNull(stored, "encrypted value");
        MappingType type = name.type();
        if (type != type.recordType()) {
            throw new InvalidInputException("records are stored as type lokinet; "
                    + type.label() + " exists only in buy/renew transactions");
        }
        if (EncryptedValue.detectScheme(type, stored.length) == RecordScheme.LEGACY) {
            return decryptLegacy(name, stored);
        }
        return decryptCurrent(name, stored);
    }

    /** Decrypts the {@code ons_resolve} form: {@code encrypted_value} (ciphertext ‖ tag) and its {@code nonce}. */
    public MappingValue decrypt(OnsName name, byte[] encrypted, byte[] nonce) {
        return decrypt(name, EncryptedValue.join(encrypted, nonce));
    }

    /** Decrypts an {@link EncryptedValue}. */
    public MappingValue decrypt(OnsName name, EncryptedValue value) {
        return decrypt(name, Require.nonNull(value, "encrypted value").bytes());
    }

    private MappingValue decryptCurrent(OnsName name, byte[] stored) {
        int plaintextLength = stored.length - TAG - NONCE;
        if (!fitsPlaintext(name.type(), plaintextLength)) {
            throw new DecryptionFailedException("a " + name.type().label() + " value of " + stored.length
                    + " bytes fits no encryption scheme");
        }
        byte[] nonce = Arrays.copyOfRange(stored, stored.length - NONCE, stored.length);
        byte[] key = currentKey(name);
        byte[] plaintext = new byte[plaintextLength];
        try {
            // Opened in place from the stored bytes (ciphertext ‖ tag ‖ nonce): no copy of the ciphertext.
            primitives.xchacha20Poly1305().open(stored, 0, stored.length - NONCE, NO_AD, plaintext, 0, nonce, key);
            return MappingValue.ofBinary(name.type(), plaintext);
        } catch (AuthenticationFailedException e) {
            throw new DecryptionFailedException("value does not decrypt for this name and type (wrong name or altered bytes)");
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(plaintext, (byte) 0); // MappingValue keeps its own copy
        }
    }

    private MappingValue decryptLegacy(OnsName name, byte[] stored) {
        byte[] key = legacyKey(name);
        try {
            return MappingValue.ofBinary(name.type(), primitives.xsalsa20Poly1305().open(stored, LEGACY_NONCE, key));
        } catch (AuthenticationFailedException e) {
            throw new DecryptionFailedException("legacy value does not decrypt for this name (wrong name or altered bytes)");
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** oxen-core's expected plaintext lengths: session 33, lokinet 32, wallet 65 or 73 (with payment id). */
    private static boolean fitsPlaintext(MappingType type, int length) {
        return switch (type) {
            case SESSION -> length == MappingValue.SESSION_LENGTH;
            case WALLET -> length == MappingValue.WALLET_LENGTH || length == MappingValue.WALLET_INTEGRATED_LENGTH;
            default -> length == MappingValue.LOKINET_LENGTH;
        };
    }

    /** BLAKE2b-256(name, key = name hash). */
    private byte[] currentKey(OnsName name) {
        return primitives.blake2b().hash(name.bytes(), hasher.hash(name).bytes(), 32);
    }

    /** Argon2id(name, 16 zero bytes, ops 3, 256 MiB), inside the memory budget. */
    private byte[] legacyKey(OnsName name) {
        Argon2Budget.Reservation reserved = budget.reserve(Argon2id.ONS_LEGACY_MEM_LIMIT);
        try {
            return primitives.argon2id().derive(name.bytes(), LEGACY_SALT, Argon2id.ONS_LEGACY_OPS_LIMIT,
                    Argon2id.ONS_LEGACY_MEM_LIMIT, 32);
        } finally {
            reserved.close();
        }
    }

    private static void requireMatchingType(OnsName name, MappingValue value) {
        Require.nonNull(name, "name");
        Require.nonNull(value, "value");
        if (name.type().recordType() != value.type()) {
            throw new InvalidInputException("a " + value.type().label() + " value cannot be stored under a "
                    + name.type().label() + " name");
        }
    }
}
