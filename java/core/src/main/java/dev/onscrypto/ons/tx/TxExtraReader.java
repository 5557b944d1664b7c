package dev.onscrypto.ons.tx;

import java.util.Arrays;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Varint;

/**
 * A cursor over tx-extra bytes with oxen-core's binary archive rules ({@code serialization/binary_archive.h}):
 * raw bytes, little-endian fixed-width integers, and varints read into a target of a given width.
 * Every shortfall is a {@link TxExtraParseException}; nothing is allocated before its length is known
 * to be present.
 */
final class TxExtraReader {
    private final byte[] data;
    private int pos;

    TxExtraReader(byte[] data) {
        this.data = data;
    }

    int remaining() {
        return data.length - pos;
    }

    int position() {
        return pos;
    }

    int u8() {
        need(1);
        return data[pos++] & 0xff;
    }

    byte[] bytes(long n) {
        if (n < 0 || n > remaining()) {
            throw new TxExtraParseException("truncated: " + Long.toUnsignedString(n) + " bytes needed at offset " + pos
                    + ", " + remaining() + " left");
        }
        byte[] out = Arrays.copyOfRange(data, pos, pos + (int) n);
        pos += (int) n;
        return out;
    }

    /** An 8-byte little-endian unsigned integer (as a Java long holding the same 64 bits). */
    long u64le() {
        need(8);
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (data[pos + i] & 0xff);
        }
        pos += 8;
        return v;
    }

    /** A varint into an unsigned target of {@code bits} bits. */
    long varint(int bits) {
        try {
            Varint.Decoded d = Varint.read(data, pos, bits);
            pos += d.length();
            return d.value();
        } catch (InvalidInputException e) {
            throw new TxExtraParseException("deserialization of varint failed at offset " + pos + ": " + e.getMessage());
        }
    }

    private void need(int n) {
        if (remaining() < n) {
            throw new TxExtraParseException("truncated: " + n + " bytes needed at offset " + pos + ", " + remaining() + " left");
        }
    }
}
