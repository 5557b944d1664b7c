package dev.onscrypto.benchmarks;

import java.util.function.UnaryOperator;

import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import dev.onscrypto.primitives.Blake2b;

/** BLAKE2b-256 (unkeyed, one shot) on both backends (array and buffer APIs) and the three anchors. */
public class Blake2bBenchmark extends ThroughputBase {
    @Param({"native", "java", "native-buf", "java-buf", "lazysodium", "bc"})
    public String impl;

    @Param({"32", "1024", "65536"})
    public int size;

    private UnaryOperator<byte[]> hash;
    private byte[] message;

    @Setup
    public void setUp() {
        message = Fixtures.bytes(size, 1);
        // bound once here: a lookup inside the measured lambda would be timed with every call
        Blake2b ours = Impl.usesOurs(impl) ? Impl.primitives(impl).blake2b() : null;
        hash = switch (impl) {
            case Impl.NATIVE, Impl.JAVA -> ours::hash256;
            case Impl.NATIVE_BUF -> Buffers.direct(size, 32, (in, out) -> ours.hash(in, out, 32));
            case Impl.JAVA_BUF -> Buffers.ranges(32,
                    (in, out) -> ours.hash(in, 0, in.length, out, 0, 32));
            case Impl.LAZYSODIUM -> Blake2bBenchmark::lazysodium;
            case Impl.BC -> Blake2bBenchmark::bouncyCastle;
            default -> throw Impl.unknown(impl);
        };
    }

    @Benchmark
    public byte[] blake2b256() {
        return hash.apply(message);
    }

    private static byte[] lazysodium(byte[] m) {
        byte[] out = new byte[32];
        Lazysodium.sodium().crypto_generichash(out, 32, m, m.length, null, 0);
        return out;
    }

    // A fresh digest per call, as any thread-safe one-shot API (ours included) must do.
    private static byte[] bouncyCastle(byte[] m) {
        Blake2bDigest digest = new Blake2bDigest(256);
        digest.update(m, 0, m.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }
}
