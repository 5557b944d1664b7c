package dev.onscrypto.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;

/**
 * Update-signature verification on both backends, with Bouncy Castle's own Ed25519 verify as the
 * anchor (the benchmark issue adds C libsodium and lazysodium beside it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class SignatureBenchmark {
    @Param({"native", "java"})
    public String backend;

    private Primitives primitives;
    private final byte[] hash = new byte[32];
    private byte[] seed;
    private byte[] edPublic;
    private byte[] edSignature;
    private byte[] cnSecret;
    private byte[] cnPublic;
    private byte[] cnSignature;

    @Setup
    public void setUp() {
        primitives = Primitives.of(BackendKind.parse(backend));
        seed = new byte[32];
        for (int i = 0; i < 32; i++) {
            seed[i] = (byte) i;
            hash[i] = (byte) (31 * i);
        }
        edPublic = primitives.ed25519().publicKey(seed);
        edSignature = primitives.ed25519().sign(seed, hash);
        cnSecret = primitives.group().reduce(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
        cnPublic = primitives.cryptoNote().publicKey(cnSecret);
        cnSignature = primitives.cryptoNote().sign(hash, cnSecret);
    }

    @Benchmark
    public boolean ed25519Verify() {
        return primitives.ed25519().verify(edSignature, hash, edPublic);
    }

    @Benchmark
    public boolean cryptoNoteCheck() {
        return primitives.cryptoNote().check(hash, cnPublic, cnSignature);
    }

    @Benchmark
    public byte[] cryptoNoteSign() {
        return primitives.cryptoNote().sign(hash, cnSecret);
    }

    @Benchmark
    public boolean bouncyCastleEd25519Verify() {
        return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(edSignature, 0, edPublic, 0, hash, 0, hash.length);
    }
}
