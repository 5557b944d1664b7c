package dev.onscrypto.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Threads;

import dev.onscrypto.primitives.CryptoNoteSignature;
import dev.onscrypto.primitives.Primitives;

/**
 * CryptoNote signature generate and check on our two backends. Nobody else ships it: its
 * anchors are the C harness's build of the same algorithm and, for check, Ed25519 verify (the same
 * double-scalar multiplication), compared in summary.md.
 */
public class CryptoNoteBenchmark extends ThroughputBase {
    @Param({"native", "java"})
    public String impl;

    private CryptoNoteSignature cryptoNote;
    private final byte[] hash = Fixtures.bytes(32, 11);
    private byte[] secret;
    private byte[] publicKey;
    private byte[] signature;

    @Setup
    public void setUp() {
        Primitives primitives = Impl.primitives(impl);
        cryptoNote = primitives.cryptoNote();
        secret = primitives.group().reduce(Fixtures.bytes(32, 12));
        publicKey = cryptoNote.publicKey(secret);
        signature = cryptoNote.sign(hash, secret);
        if (!cryptoNote.check(hash, publicKey, signature)) {
            throw new IllegalStateException(impl + ": own signature does not check");
        }
    }

    @Benchmark
    public byte[] cryptoNoteSign() {
        return cryptoNote.sign(hash, secret);
    }

    @Benchmark
    public boolean cryptoNoteCheck() {
        return cryptoNote.check(hash, publicKey, signature);
    }

    @Benchmark
    @Threads(2)
    public boolean cryptoNoteCheckThreads2() {
        return cryptoNote.check(hash, publicKey, signature);
    }
}
