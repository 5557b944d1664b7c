package dev.onscrypto.internal.java;

import java.util.Arrays;

import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Argon2id version 1.3 (RFC 9106) with one lane, as libsodium's {@code crypto_pwhash} computes it.
 *
 * <p>The whole memory is one flat {@code long[]} (1024-byte blocks of 128 little-endian words, block
 * {@code i} at word {@code 128 * i}); the compression function G works through two reused 128-word
 * scratch arrays, so nothing is allocated while the memory is being filled. BLAKE2b (for H0 and the
 * variable-length hash H') comes from Bouncy Castle: it touches only the first two and the last block.
 */
final class Argon2idEngine {
    private static final int BLOCK_LONGS = 128;
    private static final int BLOCK_BYTES = 1024;
    private static final int SYNC_POINTS = 4;
    private static final int VERSION = 0x13;
    private static final int TYPE_ID = 2;
    private static final long M = 0xFFFFFFFFL;
    /**
     * Lane-layout state size (see {@link #permuteLanes}): a, b, c, d take 32 words each, at 0, 32, 96 and
     * 160, so b, c and d have 32 words of mirror room after them.
     */
    private static final int LANE_STATE_LONGS = 224;

    private final long[] memory;
    private final int laneLength;
    private final int segmentLength;
    private final long passes;
    /** R = X xor Y, kept for the final feed-forward. */
    private final long[] r = new long[BLOCK_LONGS];
    /** Lane-layout states for the row and the column rounds (see {@link #permuteLanes}). */
    private final long[] s = new long[LANE_STATE_LONGS];
    private final long[] u = new long[LANE_STATE_LONGS];
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
            compress(mem, prev * BLOCK_LONGS, mem, ref * BLOCK_LONGS, mem, cur * BLOCK_LONGS, keep);
            prev = cur;
        }
    }

    private void nextAddresses() {
        addressInput[6]++;
        compress(zero, 0, addressInput, 0, addresses, 0, 0L);
        compress(zero, 0, addresses, 0, addresses, 0, 0L);
    }

    /**
     * G: dst = P(X xor Y) xor (X xor Y), xor-ed into the old dst when {@code keep} is all ones.
     * P runs the BlaMka round on the eight rows (16 consecutive words each), then on the eight
     * columns (word pairs 2c, 2c+1 of every row).
     */
    private void compress(long[] x, int xo, long[] y, int yo, long[] dst, int d, long keep) {
        final long[] r = this.r;
        final long[] s = this.s;
        final long[] u = this.u;
        for (int i = 0; i < BLOCK_LONGS; i++) {
            r[i] = x[xo + i] ^ y[yo + i];
        }
        // Row rounds: lane = row, register k of row `row` is word 16 * row + k. The three moves between
        // the natural and the lane layouts are written out with constant indices: as loops over a table
        // of offsets they cost C2 more than the rounds themselves.
        s[0] = r[0];
        s[8] = r[1];
        s[16] = r[2];
        s[24] = r[3];
        s[32] = r[4];
        s[40] = r[5];
        s[48] = r[6];
        s[56] = r[7];
        s[96] = r[8];
        s[104] = r[9];
        s[112] = r[10];
        s[120] = r[11];
        s[160] = r[12];
        s[168] = r[13];
        s[176] = r[14];
        s[184] = r[15];
        s[1] = r[16];
        s[9] = r[17];
        s[17] = r[18];
        s[25] = r[19];
        s[33] = r[20];
        s[41] = r[21];
        s[49] = r[22];
        s[57] = r[23];
        s[97] = r[24];
        s[105] = r[25];
        s[113] = r[26];
        s[121] = r[27];
        s[161] = r[28];
        s[169] = r[29];
        s[177] = r[30];
        s[185] = r[31];
        s[2] = r[32];
        s[10] = r[33];
        s[18] = r[34];
        s[26] = r[35];
        s[34] = r[36];
        s[42] = r[37];
        s[50] = r[38];
        s[58] = r[39];
        s[98] = r[40];
        s[106] = r[41];
        s[114] = r[42];
        s[122] = r[43];
        s[162] = r[44];
        s[170] = r[45];
        s[178] = r[46];
        s[186] = r[47];
        s[3] = r[48];
        s[11] = r[49];
        s[19] = r[50];
        s[27] = r[51];
        s[35] = r[52];
        s[43] = r[53];
        s[51] = r[54];
        s[59] = r[55];
        s[99] = r[56];
        s[107] = r[57];
        s[115] = r[58];
        s[123] = r[59];
        s[163] = r[60];
        s[171] = r[61];
        s[179] = r[62];
        s[187] = r[63];
        s[4] = r[64];
        s[12] = r[65];
        s[20] = r[66];
        s[28] = r[67];
        s[36] = r[68];
        s[44] = r[69];
        s[52] = r[70];
        s[60] = r[71];
        s[100] = r[72];
        s[108] = r[73];
        s[116] = r[74];
        s[124] = r[75];
        s[164] = r[76];
        s[172] = r[77];
        s[180] = r[78];
        s[188] = r[79];
        s[5] = r[80];
        s[13] = r[81];
        s[21] = r[82];
        s[29] = r[83];
        s[37] = r[84];
        s[45] = r[85];
        s[53] = r[86];
        s[61] = r[87];
        s[101] = r[88];
        s[109] = r[89];
        s[117] = r[90];
        s[125] = r[91];
        s[165] = r[92];
        s[173] = r[93];
        s[181] = r[94];
        s[189] = r[95];
        s[6] = r[96];
        s[14] = r[97];
        s[22] = r[98];
        s[30] = r[99];
        s[38] = r[100];
        s[46] = r[101];
        s[54] = r[102];
        s[62] = r[103];
        s[102] = r[104];
        s[110] = r[105];
        s[118] = r[106];
        s[126] = r[107];
        s[166] = r[108];
        s[174] = r[109];
        s[182] = r[110];
        s[190] = r[111];
        s[7] = r[112];
        s[15] = r[113];
        s[23] = r[114];
        s[31] = r[115];
        s[39] = r[116];
        s[47] = r[117];
        s[55] = r[118];
        s[63] = r[119];
        s[103] = r[120];
        s[111] = r[121];
        s[119] = r[122];
        s[127] = r[123];
        s[167] = r[124];
        s[175] = r[125];
        s[183] = r[126];
        s[191] = r[127];
        permuteLanes(s);
        // Column rounds: lane = column c, register k = 2 * row + e is word 16 * row + 2 * c + e.
        u[0] = s[0];
        u[8] = s[8];
        u[1] = s[16];
        u[9] = s[24];
        u[2] = s[32];
        u[10] = s[40];
        u[3] = s[48];
        u[11] = s[56];
        u[4] = s[96];
        u[12] = s[104];
        u[5] = s[112];
        u[13] = s[120];
        u[6] = s[160];
        u[14] = s[168];
        u[7] = s[176];
        u[15] = s[184];
        u[16] = s[1];
        u[24] = s[9];
        u[17] = s[17];
        u[25] = s[25];
        u[18] = s[33];
        u[26] = s[41];
        u[19] = s[49];
        u[27] = s[57];
        u[20] = s[97];
        u[28] = s[105];
        u[21] = s[113];
        u[29] = s[121];
        u[22] = s[161];
        u[30] = s[169];
        u[23] = s[177];
        u[31] = s[185];
        u[32] = s[2];
        u[40] = s[10];
        u[33] = s[18];
        u[41] = s[26];
        u[34] = s[34];
        u[42] = s[42];
        u[35] = s[50];
        u[43] = s[58];
        u[36] = s[98];
        u[44] = s[106];
        u[37] = s[114];
        u[45] = s[122];
        u[38] = s[162];
        u[46] = s[170];
        u[39] = s[178];
        u[47] = s[186];
        u[48] = s[3];
        u[56] = s[11];
        u[49] = s[19];
        u[57] = s[27];
        u[50] = s[35];
        u[58] = s[43];
        u[51] = s[51];
        u[59] = s[59];
        u[52] = s[99];
        u[60] = s[107];
        u[53] = s[115];
        u[61] = s[123];
        u[54] = s[163];
        u[62] = s[171];
        u[55] = s[179];
        u[63] = s[187];
        u[96] = s[4];
        u[104] = s[12];
        u[97] = s[20];
        u[105] = s[28];
        u[98] = s[36];
        u[106] = s[44];
        u[99] = s[52];
        u[107] = s[60];
        u[100] = s[100];
        u[108] = s[108];
        u[101] = s[116];
        u[109] = s[124];
        u[102] = s[164];
        u[110] = s[172];
        u[103] = s[180];
        u[111] = s[188];
        u[112] = s[5];
        u[120] = s[13];
        u[113] = s[21];
        u[121] = s[29];
        u[114] = s[37];
        u[122] = s[45];
        u[115] = s[53];
        u[123] = s[61];
        u[116] = s[101];
        u[124] = s[109];
        u[117] = s[117];
        u[125] = s[125];
        u[118] = s[165];
        u[126] = s[173];
        u[119] = s[181];
        u[127] = s[189];
        u[160] = s[6];
        u[168] = s[14];
        u[161] = s[22];
        u[169] = s[30];
        u[162] = s[38];
        u[170] = s[46];
        u[163] = s[54];
        u[171] = s[62];
        u[164] = s[102];
        u[172] = s[110];
        u[165] = s[118];
        u[173] = s[126];
        u[166] = s[166];
        u[174] = s[174];
        u[167] = s[182];
        u[175] = s[190];
        u[176] = s[7];
        u[184] = s[15];
        u[177] = s[23];
        u[185] = s[31];
        u[178] = s[39];
        u[186] = s[47];
        u[179] = s[55];
        u[187] = s[63];
        u[180] = s[103];
        u[188] = s[111];
        u[181] = s[119];
        u[189] = s[127];
        u[182] = s[167];
        u[190] = s[175];
        u[183] = s[183];
        u[191] = s[191];
        permuteLanes(u);
        dst[d + 0] = u[0] ^ r[0] ^ (dst[d + 0] & keep);
        dst[d + 1] = u[8] ^ r[1] ^ (dst[d + 1] & keep);
        dst[d + 2] = u[1] ^ r[2] ^ (dst[d + 2] & keep);
        dst[d + 3] = u[9] ^ r[3] ^ (dst[d + 3] & keep);
        dst[d + 4] = u[2] ^ r[4] ^ (dst[d + 4] & keep);
        dst[d + 5] = u[10] ^ r[5] ^ (dst[d + 5] & keep);
        dst[d + 6] = u[3] ^ r[6] ^ (dst[d + 6] & keep);
        dst[d + 7] = u[11] ^ r[7] ^ (dst[d + 7] & keep);
        dst[d + 8] = u[4] ^ r[8] ^ (dst[d + 8] & keep);
        dst[d + 9] = u[12] ^ r[9] ^ (dst[d + 9] & keep);
        dst[d + 10] = u[5] ^ r[10] ^ (dst[d + 10] & keep);
        dst[d + 11] = u[13] ^ r[11] ^ (dst[d + 11] & keep);
        dst[d + 12] = u[6] ^ r[12] ^ (dst[d + 12] & keep);
        dst[d + 13] = u[14] ^ r[13] ^ (dst[d + 13] & keep);
        dst[d + 14] = u[7] ^ r[14] ^ (dst[d + 14] & keep);
        dst[d + 15] = u[15] ^ r[15] ^ (dst[d + 15] & keep);
        dst[d + 16] = u[16] ^ r[16] ^ (dst[d + 16] & keep);
        dst[d + 17] = u[24] ^ r[17] ^ (dst[d + 17] & keep);
        dst[d + 18] = u[17] ^ r[18] ^ (dst[d + 18] & keep);
        dst[d + 19] = u[25] ^ r[19] ^ (dst[d + 19] & keep);
        dst[d + 20] = u[18] ^ r[20] ^ (dst[d + 20] & keep);
        dst[d + 21] = u[26] ^ r[21] ^ (dst[d + 21] & keep);
        dst[d + 22] = u[19] ^ r[22] ^ (dst[d + 22] & keep);
        dst[d + 23] = u[27] ^ r[23] ^ (dst[d + 23] & keep);
        dst[d + 24] = u[20] ^ r[24] ^ (dst[d + 24] & keep);
        dst[d + 25] = u[28] ^ r[25] ^ (dst[d + 25] & keep);
        dst[d + 26] = u[21] ^ r[26] ^ (dst[d + 26] & keep);
        dst[d + 27] = u[29] ^ r[27] ^ (dst[d + 27] & keep);
        dst[d + 28] = u[22] ^ r[28] ^ (dst[d + 28] & keep);
        dst[d + 29] = u[30] ^ r[29] ^ (dst[d + 29] & keep);
        dst[d + 30] = u[23] ^ r[30] ^ (dst[d + 30] & keep);
        dst[d + 31] = u[31] ^ r[31] ^ (dst[d + 31] & keep);
        dst[d + 32] = u[32] ^ r[32] ^ (dst[d + 32] & keep);
        dst[d + 33] = u[40] ^ r[33] ^ (dst[d + 33] & keep);
        dst[d + 34] = u[33] ^ r[34] ^ (dst[d + 34] & keep);
        dst[d + 35] = u[41] ^ r[35] ^ (dst[d + 35] & keep);
        dst[d + 36] = u[34] ^ r[36] ^ (dst[d + 36] & keep);
        dst[d + 37] = u[42] ^ r[37] ^ (dst[d + 37] & keep);
        dst[d + 38] = u[35] ^ r[38] ^ (dst[d + 38] & keep);
        dst[d + 39] = u[43] ^ r[39] ^ (dst[d + 39] & keep);
        dst[d + 40] = u[36] ^ r[40] ^ (dst[d + 40] & keep);
        dst[d + 41] = u[44] ^ r[41] ^ (dst[d + 41] & keep);
        dst[d + 42] = u[37] ^ r[42] ^ (dst[d + 42] & keep);
        dst[d + 43] = u[45] ^ r[43] ^ (dst[d + 43] & keep);
        dst[d + 44] = u[38] ^ r[44] ^ (dst[d + 44] & keep);
        dst[d + 45] = u[46] ^ r[45] ^ (dst[d + 45] & keep);
        dst[d + 46] = u[39] ^ r[46] ^ (dst[d + 46] & keep);
        dst[d + 47] = u[47] ^ r[47] ^ (dst[d + 47] & keep);
        dst[d + 48] = u[48] ^ r[48] ^ (dst[d + 48] & keep);
        dst[d + 49] = u[56] ^ r[49] ^ (dst[d + 49] & keep);
        dst[d + 50] = u[49] ^ r[50] ^ (dst[d + 50] & keep);
        dst[d + 51] = u[57] ^ r[51] ^ (dst[d + 51] & keep);
        dst[d + 52] = u[50] ^ r[52] ^ (dst[d + 52] & keep);
        dst[d + 53] = u[58] ^ r[53] ^ (dst[d + 53] & keep);
        dst[d + 54] = u[51] ^ r[54] ^ (dst[d + 54] & keep);
        dst[d + 55] = u[59] ^ r[55] ^ (dst[d + 55] & keep);
        dst[d + 56] = u[52] ^ r[56] ^ (dst[d + 56] & keep);
        dst[d + 57] = u[60] ^ r[57] ^ (dst[d + 57] & keep);
        dst[d + 58] = u[53] ^ r[58] ^ (dst[d + 58] & keep);
        dst[d + 59] = u[61] ^ r[59] ^ (dst[d + 59] & keep);
        dst[d + 60] = u[54] ^ r[60] ^ (dst[d + 60] & keep);
        dst[d + 61] = u[62] ^ r[61] ^ (dst[d + 61] & keep);
        dst[d + 62] = u[55] ^ r[62] ^ (dst[d + 62] & keep);
        dst[d + 63] = u[63] ^ r[63] ^ (dst[d + 63] & keep);
        dst[d + 64] = u[96] ^ r[64] ^ (dst[d + 64] & keep);
        dst[d + 65] = u[104] ^ r[65] ^ (dst[d + 65] & keep);
        dst[d + 66] = u[97] ^ r[66] ^ (dst[d + 66] & keep);
        dst[d + 67] = u[105] ^ r[67] ^ (dst[d + 67] & keep);
        dst[d + 68] = u[98] ^ r[68] ^ (dst[d + 68] & keep);
        dst[d + 69] = u[106] ^ r[69] ^ (dst[d + 69] & keep);
        dst[d + 70] = u[99] ^ r[70] ^ (dst[d + 70] & keep);
        dst[d + 71] = u[107] ^ r[71] ^ (dst[d + 71] & keep);
        dst[d + 72] = u[100] ^ r[72] ^ (dst[d + 72] & keep);
        dst[d + 73] = u[108] ^ r[73] ^ (dst[d + 73] & keep);
        dst[d + 74] = u[101] ^ r[74] ^ (dst[d + 74] & keep);
        dst[d + 75] = u[109] ^ r[75] ^ (dst[d + 75] & keep);
        dst[d + 76] = u[102] ^ r[76] ^ (dst[d + 76] & keep);
        dst[d + 77] = u[110] ^ r[77] ^ (dst[d + 77] & keep);
        dst[d + 78] = u[103] ^ r[78] ^ (dst[d + 78] & keep);
        dst[d + 79] = u[111] ^ r[79] ^ (dst[d + 79] & keep);
        dst[d + 80] = u[112] ^ r[80] ^ (dst[d + 80] & keep);
        dst[d + 81] = u[120] ^ r[81] ^ (dst[d + 81] & keep);
        dst[d + 82] = u[113] ^ r[82] ^ (dst[d + 82] & keep);
        dst[d + 83] = u[121] ^ r[83] ^ (dst[d + 83] & keep);
        dst[d + 84] = u[114] ^ r[84] ^ (dst[d + 84] & keep);
        dst[d + 85] = u[122] ^ r[85] ^ (dst[d + 85] & keep);
        dst[d + 86] = u[115] ^ r[86] ^ (dst[d + 86] & keep);
        dst[d + 87] = u[123] ^ r[87] ^ (dst[d + 87] & keep);
        dst[d + 88] = u[116] ^ r[88] ^ (dst[d + 88] & keep);
        dst[d + 89] = u[124] ^ r[89] ^ (dst[d + 89] & keep);
        dst[d + 90] = u[117] ^ r[90] ^ (dst[d + 90] & keep);
        dst[d + 91] = u[125] ^ r[91] ^ (dst[d + 91] & keep);
        dst[d + 92] = u[118] ^ r[92] ^ (dst[d + 92] & keep);
        dst[d + 93] = u[126] ^ r[93] ^ (dst[d + 93] & keep);
        dst[d + 94] = u[119] ^ r[94] ^ (dst[d + 94] & keep);
        dst[d + 95] = u[127] ^ r[95] ^ (dst[d + 95] & keep);
        dst[d + 96] = u[160] ^ r[96] ^ (dst[d + 96] & keep);
        dst[d + 97] = u[168] ^ r[97] ^ (dst[d + 97] & keep);
        dst[d + 98] = u[161] ^ r[98] ^ (dst[d + 98] & keep);
        dst[d + 99] = u[169] ^ r[99] ^ (dst[d + 99] & keep);
        dst[d + 100] = u[162] ^ r[100] ^ (dst[d + 100] & keep);
        dst[d + 101] = u[170] ^ r[101] ^ (dst[d + 101] & keep);
        dst[d + 102] = u[163] ^ r[102] ^ (dst[d + 102] & keep);
        dst[d + 103] = u[171] ^ r[103] ^ (dst[d + 103] & keep);
        dst[d + 104] = u[164] ^ r[104] ^ (dst[d + 104] & keep);
        dst[d + 105] = u[172] ^ r[105] ^ (dst[d + 105] & keep);
        dst[d + 106] = u[165] ^ r[106] ^ (dst[d + 106] & keep);
        dst[d + 107] = u[173] ^ r[107] ^ (dst[d + 107] & keep);
        dst[d + 108] = u[166] ^ r[108] ^ (dst[d + 108] & keep);
        dst[d + 109] = u[174] ^ r[109] ^ (dst[d + 109] & keep);
        dst[d + 110] = u[167] ^ r[110] ^ (dst[d + 110] & keep);
        dst[d + 111] = u[175] ^ r[111] ^ (dst[d + 111] & keep);
        dst[d + 112] = u[176] ^ r[112] ^ (dst[d + 112] & keep);
        dst[d + 113] = u[184] ^ r[113] ^ (dst[d + 113] & keep);
        dst[d + 114] = u[177] ^ r[114] ^ (dst[d + 114] & keep);
        dst[d + 115] = u[185] ^ r[115] ^ (dst[d + 115] & keep);
        dst[d + 116] = u[178] ^ r[116] ^ (dst[d + 116] & keep);
        dst[d + 117] = u[186] ^ r[117] ^ (dst[d + 117] & keep);
        dst[d + 118] = u[179] ^ r[118] ^ (dst[d + 118] & keep);
        dst[d + 119] = u[187] ^ r[119] ^ (dst[d + 119] & keep);
        dst[d + 120] = u[180] ^ r[120] ^ (dst[d + 120] & keep);
        dst[d + 121] = u[188] ^ r[121] ^ (dst[d + 121] & keep);
        dst[d + 122] = u[181] ^ r[122] ^ (dst[d + 122] & keep);
        dst[d + 123] = u[189] ^ r[123] ^ (dst[d + 123] & keep);
        dst[d + 124] = u[182] ^ r[124] ^ (dst[d + 124] & keep);
        dst[d + 125] = u[190] ^ r[125] ^ (dst[d + 125] & keep);
        dst[d + 126] = u[183] ^ r[126] ^ (dst[d + 126] & keep);
        dst[d + 127] = u[191] ^ r[127] ^ (dst[d + 127] & keep);
    }

    /**
     * The BlaMka round P on eight 16-word states side by side ("lanes"): register k of lane l is
     * {@code s[base(k) + l]}, base(k) = {0, 32, 96, 160}[k / 4] + 8 * (k % 4). Registers 0-3 (a), 4-7 (b), 8-11 (c), 12-15 (d) each occupy 32
     * consecutive words, so every half-round is one loop over 32 independent lanes, which C2 turns into
     * SIMD code (each loop body holds half a G so that it stays small enough for C2 to unroll and
     * vectorize). For the diagonal half-round, b, c and d are read 8, 16 and 24 words further on, so their
     * first 8, 16 and 24 words are mirrored just past their 32 words first and moved back afterwards.
     */
    private static void permuteLanes(long[] s) {
        for (int j = 0; j < 32; j++) {
            long a = s[j];
            long b = s[32 + j];
            long c = s[96 + j];
            long d = s[160 + j];
            a += b + (((a & M) * (b & M)) << 1);
            d = Long.rotateRight(d ^ a, 32);
            c += d + (((c & M) * (d & M)) << 1);
            b = Long.rotateRight(b ^ c, 24);
            s[j] = a;
            s[32 + j] = b;
            s[96 + j] = c;
            s[160 + j] = d;
        }
        for (int j = 0; j < 32; j++) {
            long a = s[j];
            long b = s[32 + j];
            long c = s[96 + j];
            long d = s[160 + j];
            a += b + (((a & M) * (b & M)) << 1);
            d = Long.rotateRight(d ^ a, 16);
            c += d + (((c & M) * (d & M)) << 1);
            b = Long.rotateRight(b ^ c, 63);
            s[j] = a;
            s[32 + j] = b;
            s[96 + j] = c;
            s[160 + j] = d;
        }
        System.arraycopy(s, 32, s, 32 + 32, 8);
        System.arraycopy(s, 96, s, 96 + 32, 16);
        System.arraycopy(s, 160, s, 160 + 32, 24);
        for (int j = 0; j < 32; j++) {
            long a = s[j];
            long b = s[32 + 8 + j];
            long c = s[96 + 16 + j];
            long d = s[160 + 24 + j];
            a += b + (((a & M) * (b & M)) << 1);
            d = Long.rotateRight(d ^ a, 32);
            c += d + (((c & M) * (d & M)) << 1);
            b = Long.rotateRight(b ^ c, 24);
            s[j] = a;
            s[32 + 8 + j] = b;
            s[96 + 16 + j] = c;
            s[160 + 24 + j] = d;
        }
        for (int j = 0; j < 32; j++) {
            long a = s[j];
            long b = s[32 + 8 + j];
            long c = s[96 + 16 + j];
            long d = s[160 + 24 + j];
            a += b + (((a & M) * (b & M)) << 1);
            d = Long.rotateRight(d ^ a, 16);
            c += d + (((c & M) * (d & M)) << 1);
            b = Long.rotateRight(b ^ c, 63);
            s[j] = a;
            s[32 + 8 + j] = b;
            s[96 + 16 + j] = c;
            s[160 + 24 + j] = d;
        }
        System.arraycopy(s, 32 + 32, s, 32, 8);
        System.arraycopy(s, 96 + 32, s, 96, 16);
        System.arraycopy(s, 160 + 32, s, 160, 24);
    }

    /** H0 = BLAKE2b-512(p, T, m, t, v, y, |P|, P, |S|, S, |K|, K, |X|, X), K and X empty. */
    private byte[] initialHash(byte[] password, byte[] salt, int memoryKib, int tagLength) {
        Blake2bDigest h = new Blake2bDigest(null, 64, null, null);
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
        h.doFinal(h0, 0);
        return h0;
    }

    /** H'^T(input): the variable-length hash, T = out.length. */
    private static void hashPrime(byte[] input, byte[] out) {
        int tagLength = out.length;
        byte[] le = new byte[4];
        if (tagLength <= 64) {
            Blake2bDigest h = new Blake2bDigest(null, tagLength, null, null);
            update32(h, le, tagLength);
            h.update(input, 0, input.length);
            h.doFinal(out, 0);
            return;
        }
        int r = (tagLength + 31) / 32 - 2;
        byte[] v = new byte[64];
        Blake2bDigest h = new Blake2bDigest(null, 64, null, null);
        update32(h, le, tagLength);
        h.update(input, 0, input.length);
        h.doFinal(v, 0);
        System.arraycopy(v, 0, out, 0, 32);
        for (int i = 1; i < r; i++) {
            h.reset();
            h.update(v, 0, 64);
            h.doFinal(v, 0);
            System.arraycopy(v, 0, out, 32 * i, 32);
        }
        int lastLength = tagLength - 32 * r;
        Blake2bDigest last = new Blake2bDigest(null, lastLength, null, null);
        last.update(v, 0, 64);
        last.doFinal(out, 32 * r);
        Arrays.fill(v, (byte) 0);
    }

    private static void update32(Blake2bDigest h, byte[] scratch, int value) {
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
