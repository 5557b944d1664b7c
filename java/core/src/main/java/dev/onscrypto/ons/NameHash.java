package dev.onscrypto.ons;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Require;

/**
 * The 32-byte ONS name hash (unkeyed BLAKE2b-256 of the normalized name), and its text forms: the
 * 44-character padded standard base64 of the ONS database and RPC, and hex.
 */
public final class NameHash {
    public static final int LENGTH = 32;
    private static final HexFormat HEX = HexFormat.of();
    private final byte[] hash;

    private NameHash(byte[] hash) {
        this.hash = hash;
    }

    /** Wraps 32 hash bytes. */
    public static NameHash of(byte[] hash) {
        return new NameHash(Require.length(hash, LENGTH, "name hash").clone());
    }

    /** Takes a fresh 32-byte hash nobody else holds (the hasher's result), without the defensive copy. */
    static NameHash adopt(byte[] fresh) {
        return new NameHash(Require.length(fresh, LENGTH, "name hash"));
    }

    /**
     * Parses a name hash as oxen-core's RPC takes it ({@code name_hash_input_to_base64}): 64 hex
     * characters (either case), or 43/44 characters of standard base64 (44 only with a final '=')
     * decoding to 32 bytes. URL-safe base64 is not accepted.
     */
    public static NameHash parse(String text) {
        Require.nonNull(text, "name hash");
        if (text.length() == 64) {
            try {
                return new NameHash(HEX.parseHex(text));
            } catch (IllegalArgumentException notHex) {
                // fall through: 64 characters can only be hex
            }
        } else if (text.length() == 43 || (text.length() == 44 && text.endsWith("="))) {
            if (text.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '/' || c == '=')) {
                try {
                    byte[] b = Base64.getDecoder().decode(text.length() == 43 ? text + "=" : text);
                    if (b.length == LENGTH) {
                        return new NameHash(b);
                    }
                } catch (IllegalArgumentException notBase64) {
                    // fall through
                }
            }
        }
        throw new InvalidInputException("name hash must be 64 hex characters or 43/44 characters of standard base64");
    }

    public byte[] bytes() {
        return hash.clone();
    }

    /** Standard base64 with '=' padding: always 44 characters. */
    public String base64() {
        return Base64.getEncoder().encodeToString(hash);
    }

    public String hex() {
        return HEX.formatHex(hash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameHash other && MessageDigest.isEqual(other.hash, hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return base64();
    }
}
