package dev.onscrypto.ons;

/**
 * CryptoNote's block base58 (oxen-core {@code src/common/base58.cpp}) — not Bitcoin's
 * whole-number base58. The data is cut into 8-byte blocks (the last may be shorter); each block is a
 * big-endian integer written as a fixed number of base58 digits, most significant first, padded with
 * {@code 1} (digit 0). Fixed widths make every block independent and the output length a function of
 * the input length only.
 */
final class CryptoNoteBase58 {
    static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int FULL_BLOCK_BYTES = 8;
    private static final int FULL_BLOCK_CHARS = 11;
    /** Digits for a block of 0 … 8 bytes: the fewest d with 58^d ≥ 256^n. */
    private static final int[] CHARS_FOR_BYTES = {0, 2, 3, 5, 6, 7, 9, 10, 11};
    /** Inverse of {@link #CHARS_FOR_BYTES}: block bytes for 0 … 11 digits, -1 where no block has that width. */
    private static final int[] BYTES_FOR_CHARS = {0, -1, 1, 2, -1, 3, 4, 5, -1, 6, 7, 8};
    /** Digit value per ASCII code, -1 outside the alphabet. */
    private static final byte[] DIGIT = new byte[128];
    /** Largest value that can be multiplied by 58 without exceeding 2^64 − 1 (unsigned). */
    private static final long MAX_BEFORE_MULTIPLY = Long.divideUnsigned(-1L, 58);

    static {
        java.util.Arrays.fill(DIGIT, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            DIGIT[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    private CryptoNoteBase58() {}

    /** Encodes {@code data}: 11 characters per full 8-byte block plus the width of the last block. */
    static String encode(byte[] data) {
        int full = data.length / FULL_BLOCK_BYTES;
        int rest = data.length % FULL_BLOCK_BYTES;
        StringBuilder out = new StringBuilder(full * FULL_BLOCK_CHARS + CHARS_FOR_BYTES[rest]);
        for (int block = 0; block <= full; block++) {
            int start = block * FULL_BLOCK_BYTES;
            int size = block < full ? FULL_BLOCK_BYTES : rest;
            if (size > 0) {
                encodeBlock(data, start, size, out);
            }
        }
        return out.toString();
    }

    private static void encodeBlock(byte[] data, int start, int size, StringBuilder out) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = (value << 8) | (data[start + i] & 0xff);
        }
        int width = CHARS_FOR_BYTES[size];
        char[] digits = new char[width];
        // Fill from the least significant digit; positions left over stay '1' (zero).
        for (int i = width - 1; i >= 0; i--) {
            digits[i] = ALPHABET.charAt((int) Long.remainderUnsigned(value, 58));
            value = Long.divideUnsigned(value, 58);
        }
        out.append(digits);
    }

    /**
     * Decodes {@code text}.
     *
     * @throws InvalidAddressException if a character is outside the alphabet, the last block has a
     *     width no block size produces (1, 4 or 8 characters), or a block's value does not fit its bytes
     */
    static byte[] decode(String text) {
        int full = text.length() / FULL_BLOCK_CHARS;
        int restChars = text.length() % FULL_BLOCK_CHARS;
        int restBytes = BYTES_FOR_CHARS[restChars];
        if (restBytes < 0) {
            throw new InvalidAddressException(
                    "address has an invalid base58 length (last block of " + restChars + " characters)");
        }
        byte[] out = new byte[full * FULL_BLOCK_BYTES + restBytes];
        for (int block = 0; block <= full; block++) {
            int chars = block < full ? FULL_BLOCK_CHARS : restChars;
            if (chars > 0) {
                decodeBlock(text, block * FULL_BLOCK_CHARS, chars, out, block * FULL_BLOCK_BYTES);
            }
        }
        return out;
    }

    private static void decodeBlock(String text, int start, int chars, byte[] out, int outStart) {
        long value = 0;
        for (int i = 0; i < chars; i++) {
            char c = text.charAt(start + i);
            int d = c < 128 ? DIGIT[c] : -1;
            if (d < 0) {
                throw new InvalidAddressException("address has a character outside the base58 alphabet at index " + (start + i));
            }
            // value * 58 + d must stay below 2^64 (an 11-digit block can reach 58^11 − 1 ≈ 2^64.4).
            if (Long.compareUnsigned(value, MAX_BEFORE_MULTIPLY) > 0) {
                throw overflow(start);
            }
            long next = value * 58 + d;
            if (Long.compareUnsigned(next, value * 58) < 0) {
                throw overflow(start);
            }
            value = next;
        }
        int size = BYTES_FOR_CHARS[chars];
        // A short block must fit its byte count: e.g. 2 digits reach 3363 but 1 byte only 255.
        if (size < FULL_BLOCK_BYTES && (value >>> (8 * size)) != 0) {
            throw overflow(start);
        }
        for (int i = size - 1; i >= 0; i--) {
            out[outStart + i] = (byte) value;
            value >>>= 8;
        }
    }

    private static InvalidAddressException overflow(int start) {
        return new InvalidAddressException("address has a base58 block that overflows its size (block at index " + start + ")");
    }
}
