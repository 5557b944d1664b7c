package dev.onscrypto.internal;

import dev.onscrypto.InvalidInputException;

/**
 * CryptoNote varints ({@code tools::write_varint} / {@code read_varint}): unsigned LEB128 of a 64-bit
 * value, seven bits per byte, least-significant group first, high bit = "more bytes follow".
 *
 * <p>Reading accepts only the canonical (shortest) encoding. oxen-core's reader rejects a zero final
 * byte after the first (e.g. {@code f2 00} for 114); without that rule one prefix would have many
 * encodings and an address many spellings (oxen-core {@code src/common/varint.h}).
 */
public final class Varint {
    /** A 64-bit value needs at most ⌈64 / 7⌉ = 10 bytes. */
    public static final int MAX_LENGTH = 10;

    private Varint() {}

    /** A value read from a byte array, and how many bytes its encoding took. */
    public record Decoded(long value, int length) {}

    /** The canonical encoding of {@code value}, read as an unsigned 64-bit integer. */
    public static byte[] encode(long value) {
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
    public static int encodedLength(long value) {
        int bits = 64 - Long.numberOfLeadingZeros(value);
        return Math.max(1, (bits + 6) / 7);
    }

    /**
     * Reads one varint starting at {@code offset} into a 64-bit target.
     *
     * @throws InvalidInputException if the data ends inside the varint, the encoding is over-long
     *     (a zero final byte after the first), or the value does not fit in 64 bits
     */
    public static Decoded read(byte[] data, int offset) {
        return read(data, offset, 64);
    }

    /**
     * Reads one varint starting at {@code offset} into an unsigned target of {@code bits} bits (8, 16,
     * 32 or 64), with oxen-core's {@code tools::read_varint} rules ({@code common/varint.h}): a zero byte
     * after the first is over-long, and once seven or fewer bits of the target remain the byte must fit
     * in them (no continuation bit) — so every value has exactly one encoding and none overflows.
     *
     * @throws InvalidInputException if the data ends inside the varint, the encoding is over-long, or
     *     the value does not fit in {@code bits} bits
     */
    public static Decoded read(byte[] data, int offset, int bits) {
        if (bits != 8 && bits != 16 && bits != 32 && bits != 64) {
            throw new InvalidInputException("varint target must be 8, 16, 32 or 64 bits, got " + bits);
        }
        if (data == null || offset < 0 || offset > data.length) {
            throw new InvalidInputException("varint: no data at offset " + offset);
        }
        long value = 0;
        for (int shift = 0, i = 0; ; shift += 7, i++) {
            if (offset + i >= data.length) {
                throw new InvalidInputException("varint is truncated");
            }
            int b = data[offset + i] & 0xff;
            // A zero byte after the first carries nothing: a shorter encoding existed.
            if (b == 0 && shift > 0) {
                throw new InvalidInputException("varint is over-long (not the shortest encoding)");
            }
            int available = bits - shift;
            if (available <= 7 && b >= 1 << available) {
                throw new InvalidInputException("varint overflows " + bits + " bits");
            }
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return new Decoded(value, i + 1);
            }
        }
    }
}
