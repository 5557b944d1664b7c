package dev.onscrypto.provider;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A growable byte buffer that wipes what it held. The primitives are one-shot (whole message in,
 * whole result out), so every JCA engine here collects its input first; that input can be plaintext
 * or a message about to be signed, hence the wiping on clear and on growth.
 */
final class Accumulator {
    private byte[] data = new byte[64];
    private int size;

    void append(byte b) {
        ensure(1);
        data[size++] = b;
    }

    void append(byte[] input, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, input.length);
        ensure(length);
        System.arraycopy(input, offset, data, size, length);
        size += length;
    }

    void append(ByteBuffer input) {
        int length = input.remaining();
        ensure(length);
        input.get(data, size, length);
        size += length;
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    /** Forgets (and zeroes) the contents. */
    void clear() {
        Arrays.fill(data, 0, size, (byte) 0);
        size = 0;
    }

    /** An independent copy, for {@code MessageDigest.clone()}. */
    Accumulator copy() {
        Accumulator copy = new Accumulator();
        copy.data = Arrays.copyOf(data, data.length);
        copy.size = size;
        return copy;
    }

    private void ensure(int more) {
        if (more > Integer.MAX_VALUE - 8 - size) {
            throw new OutOfMemoryError("more than 2 GiB of input for a one-shot primitive");
        }
        int needed = size + more;
        if (needed > data.length) {
            byte[] bigger = Arrays.copyOf(data, Math.max(needed, Math.min(data.length * 2, Integer.MAX_VALUE - 8)));
            Arrays.fill(data, (byte) 0);
            data = bigger;
        }
    }
}
