package dev.onscrypto.benchmarks;

import java.util.function.UnaryOperator;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import com.sun.jna.NativeLong;

import dev.onscrypto.primitives.Argon2id;

/** Argon2id at the ONS legacy parameters (opslimit 3, 256 MiB, 16-byte zero salt, 32-byte key). */
public class Argon2idBenchmark extends SingleShotBase {
    private static final int ARGON2ID13 = 2; // crypto_pwhash_ALG_ARGON2ID13

    @Param({"native", "java", "lazysodium", "bc"})
    public String impl;

    private UnaryOperator<byte[]> derive;
    private final byte[] password = "jagerman".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final byte[] salt = new byte[16];

    @Setup
    public void setUp() {
        derive = switch (impl) {
            case Impl.NATIVE, Impl.JAVA -> {
                Argon2id argon = Impl.primitives(impl).argon2id();
                yield p -> argon.derive(p, salt, Argon2id.ONS_LEGACY_OPS_LIMIT, Argon2id.ONS_LEGACY_MEM_LIMIT, 32);
            }
            case Impl.LAZYSODIUM -> this::lazysodium;
            case Impl.BC -> this::bouncyCastle;
            default -> throw Impl.unknown(impl);
        };
    }

    @Benchmark
    public byte[] argon2id() {
        return derive.apply(password);
    }

    private byte[] lazysodium(byte[] p) {
        byte[] out = new byte[32];
        int rc = Lazysodium.sodium().crypto_pwhash(out, out.length, p, p.length, salt, Argon2id.ONS_LEGACY_OPS_LIMIT,
                new NativeLong(Argon2id.ONS_LEGACY_MEM_LIMIT), ARGON2ID13);
        if (rc != 0) {
            throw new IllegalStateException("crypto_pwhash failed");
        }
        return out;
    }

    private byte[] bouncyCastle(byte[] p) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withIterations((int) Argon2id.ONS_LEGACY_OPS_LIMIT)
                .withMemoryAsKB((int) (Argon2id.ONS_LEGACY_MEM_LIMIT / 1024))
                .withParallelism(1)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[32];
        generator.generateBytes(p, out);
        return out;
    }
}
