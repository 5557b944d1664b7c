package dev.onscrypto.primitives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.testing.BothBackends;

/**
 * The incremental hashes on both backends: any split of the input, fed through arrays, ranges, heap
 * and direct buffers, gives the one-shot digest of the other backend; a copy continues on its own; a
 * finished hasher refuses use.
 */
class HasherTest {
    private static Primitives nat;
    private static Primitives jav;
    private final SplittableRandom random = new SplittableRandom(0x5EED_14L);

    @BeforeAll
    static void backends() {
        nat = BothBackends.nativeOrAbort();
        jav = Primitives.of(BackendKind.JAVA);
    }

    private void feed(Hasher h, byte[] msg) {
        int at = 0;
        while (at < msg.length) {
            int n = Math.min(msg.length - at, random.nextInt(4) == 0 ? random.nextInt(300_000) : random.nextInt(300));
            switch (random.nextInt(4)) {
                case 0 -> h.update(java.util.Arrays.copyOfRange(msg, at, at + n));
                case 1 -> h.update(msg, at, n);
                case 2 -> h.update(ByteBuffer.wrap(msg, at, n).asReadOnlyBuffer());
                default -> h.update(ByteBuffer.allocateDirect(n).put(msg, at, n).flip());
            }
            at += n;
        }
    }

    @Test
    void anySplitGivesTheOneShotDigest() {
        byte[] key = {1, 2, 3, 4};
        for (int i = 0; i < 60; i++) {
            byte[] msg = new byte[i % 10 == 9 ? 600_000 : random.nextInt(2000)];
            random.nextBytes(msg);
            int outLen = 1 + random.nextInt(64);
            for (Primitives[] pair : new Primitives[][] {{nat, jav}, {jav, nat}}) {
                try (Hasher h = pair[0].blake2b().hasher(key, outLen)) {
                    feed(h, msg);
                    assertArrayEquals(pair[1].blake2b().hash(msg, key, outLen), h.finish(), "blake2b " + pair[0].kind());
                }
                try (Hasher h = pair[0].blake2b().hasher(32)) {
                    feed(h, msg);
                    assertArrayEquals(pair[1].blake2b().hash256(msg), h.finish(), "blake2b-256 " + pair[0].kind());
                }
                try (Hasher h = pair[0].keccak256().hasher()) {
                    feed(h, msg);
                    ByteBuffer out = ByteBuffer.allocateDirect(40).position(3);
                    h.finish(out);
                    byte[] got = new byte[32];
                    out.get(3, got);
                    assertArrayEquals(pair[1].keccak256().hash(msg), got, "keccak " + pair[0].kind());
                }
            }
        }
    }

    @Test
    void aCopyContinuesOnItsOwn() {
        byte[] a = "prefix".getBytes();
        byte[] b = "-suffix".getBytes();
        for (Primitives p : new Primitives[] {nat, jav}) {
            Hasher h = p.keccak256().hasher().update(a);
            Hasher c = h.copy();
            h.update(b);
            byte[] ab = new byte[a.length + b.length];
            System.arraycopy(a, 0, ab, 0, a.length);
            System.arraycopy(b, 0, ab, a.length, b.length);
            assertArrayEquals(p.keccak256().hash(ab), h.finish());
            assertArrayEquals(p.keccak256().hash(a), c.finish());
            Hasher k = p.blake2b().hasher(new byte[] {7}, 20).update(a);
            Hasher kc = k.copy();
            assertArrayEquals(p.blake2b().hash(a, new byte[] {7}, 20), k.finish());
            assertArrayEquals(p.blake2b().hash(a, new byte[] {7}, 20), kc.finish());
        }
    }

    @Test
    void aFinishedOrClosedHasherRefusesUse() {
        for (Primitives p : new Primitives[] {nat, jav}) {
            Hasher h = p.blake2b().hasher(32);
            h.finish();
            assertThrows(InvalidInputException.class, () -> h.update(new byte[1]));
            assertThrows(InvalidInputException.class, h::finish);
            assertThrows(InvalidInputException.class, h::copy);
            Hasher k = p.keccak256().hasher();
            k.close();
            k.close();
            assertThrows(InvalidInputException.class, () -> k.update(new byte[1]));
            assertThrows(InvalidInputException.class, () -> p.blake2b().hasher(0));
            assertThrows(InvalidInputException.class, () -> p.blake2b().hasher(new byte[65], 32));
            assertThrows(InvalidInputException.class, () -> p.keccak256().hasher().finish(new byte[31], 0));
            assertThrows(InvalidInputException.class, () -> p.keccak256().hasher().update(new byte[3], 2, 2));
        }
    }
}
