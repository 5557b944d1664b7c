package dev.onscrypto.internal.java;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * BLAKE2b (RFC 7693) with libsodium's crypto_generichash parameters: 1–64 byte output, 0–64 byte key,
 * no salt or personalisation. Our own rather than Bouncy Castle's Blake2bDigest because that one keeps
 * its working vector in an array (every G step loads and stores it) and allocates per finish; here the
 * 16-word working vector lives in locals, and the chain value, counter, buffer and key block are fields
 * that {@link #wipe} zeroes. One instance is one hash computation (incremental, copyable), one thread.
 */
final class Blake2b {
    static final int BLOCK = 128;
    private static final VarHandle LE_LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long IV0 = 0x6a09e667f3bcc908L;
    private static final long IV1 = 0xbb67ae8584caa73bL;
    private static final long IV2 = 0x3c6ef372fe94f82bL;
    private static final long IV3 = 0xa54ff53a5f1d36f1L;
    private static final long IV4 = 0x510e527fade682d1L;
    private static final long IV5 = 0x9b05688c2b3e6c1fL;
    private static final long IV6 = 0x1f83d9abfb41bd6bL;
    private static final long IV7 = 0x5be0cd19137e2179L;
    /** The message word schedule of RFC 7693 §2.7, rounds 10 and 11 repeating 0 and 1. */
    private static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    };

    private final long[] h = new long[8];
    private final long[] m = new long[16];
    private final byte[] buffer = new byte[BLOCK];
    private final int outputLength;
    private long counter; // bytes compressed so far (inputs stay below 2^63 bytes: the high word is always 0)
    private int buffered;

    /** A hash with {@code outputLength} (1–64) bytes, keyed when {@code key} is not empty (0–64 bytes). */
    Blake2b(byte[] key, int outputLength) {
        this.outputLength = outputLength;
        h[0] = IV0 ^ (0x01010000L | (long) key.length << 8 | outputLength);
        h[1] = IV1;
        h[2] = IV2;
        h[3] = IV3;
        h[4] = IV4;
        h[5] = IV5;
        h[6] = IV6;
        h[7] = IV7;
        if (key.length > 0) {
            // The key, zero-padded, is the first block (RFC 7693 §3.3).
            System.arraycopy(key, 0, buffer, 0, key.length);
            buffered = BLOCK;
        }
    }

    private Blake2b(Blake2b other) {
        this.outputLength = other.outputLength;
        System.arraycopy(other.h, 0, h, 0, 8);
        System.arraycopy(other.buffer, 0, buffer, 0, BLOCK);
        this.counter = other.counter;
        this.buffered = other.buffered;
    }

    int outputLength() {
        return outputLength;
    }

    /** An independent copy of this state. */
    Blake2b copy() {
        return new Blake2b(this);
    }

    void update(byte[] in, int off, int len) {
        if (len == 0) {
            return;
        }
        // The last block is compressed by finish (with the final flag): keep at least one byte back.
        if (buffered > 0) {
            int take = Math.min(BLOCK - buffered, len);
            System.arraycopy(in, off, buffer, buffered, take);
            buffered += take;
            off += take;
            len -= take;
            if (len == 0) {
                return;
            }
            counter += BLOCK;
            compress(buffer, 0, false);
            buffered = 0;
        }
        while (len > BLOCK) {
            counter += BLOCK;
            compress(in, off, false);
            off += BLOCK;
            len -= BLOCK;
        }
        System.arraycopy(in, off, buffer, 0, len);
        buffered = len;
    }

    /** Writes the {@link #outputLength} digest bytes at {@code out[outOff]}, then wipes this state. */
    void finish(byte[] out, int outOff) {
        Arrays.fill(buffer, buffered, BLOCK, (byte) 0);
        counter += buffered;
        compress(buffer, 0, true);
        int full = outputLength >>> 3;
        for (int i = 0; i < full; i++) {
            LE_LONG.set(out, outOff + 8 * i, h[i]);
        }
        for (int i = 8 * full; i < outputLength; i++) {
            out[outOff + i] = (byte) (h[i >>> 3] >>> (8 * (i & 7)));
        }
        wipe();
    }

    /** Zeroes the chain value, the message words and the buffer (which may hold the key block). */
    void wipe() {
        Arrays.fill(h, 0);
        Arrays.fill(m, 0);
        Arrays.fill(buffer, (byte) 0);
        counter = 0;
        buffered = 0;
    }

    private void compress(byte[] block, int off, boolean last) {
        long[] m = this.m;
        for (int i = 0; i < 16; i++) {
            m[i] = (long) LE_LONG.get(block, off + 8 * i);
        }
        long[] h = this.h;
        long v0 = h[0], v1 = h[1], v2 = h[2], v3 = h[3], v4 = h[4], v5 = h[5], v6 = h[6], v7 = h[7];
        long v8 = IV0, v9 = IV1, v10 = IV2, v11 = IV3;
        long v12 = IV4 ^ counter, v13 = IV5, v14 = last ? ~IV6 : IV6, v15 = IV7;
        for (int r = 0; r < 12; r++) {
            byte[] s = SIGMA[r];
            // G(v0, v4, v8, v12), G(v1, v5, v9, v13), G(v2, v6, v10, v14), G(v3, v7, v11, v15)
            v0 += v4 + m[s[0]]; v12 = Long.rotateRight(v12 ^ v0, 32); v8 += v12; v4 = Long.rotateRight(v4 ^ v8, 24);
            v0 += v4 + m[s[1]]; v12 = Long.rotateRight(v12 ^ v0, 16); v8 += v12; v4 = Long.rotateRight(v4 ^ v8, 63);
            v1 += v5 + m[s[2]]; v13 = Long.rotateRight(v13 ^ v1, 32); v9 += v13; v5 = Long.rotateRight(v5 ^ v9, 24);
            v1 += v5 + m[s[3]]; v13 = Long.rotateRight(v13 ^ v1, 16); v9 += v13; v5 = Long.rotateRight(v5 ^ v9, 63);
            v2 += v6 + m[s[4]]; v14 = Long.rotateRight(v14 ^ v2, 32); v10 += v14; v6 = Long.rotateRight(v6 ^ v10, 24);
            v2 += v6 + m[s[5]]; v14 = Long.rotateRight(v14 ^ v2, 16); v10 += v14; v6 = Long.rotateRight(v6 ^ v10, 63);
            v3 += v7 + m[s[6]]; v15 = Long.rotateRight(v15 ^ v3, 32); v11 += v15; v7 = Long.rotateRight(v7 ^ v11, 24);
            v3 += v7 + m[s[7]]; v15 = Long.rotateRight(v15 ^ v3, 16); v11 += v15; v7 = Long.rotateRight(v7 ^ v11, 63);
            // G(v0, v5, v10, v15), G(v1, v6, v11, v12), G(v2, v7, v8, v13), G(v3, v4, v9, v14)
            v0 += v5 + m[s[8]]; v15 = Long.rotateRight(v15 ^ v0, 32); v10 += v15; v5 = Long.rotateRight(v5 ^ v10, 24);
            v0 += v5 + m[s[9]]; v15 = Long.rotateRight(v15 ^ v0, 16); v10 += v15; v5 = Long.rotateRight(v5 ^ v10, 63);
            v1 += v6 + m[s[10]]; v12 = Long.rotateRight(v12 ^ v1, 32); v11 += v12; v6 = Long.rotateRight(v6 ^ v11, 24);
            v1 += v6 + m[s[11]]; v12 = Long.rotateRight(v12 ^ v1, 16); v11 += v12; v6 = Long.rotateRight(v6 ^ v11, 63);
            v2 += v7 + m[s[12]]; v13 = Long.rotateRight(v13 ^ v2, 32); v8 += v13; v7 = Long.rotateRight(v7 ^ v8, 24);
            v2 += v7 + m[s[13]]; v13 = Long.rotateRight(v13 ^ v2, 16); v8 += v13; v7 = Long.rotateRight(v7 ^ v8, 63);
            v3 += v4 + m[s[14]]; v14 = Long.rotateRight(v14 ^ v3, 32); v9 += v14; v4 = Long.rotateRight(v4 ^ v9, 24);
            v3 += v4 + m[s[15]]; v14 = Long.rotateRight(v14 ^ v3, 16); v9 += v14; v4 = Long.rotateRight(v4 ^ v9, 63);
        }
        h[0] ^= v0 ^ v8;
        h[1] ^= v1 ^ v9;
        h[2] ^= v2 ^ v10;
        h[3] ^= v3 ^ v11;
        h[4] ^= v4 ^ v12;
        h[5] ^= v5 ^ v13;
        h[6] ^= v6 ^ v14;
        h[7] ^= v7 ^ v15;
    }
}
