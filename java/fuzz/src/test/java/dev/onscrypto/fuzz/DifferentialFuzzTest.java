package dev.onscrypto.fuzz;

import static dev.onscrypto.fuzz.Differential.same;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.onscrypto.fuzz.Differential.Result;
import dev.onscrypto.testing.BothBackends;

/**
 * One target per primitive, native against Java: same output, same verdict, same exception type, on
 * valid and invalid input alike (lengths just off, unreduced scalars, non-points, altered tags).
 */
class DifferentialFuzzTest {

    @Test
    void nativeIsHereWhenRequired() {
        if (BothBackends.nativeRequired()) {
            assertNotNull(Differential.NATIVE, "ons.native.required is set but native did not load");
        }
    }

    /** Mostly the right length, sometimes one off, sometimes anything. */
    private static byte[] sized(FuzzedDataProvider d, int length) {
        return switch (d.consumeInt(0, 7)) {
            case 0 -> d.consumeBytes(d.consumeInt(0, length + 2));
            case 1 -> d.consumeBytes(length + 1);
            default -> pad(d.consumeBytes(length), length);
        };
    }

    private static byte[] pad(byte[] b, int length) {
        return b.length == length ? b : java.util.Arrays.copyOf(b, length);
    }

    @FuzzTest(maxDuration = "10s")
    void blake2b(FuzzedDataProvider d) {
        int outlen = d.consumeInt(-1, 66);
        byte[] key = d.consumeBytes(d.consumeInt(0, 66));
        byte[] message = d.consumeRemainingAsBytes();
        same("blake2b", p -> p.blake2b().hash(message, key, outlen));
        same("blake2b-256", p -> p.blake2b().hash256(message));
    }

    @FuzzTest(maxDuration = "10s")
    void keccak256(FuzzedDataProvider d) {
        byte[] message = d.consumeRemainingAsBytes();
        same("keccak256", p -> p.keccak256().hash(message));
    }

    @FuzzTest(maxDuration = "10s")
    void xsalsa20Poly1305(FuzzedDataProvider d) {
        byte[] key = sized(d, 32);
        byte[] nonce = sized(d, 24);
        byte[] other = d.consumeBytes(d.consumeInt(0, 80));
        byte[] message = d.consumeRemainingAsBytes();
        Result sealed = same("XSalsa20-Poly1305 seal", p -> p.xsalsa20Poly1305().seal(message, nonce, key));
        if (sealed.ok()) {
            byte[] box = (byte[]) sealed.value();
            Result opened = same("XSalsa20-Poly1305 open", p -> p.xsalsa20Poly1305().open(box, nonce, key));
            assertArrayEquals(message, (byte[]) opened.value());
            if (box.length > 0) {
                byte[] altered = box.clone();
                altered[other.length % box.length] ^= (byte) (1 << (other.length % 8));
                assertTrue(!same("XSalsa20-Poly1305 open altered", p -> p.xsalsa20Poly1305().open(altered, nonce, key)).ok());
            }
        }
        same("XSalsa20-Poly1305 open any", p -> p.xsalsa20Poly1305().open(other, nonce, key));
    }

    @FuzzTest(maxDuration = "10s")
    void xchacha20Poly1305(FuzzedDataProvider d) {
        byte[] key = sized(d, 32);
        byte[] nonce = sized(d, 24);
        byte[] aad = d.consumeBytes(d.consumeInt(0, 40));
        byte[] other = d.consumeBytes(d.consumeInt(0, 80));
        byte[] message = d.consumeRemainingAsBytes();
        Result sealed = same("xchacha seal", p -> p.xchacha20Poly1305().seal(message, aad, nonce, key));
        if (sealed.ok()) {
            byte[] ct = (byte[]) sealed.value();
            assertArrayEquals(message, (byte[]) same("xchacha open",
                    p -> p.xchacha20Poly1305().open(ct, aad, nonce, key)).value());
            byte[] altered = ct.clone();
            altered[other.length % ct.length] ^= 1;
            assertTrue(!same("xchacha open altered", p -> p.xchacha20Poly1305().open(altered, aad, nonce, key)).ok());
            same("xchacha open no aad", p -> p.xchacha20Poly1305().open(ct, nonce, key));
        }
        same("xchacha open any", p -> p.xchacha20Poly1305().open(other, aad, nonce, key));
    }

    @FuzzTest(maxDuration = "10s")
    void ed25519(FuzzedDataProvider d) {
        byte[] seed = sized(d, 32);
        byte[] anyKey = sized(d, 32);
        byte[] anySig = sized(d, 64);
        byte[] message = d.consumeRemainingAsBytes();
        Result pub = same("ed25519 public key", p -> p.ed25519().publicKey(seed));
        Result sig = same("ed25519 sign", p -> p.ed25519().sign(seed, message));
        if (sig.ok() && pub.ok()) {
            byte[] s = (byte[]) sig.value();
            byte[] k = (byte[]) pub.value();
            assertEquals(Boolean.TRUE, same("ed25519 verify own", p -> p.ed25519().verify(s, message, k)).value());
            byte[] altered = s.clone();
            altered[message.length % 64] ^= 0x10;
            same("ed25519 verify altered", p -> p.ed25519().verify(altered, message, k));
        }
        same("ed25519 verify any", p -> p.ed25519().verify(anySig, message, anyKey));
    }

    @FuzzTest(maxDuration = "10s")
    void cryptoNote(FuzzedDataProvider d) {
        byte[] hash = sized(d, 32);
        byte[] secret = sized(d, 32);
        byte[] nonce = sized(d, 32);
        byte[] anyKey = sized(d, 32);
        byte[] anySig = sized(d, 64);
        Result pub = same("cryptonote public key", p -> p.cryptoNote().publicKey(secret));
        Result sig = same("cryptonote sign with nonce", p -> p.cryptoNote().sign(hash, secret, nonce));
        if (sig.ok() && pub.ok()) {
            byte[] s = (byte[]) sig.value();
            byte[] k = (byte[]) pub.value();
            assertEquals(Boolean.TRUE, same("cryptonote check own", p -> p.cryptoNote().check(hash, k, s)).value());
        }
        same("cryptonote check any", p -> p.cryptoNote().check(hash, anyKey, anySig));
    }

    @FuzzTest(maxDuration = "10s")
    void groupOps(FuzzedDataProvider d) {
        byte[] a = sized(d, 32);
        byte[] b = sized(d, 32);
        byte[] c = sized(d, 32);
        byte[] point = sized(d, 32);
        byte[] wide = d.consumeBytes(d.consumeInt(0, 70));
        byte[] message = d.consumeRemainingAsBytes();
        same("isValidPoint", p -> p.group().isValidPoint(point));
        same("add", p -> p.group().add(point, a));
        same("scalarMultBase", p -> p.group().scalarMultBase(a));
        same("doubleScalarMultBase", p -> p.group().doubleScalarMultBase(a, point, b));
        same("isCanonicalScalar", p -> p.group().isCanonicalScalar(a));
        same("reduce", p -> p.group().reduce(wide));
        same("scalarAdd", p -> p.group().scalarAdd(a, b));
        same("scalarMul", p -> p.group().scalarMul(a, b));
        same("scalarMulSub", p -> p.group().scalarMulSub(a, b, c));
        same("hashToScalar", p -> p.group().hashToScalar(message));
    }

    /**
     * The range, ByteBuffer and streaming forms: the same bytes as the one-shot array call on both
     * backends, for any offsets (in range or not), chunkings and direct or heap buffers.
     */
    @FuzzTest(maxDuration = "10s")
    void rangesBuffersAndStreams(FuzzedDataProvider d) {
        int off = d.consumeInt(-1, 8);
        int slack = d.consumeInt(-1, 8);
        int outOff = d.consumeInt(-1, 8);
        boolean direct = d.consumeBoolean();
        int chunk = d.consumeInt(1, 200);
        byte[] key = d.consumeBytes(32);
        byte[] nonce = d.consumeBytes(24);
        byte[] message = d.consumeRemainingAsBytes();
        int len = Math.max(0, message.length - Math.max(off, 0) - Math.max(slack, 0));
        byte[] out = new byte[80 + message.length];
        same("blake2b range", p -> {
            byte[] o = out.clone();
            int n = p.blake2b().hash(message, off, len, o, outOff, 32);
            return java.util.Arrays.copyOfRange(o, outOff, outOff + n);
        });
        same("keccak range", p -> {
            byte[] o = out.clone();
            int n = p.keccak256().hash(message, off, len, o, outOff);
            return java.util.Arrays.copyOfRange(o, outOff, outOff + n);
        });
        same("keccak buffer", p -> {
            java.nio.ByteBuffer in = direct ? java.nio.ByteBuffer.allocateDirect(message.length) : java.nio.ByteBuffer.allocate(message.length);
            in.put(message).flip();
            java.nio.ByteBuffer o = java.nio.ByteBuffer.allocate(32);
            p.keccak256().hash(in, o);
            return o.array();
        });
        Result streamed = same("keccak stream", p -> {
            var h = p.keccak256().hasher();
            for (int at = 0; at < message.length; at += chunk) {
                h.update(message, at, Math.min(chunk, message.length - at));
            }
            return h.finish();
        });
        assertArrayEquals(Differential.JAVA.keccak256().hash(message), (byte[]) streamed.value());
        Result blakeStreamed = same("blake2b stream", p -> {
            var h = p.blake2b().hasher(key, 32);
            for (int at = 0; at < message.length; at += chunk) {
                h.update(java.nio.ByteBuffer.wrap(message, at, Math.min(chunk, message.length - at)));
            }
            return h.finish();
        });
        if (key.length <= 64) {
            assertArrayEquals(Differential.JAVA.blake2b().hash(message, key, 32), (byte[]) blakeStreamed.value());
        }
        // In place: the message sits in the output array, sealed and opened where it is.
        same("xchacha in place", p -> {
            byte[] buf = java.util.Arrays.copyOf(message, message.length + 16);
            int n = p.xchacha20Poly1305().seal(buf, 0, message.length, new byte[0], buf, 0, nonce, key);
            int m = p.xchacha20Poly1305().open(buf, 0, n, new byte[0], buf, 0, nonce, key);
            return java.util.Arrays.copyOf(buf, m);
        });
        same("XSalsa20-Poly1305 range", p -> {
            byte[] o = out.clone();
            int n = p.xsalsa20Poly1305().seal(message, off, len, o, outOff, nonce, key);
            return java.util.Arrays.copyOfRange(o, outOff, outOff + n);
        });
    }

    @FuzzTest(maxDuration = "10s")
    void argon2idTinyParameters(FuzzedDataProvider d) {
        long ops = d.consumeInt(0, 4);
        // Tiny memory, plus values just outside the accepted range on both sides.
        long mem = switch (d.consumeInt(0, 5)) {
            case 0 -> d.consumeLong(0, 8192);
            case 1 -> -d.consumeLong(1, Long.MAX_VALUE);
            default -> d.consumeLong(8192, 64 * 1024);
        };
        int outlen = d.consumeInt(-1, 80);
        byte[] salt = sized(d, 16);
        byte[] password = d.consumeRemainingAsBytes();
        same("argon2id", p -> p.argon2id().derive(password, salt, ops, mem, outlen));
    }
}
