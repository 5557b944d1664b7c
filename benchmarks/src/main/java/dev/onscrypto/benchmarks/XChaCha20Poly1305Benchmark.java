package dev.onscrypto.benchmarks;

import java.util.Arrays;

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
 * minus one HChaCha20 block, i.e. a slightly easier bar than ours.
 */
public class XChaCha20Poly1305Benchmark extends ThroughputBase {
    @Param({"native", "java", "lazysodium", "bc"})
    public String impl;

    @Param({"64", "1024", "65536"})
    public int size;

    private Cipher cipher;
    private byte[] message;
    private byte[] sealed;

    @Setup
    public void setUp() {
        byte[] key = Fixtures.bytes(32, 6);
        byte[] nonce = Fixtures.bytes(24, 7);
        message = Fixtures.bytes(size, 8);
        cipher = switch (impl) {
            case Impl.NATIVE, Impl.JAVA -> ours(Impl.primitives(impl).xchacha20Poly1305(), nonce, key);
            case Impl.LAZYSODIUM -> lazysodium(nonce, key);
            case Impl.BC -> bouncyCastle(Arrays.copyOf(nonce, 12), key);
            default -> throw Impl.unknown(impl);
        };
        sealed = cipher.seal(message);
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
