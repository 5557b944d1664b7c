package dev.onscrypto.benchmarks;

import java.util.function.UnaryOperator;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import dev.onscrypto.primitives.XSalsa20Poly1305;

/** XSalsa20-Poly1305 (libsodium secretbox; the legacy ONS record cipher), seal and open. */
public class XSalsa20Poly1305Benchmark extends ThroughputBase {
    @Param({"native", "java", "native-buf", "java-buf", "lazysodium", "bc"})
    public String impl;

    @Param({"64", "1024", "65536"})
    public int size;

    private Cipher cipher;
    private byte[] message;
    private byte[] sealed;

    @Setup
    public void setUp() {
        byte[] key = Fixtures.bytes(32, 3);
        byte[] nonce = Fixtures.bytes(24, 4);
        message = Fixtures.bytes(size, 5);
        // bound once here: a lookup inside the measured lambda would be timed with every call
        XSalsa20Poly1305 ours = Impl.usesOurs(impl) ? Impl.primitives(impl).xsalsa20Poly1305() : null;
        cipher = switch (impl) {
            case Impl.NATIVE, Impl.JAVA -> ours(ours, nonce, key);
            case Impl.NATIVE_BUF -> new Cipher() {
                final UnaryOperator<byte[]> seal = Buffers.direct(size + 16, size + 16,
                        (in, out) -> ours.seal(in, out, nonce, key));
                final UnaryOperator<byte[]> open = Buffers.direct(size + 16, size + 16,
                        (in, out) -> ours.open(in, out, nonce, key));

                public byte[] seal(byte[] m) {
                    return seal.apply(m);
                }

                public byte[] open(byte[] c) {
                    return open.apply(c);
                }
            };
            case Impl.JAVA_BUF -> new Cipher() {
                final UnaryOperator<byte[]> seal = Buffers.ranges(size + 16,
                        (in, out) -> ours.seal(in, 0, in.length, out, 0, nonce, key));
                final UnaryOperator<byte[]> open = Buffers.ranges(size + 16,
                        (in, out) -> ours.open(in, 0, in.length, out, 0, nonce, key));

                public byte[] seal(byte[] m) {
                    return seal.apply(m);
                }

                public byte[] open(byte[] c) {
                    return open.apply(c);
                }
            };
            case Impl.LAZYSODIUM -> lazysodium(nonce, key);
            case Impl.BC -> bouncyCastle(nonce, key);
            default -> throw Impl.unknown(impl);
        };
        // the buffer variants return no array; their input is the same box the array API makes
        sealed = impl.endsWith("-buf") ? ours.seal(message, nonce, key)
                : cipher.seal(message);
    }

    @Benchmark
    public byte[] secretboxSeal() {
        return cipher.seal(message);
    }

    @Benchmark
    public byte[] secretboxOpen() {
        return cipher.open(sealed);
    }

    private static Cipher ours(XSalsa20Poly1305 box, byte[] nonce, byte[] key) {
        return new Cipher() {
            public byte[] seal(byte[] m) {
                return box.seal(m, nonce, key);
            }

            public byte[] open(byte[] c) {
                return box.open(c, nonce, key);
            }
        };
    }

    private static Cipher lazysodium(byte[] nonce, byte[] key) {
        return new Cipher() {
            public byte[] seal(byte[] m) {
                byte[] out = new byte[m.length + 16];
                Lazysodium.sodium().crypto_secretbox_easy(out, m, m.length, nonce, key);
                return out;
            }

            public byte[] open(byte[] c) {
                byte[] out = new byte[c.length - 16];
                if (Lazysodium.sodium().crypto_secretbox_open_easy(out, c, c.length, nonce, key) != 0) {
                    throw new IllegalStateException("forged");
                }
                return out;
            }
        };
    }

    private static Cipher bouncyCastle(byte[] nonce, byte[] key) {
        return new Cipher() {
            public byte[] seal(byte[] m) {
                return BouncyCastleBox.seal(m, nonce, key);
            }

            public byte[] open(byte[] c) {
                return BouncyCastleBox.open(c, nonce, key);
            }
        };
    }
}
