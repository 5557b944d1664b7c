package dev.onscrypto.ons;

import dev.onscrypto.InvalidInputException;

/**
 * CryptoNote varints ({@code tools::write_varint} / {@code read_varint}): unsigned LEB128 of a 64-bit
 * value, seven bits per byte, least-significant group first, high bit = "more bytes follow".
 *
 * <p>Reading accepts only the canonical (shortest) encoding. oxen-core's reader rejects a zero final
 * byte after the first (e.g. {@code f2 00} for 114); without that rule one prefix would have many
 * encodings and an address many spellings (spec addendum 8).
 */
final class Varint {
    /** A 64-bit value needs at most ⌈64 / 7⌉ = 10 bytes. */
    static final int MAX_LENGTH = 10;

    private Varint() {}

    /** A value read from a byte array, and how many bytes its encoding took. */
    record Decoded(long value, int length) {}

    /** The canonical encoding of {@code value}, read as an unsigned 64-bit integer. */
    static byte[] encode(long value) {
        byte[] out = new byte[encodedLength(value)];
        long v = value;
        for (int i = 0; i < out.length - 1; i++) {
            out[i] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out[out.length - 1] = (byte) v;
        return out;
    }

    /** Length of the canonical encoding of the unsigned {@code value} (1 … 10). */
    static int encodedLength(long value) {
        int bits = 64 - Long.numberOfLeadingZeros(value);
        return Math.max(1, (bits + 6) / 7);
    }

    /**
     * Reads one varint starting at {@code offset}.
     *
     * @throws InvalidInputException if the data ends inside the varint, the encoding is over-long
     *     (a zero final byte after the first), or the value does not fit in 64 bits
     */
    static Decoded read(byte[] data, int offset) {
        if (data == null || offset < 0 || offset > data.length) {
            throw new InvalidInputException("varint: no data at offset " + offset);
        }
        long value = 0;
        for (int i = 0; i < MAX_LENGTH; i++) {
            if (offset + i >= data.length) {
                throw new InvalidInputException("varint is truncated");
            }
            int b = data[offset + i] & 0xff;
            int group = b & 0x7f;
            int shift = 7 * i;
            // The tenth byte holds bit 63 only: anything above it overflows 64 bits.
            if (shift == 63 && (b & 0xfe) != 0) {
                throw new InvalidInputException("varint overflows 64 bits");
            }
            value |= (long) group << shift;
            if ((b & 0x80) == 0) {
                // A zero last group means a shorter encoding existed: not canonical.
                if (group == 0 && i > 0) {
                    throw new InvalidInputException("varint is over-long (not the shortest encoding)");
                }
                return new Decoded(value, i + 1);
            }
        }
        // Unreachable: the tenth byte either overflowed above or ended the loop (its high bit is clear).
        throw new InvalidInputException("varint overflows 64 bits");
    }
}
