package dev.onscrypto.internal.java;

/**
 * Argon2's BlaMka round (RFC 9106 section 3.6; libsodium {@code blamka-round-ref.h}, {@code BLAKE2_ROUND_NOMSG}
 * with {@code fBlaMka}): BLAKE2b's round with each addition a + b replaced by a + b + 2 * lo32(a) * lo32(b).
 * Argon2's schedule (which blocks to compress, in {@link Argon2idEngine}) and the compression function
 * ({@link Argon2idCompression}, generated) are kept apart from it.
 */
final class BlaMka {
    /**
     * Lane-layout state size (see {@link #permuteLanes}): a, b, c, d take 32 words each, at 0, 32, 96 and
     * 160, so b, c and d have 32 words of mirror room after them.
     */
    static final int LANE_STATE_LONGS = 224;
    private static final long M = 0xFFFFFFFFL;

    private BlaMka() {}

    /**
     * The BlaMka round P on eight 16-word states side by side ("lanes"): register k of lane l is
     * {@code s[base(k) + l]}, base(k) = {0, 32, 96, 160}[k / 4] + 8 * (k % 4). Registers 0-3 (a), 4-7 (b), 8-11 (c), 12-15 (d) each occupy 32
     * consecutive words, so every half-round is one loop over 32 independent lanes, which C2 turns into
     * SIMD code (each loop body holds half a G so that it stays small enough for C2 to unroll and
     * vectorize). For the diagonal half-round, b, c and d are read 8, 16 and 24 words further on, so their
     * first 8, 16 and 24 words are mirrored just past their 32 words first and moved back afterwards.
     */
    static void permuteLanes(long[] s) {
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
}
