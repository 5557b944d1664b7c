package dev.onscrypto.benchmarks;

import java.util.Arrays;
import java.util.function.UnaryOperator;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import dev.onscrypto.primitives.XChaCha20Poly1305;

/**
 * XChaCha20-Poly1305 (the current ONS record cipher), seal and open, no associated data. Bouncy
 * Castle has no XChaCha, so its anchor is ChaCha20-Poly1305 (IETF, 12-byte nonce) — the same AEAD
 * minus one HChaCha20 block, i.e. a slightly easier bar than ours. Tink's pure-Java XChaCha20-Poly1305
 * is the like-for-like pure-Java anchor. The {@code -buf} variants run our buffer API.
 */
public class XChaCha20Poly1305Benchmark extends ThroughputBase {
    @Param({"native", "java", "native-buf", "java-buf", "lazysodium", "tink", "bc"})
    public String impl;

    @Param({"64", "1024", "65536"})
    public int size;

    private static final byte[] NO_AD = new byte[0];
    private Cipher cipher;
    private byte[] message;
    private byte[] sealed;

    @Setup
    public void setUp() {
        byte[] key = Fixtures.bytes(32, 6);
        byte[] nonce = Fixtures.bytes(24, 7);
        message = Fixtures.bytes(size, 8);
        // bound once here: a lookup inside the measured lambda would be timed with every call
        XChaCha20Poly1305 ours = Impl.usesOurs(impl) ? Impl.primitives(impl).xchacha20Poly1305() : null;
        cipher = switch (impl) {
            case Impl.NATIVE, Impl.JAVA -> ours(ours, nonce, key);
            case Impl.NATIVE_BUF -> new Cipher() {
                final UnaryOperator<byte[]> seal = Buffers.direct(size + 16, size + 16,
                        (in, out) -> ours.seal(in, NO_AD, out, nonce, key));
                final UnaryOperator<byte[]> open = Buffers.direct(size + 16, size + 16,
                        (in, out) -> ours.open(in, NO_AD, out, nonce, key));

                public byte[] seal(byte[] m) {
                    return seal.apply(m);
                }

                public byte[] open(byte[] c) {
                    return open.apply(c);
                }
            };
            case Impl.JAVA_BUF -> new Cipher() {
                final UnaryOperator<byte[]> seal = Buffers.ranges(size + 16, (in, out) -> ours
                        .seal(in, 0, in.length, NO_AD, out, 0, nonce, key));
                final UnaryOperator<byte[]> open = Buffers.ranges(size + 16, (in, out) -> ours
                        .open(in, 0, in.length, NO_AD, out, 0, nonce, key));

                public byte[] seal(byte[] m) {
                    return seal.apply(m);
                }

                public byte[] open(byte[] c) {
                    return open.apply(c);
                }
            };
            case Impl.TINK -> tink(key);
            case Impl.LAZYSODIUM -> lazysodium(nonce, key);
            case Impl.BC -> bouncyCastle(Arrays.copyOf(nonce, 12), key);
            default -> throw Impl.unknown(impl);
        };
        // the buffer variants return no array; their input is the same ciphertext the array API makes
        sealed = impl.endsWith("-buf") ? ours.seal(message, nonce, key)
                : cipher.seal(message);
    }

    @Benchmark
    public byte[] xchachaSeal() {
        return cipher.seal(message);
    }

    @Benchmark
    public byte[] xchachaOpen() {
        return cipher.open(sealed);
    }

    private static Cipher ours(XChaCha20Poly1305 aead, byte[] nonce, byte[] key) {
        return new Cipher() {
            public byte[] seal(byte[] m) {
                return aead.seal(m, nonce, key);
            }

            public byte[] open(byte[] c) {
                return aead.open(c, nonce, key);
            }
        };
    }

    /**
     * Tink's pure-Java XChaCha20-Poly1305 ({@code subtle.XChaCha20Poly1305}), the pure-Java anchor for
     * XChaCha. Its API draws the nonce itself: seal includes drawing 24 random bytes and writes
     * nonce ‖ ciphertext ‖ tag; open reads that layout. Same AEAD, same amount of ChaCha work.
     */
    private static Cipher tink(byte[] key) {
        com.google.crypto.tink.subtle.XChaCha20Poly1305 aead;
        try {
            aead = new com.google.crypto.tink.subtle.XChaCha20Poly1305(key);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return new Cipher() {
            public byte[] seal(byte[] m) {
                try {
                    return aead.encrypt(m, NO_AD);
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }

            public byte[] open(byte[] c) {
                try {
                    return aead.decrypt(c, NO_AD);
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static Cipher lazysodium(byte[] nonce, byte[] key) {
        return new Cipher() {
            public byte[] seal(byte[] m) {
                byte[] out = new byte[m.length + 16];
                Lazysodium.sodium().crypto_aead_xchacha20poly1305_ietf_encrypt(out, null, m, m.length, null, 0, null, nonce, key);
                return out;
            }

            public byte[] open(byte[] c) {
                byte[] out = new byte[c.length - 16];
                if (Lazysodium.sodium().crypto_aead_xchacha20poly1305_ietf_decrypt(out, null, null, c, c.length, null, 0, nonce, key) != 0) {
                    throw new IllegalStateException("forged");
                }
                return out;
            }
        };
    }

    private static Cipher bouncyCastle(byte[] nonce12, byte[] key) {
        return new Cipher() {
            public byte[] seal(byte[] m) {
                return run(true, m);
            }

            public byte[] open(byte[] c) {
                return run(false, c);
            }

            // A new cipher object per call: BC's AEAD objects are stateful and not thread-safe.
            private byte[] run(boolean encrypt, byte[] in) {
                ChaCha20Poly1305 aead = new ChaCha20Poly1305();
                aead.init(encrypt, new ParametersWithIV(new KeyParameter(key), nonce12));
                byte[] out = new byte[aead.getOutputSize(in.length)];
                int n = aead.processBytes(in, 0, in.length, out, 0);
                try {
                    aead.doFinal(out, n);
                } catch (InvalidCipherTextException e) {
                    throw new IllegalStateException(e);
                }
                return out;
            }
        };
    }
}
