package dev.onscrypto.benchmarks;

/** Deterministic inputs: the same bytes for every implementation, so no run measures a lucky input. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(int length, int seed) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (seed + 31 * i);
        }
        return b;
    }
}
