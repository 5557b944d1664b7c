package dev.onscrypto.ons;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import dev.onscrypto.internal.Require;

/**
 * An encrypted record value exactly as stored on chain and placed in an update transaction (and so
 * exactly the bytes an update signature covers): ciphertext ‖ tag ‖ nonce for the current scheme,
 * tag ‖ ciphertext (49 bytes) for the legacy one.
 */
public final class EncryptedValue {
    /** oxen-core {@code mapping_value::BUFFER_SIZE}: the longest encrypted value (wallet with payment id). */
    public static final int MAX_LENGTH = 113;
    static final int NONCE_LENGTH = 24;
    /** A legacy value: Session value (33) + XSalsa20-Poly1305 tag (16). */
    static final int LEGACY_SESSION_LENGTH = 49;

    private final byte[] stored;
    private final RecordScheme scheme;

    EncryptedValue(byte[] stored, RecordScheme scheme) {
        this.stored = stored;
        this.scheme = scheme;
    }

    /**
     * The stored form for a record of {@code type}, with the scheme detected as oxen-core does:
     * a 49-byte Session value is legacy, anything else the current scheme.
     */
    public static EncryptedValue ofStored(MappingType type, byte[] stored) {
        Require.nonNull(type, "mapping type");
        Require.maxLength(stored, MAX_LENGTH, "encrypted value");
        return new EncryptedValue(stored.clone(), detectScheme(type, stored.length));
    }

    /** A current-scheme value from its sealed bytes (ciphertext ‖ tag) and nonce: sealed ‖ nonce. */
    static EncryptedValue current(byte[] sealed, byte[] nonce) {
        return new EncryptedValue(join(sealed, nonce), RecordScheme.XCHACHA20POLY1305);
    }

    /** oxen-core's rule: type session and exactly 49 bytes → legacy; anything else → current. */
    static RecordScheme detectScheme(MappingType type, int storedLength) {
        return type == MappingType.SESSION && storedLength == LEGACY_SESSION_LENGTH
                ? RecordScheme.LEGACY : RecordScheme.XCHACHA20POLY1305;
    }

    /** The stored form of the {@code ons_resolve} form: encrypted (ciphertext ‖ tag) ‖ nonce. */
    static byte[] join(byte[] encrypted, byte[] nonce) {
        Require.nonNull(encrypted, "encrypted value");
        Require.length(nonce, NONCE_LENGTH, "nonce");
        byte[] joined = Arrays.copyOf(encrypted, encrypted.length + NONCE_LENGTH);
        System.arraycopy(nonce, 0, joined, encrypted.length, NONCE_LENGTH);
        return joined;
    }

    /**
     * The {@code ons_resolve} form: {@code encrypted} (ciphertext ‖ tag) and a separate 24-byte nonce,
     * joined into the stored form. Scheme detection still looks at the joined bytes, as oxen-core's
     * {@code mapping_value::decrypt} does with what it reads from the database.
     */
    public static EncryptedValue ofResolved(MappingType type, byte[] encrypted, byte[] nonce) {
        return ofStored(type, join(encrypted, nonce));
    }

    /** The stored bytes. */
    public byte[] bytes() {
        return stored.clone();
    }

    public int length() {
        return stored.length;
    }

    public RecordScheme scheme() {
        return scheme;
    }

    /** The trailing nonce of a current-scheme value. */
    public Optional<byte[]> nonce() {
        return scheme == RecordScheme.LEGACY ? Optional.empty()
                : Optional.of(Arrays.copyOfRange(stored, stored.length - NONCE_LENGTH, stored.length));
    }

    /** What {@code ons_resolve} returns as {@code encrypted_value}: the stored bytes without the nonce. */
    public byte[] withoutNonce() {
        return scheme == RecordScheme.LEGACY ? bytes() : Arrays.copyOf(stored, stored.length - NONCE_LENGTH);
    }

    public String hex() {
        return HexFormat.of().formatHex(stored);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncryptedValue other && Arrays.equals(other.stored, stored);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(stored);
    }

    @Override
    public String toString() {
        return "EncryptedValue[" + scheme.label() + ", " + stored.length + " bytes]";
    }
}
