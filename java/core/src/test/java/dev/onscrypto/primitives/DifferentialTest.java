package dev.onscrypto.primitives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.onscrypto.OnsCryptoException;
import dev.onscrypto.testing.BothBackends;

/**
 * Random inputs — valid and invalid — through both backends: identical outputs, identical verdicts,
 * identical exception types.
 */
class DifferentialTest {
    private static final int CASES = 2000;
    private static final HexFormat HEX = HexFormat.of();
    private static Primitives nat;
    private static Primitives jav;
    private final SplittableRandom random = new SplittableRandom(0x0115_2026L);

    @BeforeAll
    static void backends() {
        nat = BothBackends.nativeOrAbort();
        jav = Primitives.of(BackendKind.JAVA);
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private int size() {
        // Mostly small inputs (where per-call overhead shows), some up to several KiB.
        return random.nextInt(4) == 0 ? random.nextInt(8192) : random.nextInt(300);
    }

    /** Runs {@code op} on both: same result, or the same exception type. */
    private static <T> void same(String what, java.util.function.Function<Primitives, T> op) {
        Object a = outcome(() -> op.apply(nat));
        Object b = outcome(() -> op.apply(jav));
        if (a instanceof byte[] x && b instanceof byte[] y) {
            assertArrayEquals(x, y, what + ": native " + HEX.formatHex(x) + " vs java " + HEX.formatHex(y));
        } else {
            assertEquals(a, b, what);
        }
    }

    private static Object outcome(Supplier<?> s) {
        try {
            return s.get();
        } catch (OnsCryptoException e) {
            return e.getClass();
        }
    }

    @Test
    void blake2b() {
        for (int i = 0; i < CASES; i++) {
            byte[] msg = bytes(size());
            byte[] key = bytes(random.nextInt(4) == 0 ? 0 : random.nextInt(66));
            int out = random.nextInt(67);
            same("blake2b", p -> p.blake2b().hash(msg, key, out));
        }
    }

    @Test
    void keccak256() {
        for (int i = 0; i < CASES; i++) {
            byte[] msg = bytes(size());
            same("keccak256", p -> p.keccak256().hash(msg));
        }
    }

    @Test
    void xsalsa20Poly1305() {
        for (int i = 0; i < CASES; i++) {
            byte[] msg = bytes(size());
            byte[] key = bytes(random.nextInt(20) == 0 ? 31 : 32);
            byte[] nonce = bytes(24);
            same("XSalsa20-Poly1305 seal", p -> p.xsalsa20Poly1305().seal(msg, nonce, key));
            byte[] box = outcomeBytes(() -> jav.xsalsa20Poly1305().seal(msg, nonce, key));
            if (box != null && random.nextBoolean()) {
                box[random.nextInt(box.length)] ^= (byte) (1 << random.nextInt(8));
            }
            byte[] opened = box == null ? bytes(size()) : box;
            same("XSalsa20-Poly1305 open", p -> p.xsalsa20Poly1305().open(opened, nonce, key));
        }
    }

    @Test
    void xchacha20poly1305() {
        for (int i = 0; i < CASES; i++) {
            byte[] msg = bytes(size());
            byte[] ad = bytes(random.nextInt(40));
            byte[] key = bytes(32);
            byte[] nonce = bytes(random.nextInt(20) == 0 ? 12 : 24);
            same("xchacha seal", p -> p.xchacha20Poly1305().seal(msg, ad, nonce, key));
            byte[] ct = outcomeBytes(() -> jav.xchacha20Poly1305().seal(msg, ad, nonce, key));
            if (ct != null && random.nextBoolean()) {
                ct[random.nextInt(ct.length)] ^= (byte) (1 << random.nextInt(8));
            }
            byte[] input = ct == null ? bytes(size()) : ct;
            same("xchacha open", p -> p.xchacha20Poly1305().open(input, ad, nonce, key));
        }
    }

    @Test
    void ed25519() {
        for (int i = 0; i < CASES / 2; i++) {
            byte[] seed = bytes(32);
            byte[] msg = bytes(random.nextInt(200));
            same("ed25519 public key", p -> p.ed25519().publicKey(seed));
            same("ed25519 sign", p -> p.ed25519().sign(seed, msg));
            byte[] sig = jav.ed25519().sign(seed, msg);
            byte[] pk = jav.ed25519().publicKey(seed);
            switch (random.nextInt(4)) {
                case 0 -> sig[random.nextInt(64)] ^= (byte) (1 << random.nextInt(8));
                case 1 -> pk = bytes(32); // random key: often not a point, sometimes small order
                case 2 -> System.arraycopy(bytes(32), 0, sig, 0, 32);
                default -> { }
            }
            byte[] s = sig;
            byte[] k = pk;
            same("ed25519 verify", p -> p.ed25519().verify(s, msg, k));
        }
    }

    @Test
    void groupOperations() {
        for (int i = 0; i < CASES; i++) {
            byte[] p1 = bytes(32);
            byte[] p2 = random.nextBoolean() ? jav.group().scalarMultBase(jav.group().reduce(bytes(64))) : bytes(32);
            byte[] a = bytes(32);
            byte[] b = bytes(32);
            same("isValidPoint", p -> p.group().isValidPoint(p1));
            same("add", p -> p.group().add(p1, p2));
            same("doubleScalarMultBase", p -> p.group().doubleScalarMultBase(a, p2, b));
            same("reduce32", p -> p.group().reduce(a));
            byte[] wide = bytes64(a, b);
            same("reduce64", p -> p.group().reduce(wide));
            byte[] ra = jav.group().reduce(a);
            byte[] rb = jav.group().reduce(b);
            byte[] rc = jav.group().reduce(p1);
            same("isCanonical", p -> p.group().isCanonicalScalar(a));
            same("scalarAdd", p -> p.group().scalarAdd(ra, rb));
            same("scalarMul", p -> p.group().scalarMul(ra, rb));
            same("scalarMulSub", p -> p.group().scalarMulSub(ra, rb, rc));
            byte[] s = random.nextInt(10) == 0 ? a : ra; // sometimes unreduced: both must reject it
            same("scalarMultBase", p -> p.group().scalarMultBase(s));
        }
    }

    @Test
    void cryptoNoteSignatures() {
        for (int i = 0; i < CASES / 2; i++) {
            byte[] sec = jav.group().reduce(bytes(64));
            byte[] nonce = jav.group().reduce(bytes(64));
            byte[] hash = bytes(32);
            same("cryptonote sign", p -> p.cryptoNote().sign(hash, sec, nonce));
            byte[] pub = jav.cryptoNote().publicKey(sec);
            byte[] sig = (random.nextBoolean() ? nat : jav).cryptoNote().sign(hash, sec);
            switch (random.nextInt(4)) {
                case 0 -> sig[random.nextInt(64)] ^= (byte) (1 << random.nextInt(8));
                case 1 -> pub = bytes(32);
                case 2 -> sig = bytes(64);
                default -> { }
            }
            byte[] s = sig;
            byte[] k = pub;
            same("cryptonote check", p -> p.cryptoNote().check(hash, k, s));
        }
    }

    @Test
    void argon2id() {
        for (int i = 0; i < 6; i++) {
            byte[] pw = bytes(random.nextInt(40));
            byte[] salt = bytes(16);
            long ops = 1 + random.nextInt(3);
            long mem = 8192 + random.nextInt(64 * 1024);
            int out = 16 + random.nextInt(48);
            same("argon2id", p -> p.argon2id().derive(pw, salt, ops, mem, out));
        }
    }

    private static byte[] bytes64(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, 64);
        System.arraycopy(b, 0, out, 32, 32);
        return out;
    }

    private static byte[] outcomeBytes(Supplier<byte[]> s) {
        try {
            return s.get();
        } catch (OnsCryptoException e) {
            return null;
        }
    }
}
