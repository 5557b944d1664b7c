package dev.onscrypto.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Threads;

import dev.onscrypto.primitives.Ed25519;

/**
 * Ed25519 sign and verify of a 32-byte message (an ONS update hash), plus verify on 2 threads (batch
 * verification by indexers). Our API signs from the 32-byte seed, which costs a key derivation per
 * call; every anchor is made to do the same (seed → key pair → sign) so the columns compare equal work.
 */
public class SignatureBenchmark extends ThroughputBase {
    @Param({"native", "java", "lazysodium", "bc"})
    public String impl;

    private Signer signer;
    private final byte[] message = Fixtures.bytes(32, 9);
    private byte[] signature;

    @Setup
    public void setUp() {
        byte[] seed = Fixtures.bytes(32, 10);
        signer = switch (impl) {
            case Impl.NATIVE, Impl.JAVA -> ours(Impl.primitives(impl).ed25519(), seed);
            case Impl.LAZYSODIUM -> lazysodium(seed);
            case Impl.BC -> bouncyCastle(seed);
            default -> throw Impl.unknown(impl);
        };
        signature = signer.sign(message);
        if (!signer.verify(signature, message)) {
            throw new IllegalStateException(impl + ": own signature does not verify");
        }
    }

    @Benchmark
    public byte[] ed25519Sign() {
        return signer.sign(message);
    }

    @Benchmark
    public boolean ed25519Verify() {
        return signer.verify(signature, message);
    }

    @Benchmark
    @Threads(2)
    public boolean ed25519VerifyThreads2() {
        return signer.verify(signature, message);
    }

    private static Signer ours(Ed25519 ed, byte[] seed) {
        byte[] publicKey = ed.publicKey(seed);
        return new Signer() {
            public byte[] sign(byte[] m) {
                return ed.sign(seed, m);
            }

            public boolean verify(byte[] s, byte[] m) {
                return ed.verify(s, m, publicKey);
            }
        };
    }

    private static Signer lazysodium(byte[] seed) {
        byte[] publicKey = new byte[32];
        Lazysodium.sodium().crypto_sign_seed_keypair(publicKey, new byte[64], seed);
        return new Signer() {
            public byte[] sign(byte[] m) {
                byte[] pk = new byte[32];
                byte[] sk = new byte[64];
                Lazysodium.sodium().crypto_sign_seed_keypair(pk, sk, seed);
                byte[] s = new byte[64];
                Lazysodium.sodium().crypto_sign_detached(s, null, m, m.length, sk);
                return s;
            }

            public boolean verify(byte[] s, byte[] m) {
                return Lazysodium.sodium().crypto_sign_verify_detached(s, m, m.length, publicKey) == 0;
            }
        };
    }

    private static Signer bouncyCastle(byte[] seed) {
        byte[] publicKey = new byte[32];
        org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, publicKey, 0);
        return new Signer() {
            public byte[] sign(byte[] m) {
                byte[] s = new byte[64];
                // This overload derives the public key from the seed itself: the same work as ours.
                org.bouncycastle.math.ec.rfc8032.Ed25519.sign(seed, 0, m, 0, m.length, s, 0);
                return s;
            }

            public boolean verify(byte[] s, byte[] m) {
                return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(s, 0, publicKey, 0, m, 0, m.length);
            }
        };
    }
}
