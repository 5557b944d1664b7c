package dev.onscrypto.ons;

import dev.onscrypto.InvalidInputException;

/**
 * oxenc's z-base-32 ({@code oxenc/base32z.h}): the bytes as one big-endian bit string, five bits per character,
 * most significant first, the last group padded with zero bits, no {@code =} padding. Decoding
 * accepts upper-case letters too (oxenc's tables are case-insensitive); encoding is lower-case.
 *
 * <p>The lokinet helpers add the exact shape of a {@code .loki} value, which oxen-core checks with
 * case-sensitive string tests on top of the case-insensitive alphabet check.
 */
final class Base32z {
    static final String ALPHABET = "ybndrfg8ejkmcpqxot1uwisza345h769";
    /** Length of a lokinet public key. */
    static final int LOKINET_KEY_BYTES = 32;
    /** ⌈256 / 5⌉ characters for 32 bytes. */
    static final int LOKINET_KEY_CHARS = 52;
    static final String LOKI_SUFFIX = ".loki";
    /** Value per ASCII code, -1 outside the alphabet (upper-case letters map like their lower-case forms). */
    private static final byte[] VALUE = new byte[128];

    static {
        java.util.Arrays.fill(VALUE, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            char c = ALPHABET.charAt(i);
            VALUE[c] = (byte) i;
            if (c >= 'a' && c <= 'z') {
                VALUE[c - 'a' + 'A'] = (byte) i;
            }
        }
    }

    private Base32z() {}

    /** Lower-case z-base-32 of {@code data}: ⌈8·n / 5⌉ characters. */
    static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0; // pending bits, right-aligned
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out.append(ALPHABET.charAt((buffer >>> bits) & 0x1f));
            }
            buffer &= (1 << bits) - 1;
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1f));
        }
        return out.toString();
    }

    /** Whether every character of {@code text} is a z-base-32 character, either case (oxenc {@code is_base32z}). */
    static boolean isBase32z(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || VALUE[c] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes {@code text}: ⌊5·n / 8⌋ bytes; the trailing bits that do not fill a byte are dropped,
     * as oxenc does.
     *
     * @throws InvalidInputException if a character is outside the alphabet
     */
    static byte[] decode(CharSequence text) {
        if (!isBase32z(text)) {
            throw new InvalidInputException("text is not z-base-32");
        }
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            buffer = (buffer << 5) | VALUE[text.charAt(i)];
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (buffer >>> bits);
                buffer &= (1 << bits) - 1;
            }
        }
        return out;
    }

    /** {@code encode(key) + ".loki"} for a 32-byte lokinet key: 57 characters ending in {@code y.loki} or {@code o.loki}. */
    static String encodeLokinet(byte[] key) {
        if (key.length != LOKINET_KEY_BYTES) {
            throw new InvalidInputException("lokinet key must be " + LOKINET_KEY_BYTES + " bytes, got " + key.length);
        }
        return encode(key) + LOKI_SUFFIX;
    }

    /**
     * The 32-byte key of a lokinet value: exactly 52 z-base-32 characters (either case) followed by a
     * lower-case {@code .loki}, the 52nd character being {@code y} or {@code o}.
     *
     * @throws InvalidValueException naming the rule that failed
     */
    static byte[] decodeLokinet(String text) {
        if (text.length() != LOKINET_KEY_CHARS + LOKI_SUFFIX.length()) {
            throw new InvalidValueException("lokinet value must be " + LOKINET_KEY_CHARS
                    + " z-base-32 characters followed by .loki (" + (LOKINET_KEY_CHARS + LOKI_SUFFIX.length())
                    + " characters), got " + text.length());
        }
        if (!text.endsWith(LOKI_SUFFIX)) {
            throw new InvalidValueException("lokinet value must end with .loki (lower-case)");
        }
        String key = text.substring(0, LOKINET_KEY_CHARS);
        if (!isBase32z(key)) {
            throw new InvalidValueException("lokinet value has a character outside the z-base-32 alphabet");
        }
        // 52 characters carry 260 bits for 256: the last character may only hold one significant bit,
        // i.e. value 0 ('y') or 16 ('o'). oxen-core compares the character case-sensitively.
        char last = key.charAt(LOKINET_KEY_CHARS - 1);
        if (last != 'y' && last != 'o') {
            throw new InvalidValueException("lokinet value's 52nd character must be 'y' or 'o'");
        }
        return decode(key);
    }
}
