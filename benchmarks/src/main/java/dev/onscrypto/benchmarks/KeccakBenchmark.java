package dev.onscrypto.benchmarks;

import java.util.function.UnaryOperator;

import org.bouncycastle.crypto.digests.KeccakDigest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import dev.onscrypto.primitives.Keccak256;

/** Keccak-256 (original padding; CryptoNote's cn_fast_hash). libsodium has none, so no lazysodium column. */
public class KeccakBenchmark extends ThroughputBase {
    @Param({"native", "java", "native-buf", "java-buf", "bc"})
    public String impl;

    @Param({"32", "1024"})
    public int size;

    private UnaryOperator<byte[]> hash;
    private byte[] message;

    @Setup
    public void setUp() {
        message = Fixtures.bytes(size, 2);
        // bound once here: a lookup inside the measured lambda would be timed with every call
        Keccak256 ours = Impl.usesOurs(impl) ? Impl.primitives(impl).keccak256() : null;
        hash = switch (impl) {
            case Impl.NATIVE, Impl.JAVA -> ours::hash;
            case Impl.NATIVE_BUF -> Buffers.direct(size, 32, (in, out) -> ours.hash(in, out));
            case Impl.JAVA_BUF -> Buffers.ranges(32,
                    (in, out) -> ours.hash(in, 0, in.length, out, 0));
            case Impl.BC -> KeccakBenchmark::bouncyCastle;
            default -> throw Impl.unknown(impl);
        };
    }

    @Benchmark
    public byte[] keccak256() {
        return hash.apply(message);
    }

    private static byte[] bouncyCastle(byte[] m) {
        KeccakDigest digest = new KeccakDigest(256);
        digest.update(m, 0, m.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }
}
