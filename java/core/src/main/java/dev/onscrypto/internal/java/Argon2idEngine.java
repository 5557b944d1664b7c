package dev.onscrypto.internal.java;

import java.util.Arrays;

/**
 * Argon2id version 1.3 (RFC 9106) with one lane, as libsodium's {@code crypto_pwhash} computes it.
 *
 * <p>The whole memory is one flat {@code long[]} (1024-byte blocks of 128 little-endian words, block
 * {@code i} at word {@code 128 * i}); the compression function G works through two reused 128-word
 * scratch arrays, so nothing is allocated while the memory is being filled. BLAKE2b (for H0 and the
 * variable-length hash H') is the backend's own {@link Blake2b}: it touches only the first two and the
 * last block.
 */
final class Argon2idEngine {
    private static final int BLOCK_LONGS = 128;
    private static final int BLOCK_BYTES = 1024;
    private static final int SYNC_POINTS = 4;
    private static final int VERSION = 0x13;
    private static final int TYPE_ID = 2;
    private static final long M = 0xFFFFFFFFL;
    private static final byte[] NO_KEY = new byte[0];

    private final long[] memory;
    private final int laneLength;
    private final int segmentLength;
    private final long passes;
    /** R = X xor Y, kept for the final feed-forward. */
    private final long[] r = new long[BLOCK_LONGS];
    /** Lane-layout states for the row and the column rounds (see {@link BlaMka#permuteLanes}). */
    private final long[] s = new long[BlaMka.LANE_STATE_LONGS];
    private final long[] u = new long[BlaMka.LANE_STATE_LONGS];
    private final long[] zero = new long[BLOCK_LONGS];
    private final long[] addressInput = new long[BLOCK_LONGS];
    private final long[] addresses = new long[BLOCK_LONGS];

    private Argon2idEngine(int blocks, long passes) {
        long words = (long) blocks * BLOCK_LONGS;
        if (words > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("Argon2id memory of " + blocks + " KiB does not fit one Java array");
        }
        this.memory = new long[(int) words];
        this.laneLength = blocks;
        this.segmentLength = blocks / SYNC_POINTS;
        this.passes = passes;
    }

    /**
     * Derives {@code out.length} bytes.
     *
     * @param passes     t, 1 to 2^32 - 1 (taken as an unsigned 32-bit value)
     * @param memoryKib  m in KiB (crypto_pwhash's {@code memlimit / 1024}); the block count is m rounded
     *                   down to a multiple of 4, at least 8, while H0 hashes m itself
     */
    static void derive(byte[] password, byte[] salt, long passes, int memoryKib, byte[] out) {
        if (passes < 1 || passes > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("Argon2id passes out of range: " + passes);
        }
        if (memoryKib < 0) {
            throw new IllegalArgumentException("Argon2id memory out of range: " + memoryKib);
        }
        int blocks = Math.max(memoryKib, 2 * SYNC_POINTS);
        blocks -= blocks % SYNC_POINTS;
        Argon2idEngine engine = new Argon2idEngine(blocks, passes);
        try {
            engine.run(password, salt, memoryKib, out);
        } finally {
            engine.wipe();
        }
    }

    private void run(byte[] password, byte[] salt, int memoryKib, byte[] out) {
        byte[] h0 = initialHash(password, salt, memoryKib, out.length);
        byte[] seed = new byte[72];
        System.arraycopy(h0, 0, seed, 0, 64);
        byte[] block = new byte[BLOCK_BYTES];
        for (int i = 0; i < 2; i++) {
            putLe32(seed, 64, i);
            putLe32(seed, 68, 0); // lane
            hashPrime(seed, block);
            loadBlock(block, memory, i * BLOCK_LONGS);
        }
        Arrays.fill(h0, (byte) 0);
        Arrays.fill(seed, (byte) 0);

        for (long pass = 0; pass < passes; pass++) {
            for (int slice = 0; slice < SYNC_POINTS; slice++) {
                fillSegment(pass, slice);
            }
        }

        storeBlock(memory, (laneLength - 1) * BLOCK_LONGS, block);
        hashPrime(block, out);
        Arrays.fill(block, (byte) 0);
    }

    private void fillSegment(long pass, int slice) {
        final long[] mem = memory;
        final boolean dataIndependent = pass == 0 && slice < SYNC_POINTS / 2;
        final long keep = pass == 0 ? 0L : -1L; // v1.3: from the second pass on, xor into the old block
        int start = pass == 0 && slice == 0 ? 2 : 0;
        if (dataIndependent) {
            Arrays.fill(addressInput, 0L);
            addressInput[0] = pass;
            addressInput[1] = 0; // lane
            addressInput[2] = slice;
            addressInput[3] = laneLength; // total blocks (one lane)
            addressInput[4] = passes;
            addressInput[5] = TYPE_ID;
            if (start != 0) {
                nextAddresses();
            }
        }
        int cur = slice * segmentLength + start;
        int prev = cur == 0 ? laneLength - 1 : cur - 1;
        // Reference-set geometry (one lane, so the reference lane is always this lane).
        long areaBase = pass == 0 ? (long) slice * segmentLength - 1 : laneLength - segmentLength - 1;
        int startPosition = pass == 0 || slice == SYNC_POINTS - 1 ? 0 : (slice + 1) * segmentLength;
        for (int index = start; index < segmentLength; index++, cur++) {
            long pseudoRandom;
            if (dataIndependent) {
                if ((index & (BLOCK_LONGS - 1)) == 0) {
                    nextAddresses();
                }
                pseudoRandom = addresses[index & (BLOCK_LONGS - 1)];
            } else {
                pseudoRandom = mem[prev * BLOCK_LONGS];
            }
            long j1 = pseudoRandom & M;
            long area = areaBase + index;
            long x = (j1 * j1) >>> 32;
            long relative = area - 1 - ((area * x) >>> 32);
            int ref = (int) ((startPosition + relative) % laneLength);
            Argon2idCompression.compress(r, s, u, mem, prev * BLOCK_LONGS, mem, ref * BLOCK_LONGS, mem, cur * BLOCK_LONGS,
                    keep);
            prev = cur;
        }
    }

    private void nextAddresses() {
        addressInput[6]++;
        Argon2idCompression.compress(r, s, u, zero, 0, addressInput, 0, addresses, 0, 0L);
        Argon2idCompression.compress(r, s, u, zero, 0, addresses, 0, addresses, 0, 0L);
    }

    /** H0 = BLAKE2b-512(p, T, m, t, v, y, |P|, P, |S|, S, |K|, K, |X|, X), K and X empty. */
    private byte[] initialHash(byte[] password, byte[] salt, int memoryKib, int tagLength) {
        Blake2b h = new Blake2b(NO_KEY, 64);
        byte[] le = new byte[4];
        update32(h, le, 1); // lanes
        update32(h, le, tagLength);
        update32(h, le, memoryKib);
        update32(h, le, (int) passes);
        update32(h, le, VERSION);
        update32(h, le, TYPE_ID);
        update32(h, le, password.length);
        h.update(password, 0, password.length);
        update32(h, le, salt.length);
        h.update(salt, 0, salt.length);
        update32(h, le, 0); // secret
        update32(h, le, 0); // associated data
        byte[] h0 = new byte[64];
        h.finish(h0, 0);
        return h0;
    }

    /** H'^T(input): the variable-length hash, T = out.length. */
    private static void hashPrime(byte[] input, byte[] out) {
        int tagLength = out.length;
        byte[] le = new byte[4];
        if (tagLength <= 64) {
            Blake2b h = new Blake2b(NO_KEY, tagLength);
            update32(h, le, tagLength);
            h.update(input, 0, input.length);
            h.finish(out, 0);
            return;
        }
        int r = (tagLength + 31) / 32 - 2;
        byte[] v = new byte[64];
        Blake2b h = new Blake2b(NO_KEY, 64);
        update32(h, le, tagLength);
        h.update(input, 0, input.length);
        h.finish(v, 0);
        System.arraycopy(v, 0, out, 0, 32);
        for (int i = 1; i < r; i++) {
            h = new Blake2b(NO_KEY, 64);
            h.update(v, 0, 64);
            h.finish(v, 0);
            System.arraycopy(v, 0, out, 32 * i, 32);
        }
        int lastLength = tagLength - 32 * r;
        Blake2b last = new Blake2b(NO_KEY, lastLength);
        last.update(v, 0, 64);
        last.finish(out, 32 * r);
        Arrays.fill(v, (byte) 0);
    }

    private static void update32(Blake2b h, byte[] scratch, int value) {
        putLe32(scratch, 0, value);
        h.update(scratch, 0, 4);
    }

    private static void putLe32(byte[] b, int off, int value) {
        b[off] = (byte) value;
        b[off + 1] = (byte) (value >>> 8);
        b[off + 2] = (byte) (value >>> 16);
        b[off + 3] = (byte) (value >>> 24);
    }

    private static void loadBlock(byte[] src, long[] dst, int off) {
        for (int i = 0; i < BLOCK_LONGS; i++) {
            long w = 0;
            for (int b = 7; b >= 0; b--) {
                w = (w << 8) | (src[8 * i + b] & 0xFF);
            }
            dst[off + i] = w;
        }
    }

    private static void storeBlock(long[] src, int off, byte[] dst) {
        for (int i = 0; i < BLOCK_LONGS; i++) {
            long w = src[off + i];
            for (int b = 0; b < 8; b++) {
                dst[8 * i + b] = (byte) (w >>> (8 * b));
            }
        }
    }

    private void wipe() {
        Arrays.fill(memory, 0L);
        Arrays.fill(r, 0L);
        Arrays.fill(s, 0L);
        Arrays.fill(u, 0L);
        Arrays.fill(addressInput, 0L);
        Arrays.fill(addresses, 0L);
    }
}
