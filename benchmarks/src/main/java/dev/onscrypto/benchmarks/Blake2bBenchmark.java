package dev.onscrypto.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;

/** BLAKE2b-256 on both backends (the benchmark issue extends this module to every hot operation). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class Blake2bBenchmark {
    @Param({"native", "java"})
    public String backend;

    @Param({"32", "1024"})
    public int size;

    private Primitives primitives;
    private byte[] message;

    @Setup
    public void setUp() {
        primitives = Primitives.of(BackendKind.parse(backend));
        message = new byte[size];
    }

    @Benchmark
    public byte[] hash256() {
        return primitives.blake2b().hash256(message);
    }
}
