package dev.onscrypto.internal.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.HexFormat;
import java.util.SplittableRandom;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Argon2idEngine against Bouncy Castle's Argon2BytesGenerator and libsodium's outputs. */
class Argon2idEngineTest {

    private static byte[] engine(byte[] password, byte[] salt, long t, int kib, int outLength) {
        byte[] out = new byte[outLength];
        Argon2idEngine.derive(password, salt, t, kib, out);
        return out;
    }

    private static byte[] bouncyCastle(byte[] password, byte[] salt, int t, int kib, int outLength) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withIterations(t)
                .withMemoryAsKB(kib)
                .withParallelism(1)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[outLength];
        generator.generateBytes(password, out);
        return out;
    }

    @Test
    void matchesBouncyCastleOnRandomSmallParameters() {
        SplittableRandom random = new SplittableRandom(0x5eed_a2_1dL);
        for (int n = 0; n < 300; n++) {
            int t = 1 + random.nextInt(4);
            int kib = 8 + random.nextInt(505); // 8..512, not necessarily a multiple of 4
            int outLength = 16 + random.nextInt(49);
            byte[] password = new byte[random.nextInt(65)];
            byte[] salt = new byte[8 + random.nextInt(25)];
            random.nextBytes(password);
            random.nextBytes(salt);
            assertArrayEquals(bouncyCastle(password, salt, t, kib, outLength),
                    engine(password, salt, t, kib, outLength),
                    () -> "t=" + t + " m=" + kib + " outlen=" + outLength);
        }
    }

    @Test
    void matchesBouncyCastleOnLongerTagsAndAWiderMemory() {
        SplittableRandom random = new SplittableRandom(42);
        int[][] cases = {{1, 8, 65}, {2, 12, 96}, {1, 1024, 128}, {3, 4099, 1000}, {1, 2048, 1024}, {2, 600, 33}};
        for (int[] c : cases) {
            byte[] password = new byte[20];
            byte[] salt = new byte[16];
            random.nextBytes(password);
            random.nextBytes(salt);
            assertArrayEquals(bouncyCastle(password, salt, c[0], c[1], c[2]),
                    engine(password, salt, c[0], c[1], c[2]),
                    () -> "t=" + c[0] + " m=" + c[1] + " outlen=" + c[2]);
        }
    }

    /** primitives.json argon2id cases (libsodium crypto_pwhash ARGON2ID13), memlimit in bytes. */
    @ParameterizedTest
    @CsvSource({
        "6a616765726d616e, 00000000000000000000000000000000, 3, 268435456, "
                + "c569a7444bf031cd40a35acac9c887f3855efde5829100f04f3279c758e934af",
        "'', f53a57d414b95e99656d972679ea60a7, 3, 268435456, "
                + "22cbf0eccb18176e8b27a441620f92f234d0a1fc2c3cc2acaf4b81ef3b225c40",
        "c4aaa477afce836f54d96b72a44364dd20cd49641fd94f4cb82d288c52dc6c5b, 1a2e5b3e36aefb2ae1b37548dfe1a959, 1, 8192, "
                + "f9ee7cec5cc97aaf9dcbdba485c498e5",
        "70617373776f7264, 80794fc28e7edb77970965202f33874e, 3, 65536, "
                + "ae15bbf2ce91af25d2f6ee938fc9bf7aa231b8c344a31fb430e1663eff3e8c41",
    })
    void matchesLibsodiumVectors(String password, String salt, long opsLimit, long memLimit, String expected) {
        HexFormat hex = HexFormat.of();
        byte[] want = hex.parseHex(expected);
        byte[] pw = password == null ? new byte[0] : hex.parseHex(password);
        assertArrayEquals(want, engine(pw, hex.parseHex(salt), opsLimit, (int) (memLimit / 1024), want.length));
    }
}
