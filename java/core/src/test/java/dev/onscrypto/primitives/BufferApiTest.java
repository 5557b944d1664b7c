package dev.onscrypto.primitives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.onscrypto.AuthenticationFailedException;
import dev.onscrypto.InvalidInputException;
import dev.onscrypto.testing.BothBackends;

/**
 * The range and {@link ByteBuffer} entry points on both backends: for random inputs every layout (offsets
 * with guard bytes around, heap / direct / read-only buffers, exact in-place overlap, sizes across the
 * scratch, in-place and copying paths of the native call) gives exactly what the other backend's
 * array-returning method gives; bad ranges, too-small or read-only outputs and partial overlaps are
 * typed errors on both.
 */
class BufferApiTest {
    private static final int CASES = 150;
    private static final byte GUARD = (byte) 0xA5;
    private static final byte[] KEY = new byte[32];
    private static final byte[] NONCE = new byte[24];
    private static final byte[] SEED = new byte[32];
    private static final byte[] AD = {1, 2, 3};
    private static Primitives nat;
    private static Primitives jav;
    private final SplittableRandom random = new SplittableRandom(0x14_2026L);

    @BeforeAll
    static void backends() {
        nat = BothBackends.nativeOrAbort();
        jav = Primitives.of(BackendKind.JAVA);
        for (int i = 0; i < 32; i++) {
            KEY[i] = (byte) (i * 3);
            SEED[i] = (byte) (100 + i);
        }
        Arrays.fill(NONCE, (byte) 7);
    }

    /** How one operation is called: its array form (the reference) and its range and buffer forms. */
    interface RangeForm {
        int apply(Primitives p, byte[] in, int off, int len, byte[] out, int outOff);
    }

    interface BufferForm {
        int apply(Primitives p, ByteBuffer in, ByteBuffer out);
    }

    record Op(String name, BiFunction<Primitives, byte[], byte[]> array, RangeForm range, BufferForm buffer,
            boolean inPlace) {}

    private static final byte[] BLAKE_KEY = {9, 8, 7, 6, 5};

    private static List<Op> ops() {
        List<Op> ops = new ArrayList<>();
        ops.add(new Op("blake2b-40 keyed", (p, m) -> p.blake2b().hash(m, BLAKE_KEY, 40),
                (p, in, off, len, out, o) -> p.blake2b().hash(in, off, len, BLAKE_KEY, out, o, 40),
                (p, in, out) -> p.blake2b().hash(in, BLAKE_KEY, out, 40), false));
        ops.add(new Op("blake2b-256", (p, m) -> p.blake2b().hash256(m),
                (p, in, off, len, out, o) -> p.blake2b().hash(in, off, len, out, o, 32),
                (p, in, out) -> p.blake2b().hash(in, out, 32), false));
        ops.add(new Op("keccak256", (p, m) -> p.keccak256().hash(m),
                (p, in, off, len, out, o) -> p.keccak256().hash(in, off, len, out, o),
                (p, in, out) -> p.keccak256().hash(in, out), false));
        ops.add(new Op("XSalsa20-Poly1305 seal", (p, m) -> p.xsalsa20Poly1305().seal(m, NONCE, KEY),
                (p, in, off, len, out, o) -> p.xsalsa20Poly1305().seal(in, off, len, out, o, NONCE, KEY),
                (p, in, out) -> p.xsalsa20Poly1305().seal(in, out, NONCE, KEY), true));
        ops.add(new Op("xchacha seal", (p, m) -> p.xchacha20Poly1305().seal(m, AD, NONCE, KEY),
                (p, in, off, len, out, o) -> p.xchacha20Poly1305().seal(in, off, len, AD, out, o, NONCE, KEY),
                (p, in, out) -> p.xchacha20Poly1305().seal(in, AD, out, NONCE, KEY), true));
        ops.add(new Op("ed25519 sign", (p, m) -> p.ed25519().sign(SEED, m),
                (p, in, off, len, out, o) -> p.ed25519().sign(SEED, in, off, len, out, o),
                (p, in, out) -> p.ed25519().sign(SEED, in, out), false));
        return ops;
    }

    /** The openers take a sealed input, made here by the Java backend's array form. */
    private static List<Op> openers() {
        return List.of(
                new Op("XSalsa20-Poly1305 open", (p, c) -> p.xsalsa20Poly1305().open(c, NONCE, KEY),
                        (p, in, off, len, out, o) -> p.xsalsa20Poly1305().open(in, off, len, out, o, NONCE, KEY),
                        (p, in, out) -> p.xsalsa20Poly1305().open(in, out, NONCE, KEY), true),
                new Op("xchacha open", (p, c) -> p.xchacha20Poly1305().open(c, AD, NONCE, KEY),
                        (p, in, off, len, out, o) -> p.xchacha20Poly1305().open(in, off, len, AD, out, o, NONCE, KEY),
                        (p, in, out) -> p.xchacha20Poly1305().open(in, AD, out, NONCE, KEY), true));
    }

    private byte[] input(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /**
     * Mostly short inputs, some medium (both passed in place on native), a few across the 128 KiB limit of
     * the native backend's in-place calls and a few well over it (copied).
     */
    private int size(int i) {
        if (i % 50 == 49) {
            return i % 100 == 49 ? 128 * 1024 - 48 + random.nextInt(96) : 256 * 1024 + random.nextInt(4096);
        }
        return random.nextInt(4) == 0 ? 1025 + random.nextInt(8192) : random.nextInt(300);
    }

    @Test
    void everyLayoutMatchesTheOtherBackendsArrayForm() {
        List<Op> all = new ArrayList<>(ops());
        for (int i = 0; i < CASES; i++) {
            byte[] message = input(size(i));
            for (Op op : all) {
                check(op, message);
            }
            byte[] sealedBox = jav.xsalsa20Poly1305().seal(message, NONCE, KEY);
            byte[] sealedAead = jav.xchacha20Poly1305().seal(message, AD, NONCE, KEY);
            check(openers().get(0), sealedBox);
            check(openers().get(1), sealedAead);
        }
    }

    private void check(Op op, byte[] in) {
        for (Primitives[] pair : new Primitives[][] {{nat, jav}, {jav, nat}}) {
            Primitives p = pair[0];
            byte[] expected = op.array.apply(pair[1], in);
            String what = op.name + " on " + p.kind() + " (" + in.length + " bytes)";

            // a range in the middle of a larger array, guard bytes around the output
            int off = random.nextInt(40);
            int outOff = random.nextInt(40);
            byte[] src = guarded(in, off, 17);
            byte[] dst = new byte[outOff + expected.length + 23];
            Arrays.fill(dst, GUARD);
            assertEquals(expected.length, op.range.apply(p, src, off, in.length, dst, outOff), what);
            assertArrayEquals(expected, Arrays.copyOfRange(dst, outOff, outOff + expected.length), what + " range");
            assertGuards(dst, outOff, expected.length, what + " range guards");
            assertArrayEquals(in, Arrays.copyOfRange(src, off, off + in.length), what + " input untouched");

            // exactly in place: the output starts where the input starts
            if (op.inPlace) {
                byte[] buf = new byte[off + Math.max(in.length, expected.length) + 5];
                System.arraycopy(in, 0, buf, off, in.length);
                op.range.apply(p, buf, off, in.length, buf, off);
                assertArrayEquals(expected, Arrays.copyOfRange(buf, off, off + expected.length), what + " in place");
            }

            // buffers: heap, direct, read-only input; output heap or direct
            for (int layout = 0; layout < 4; layout++) {
                ByteBuffer bin = switch (layout) {
                    case 0 -> ByteBuffer.wrap(src, off, in.length);
                    case 1 -> ByteBuffer.allocateDirect(in.length).put(in).flip();
                    case 2 -> ByteBuffer.wrap(src, off, in.length).asReadOnlyBuffer();
                    default -> ByteBuffer.allocateDirect(in.length + 8).position(3).put(in).flip().position(3)
                            .asReadOnlyBuffer();
                };
                int start = bin.position();
                ByteBuffer bout = layout % 2 == 0 ? ByteBuffer.allocate(expected.length + 9).position(4)
                        : ByteBuffer.allocateDirect(expected.length + 9).position(4);
                assertEquals(expected.length, op.buffer.apply(p, bin, bout), what);
                assertEquals(bin.limit(), bin.position(), what + " input consumed");
                assertEquals(4 + expected.length, bout.position(), what + " output position");
                byte[] got = new byte[expected.length];
                bout.get(4, got);
                assertArrayEquals(expected, got, what + " buffers, layout " + layout + " from " + start);
            }
        }
    }

    private byte[] guarded(byte[] in, int off, int tail) {
        byte[] a = new byte[off + in.length + tail];
        Arrays.fill(a, GUARD);
        System.arraycopy(in, 0, a, off, in.length);
        return a;
    }

    private static void assertGuards(byte[] a, int from, int len, String what) {
        for (int i = 0; i < a.length; i++) {
            if (i < from || i >= from + len) {
                assertEquals(GUARD, a[i], what + " at " + i);
            }
        }
    }

    @Test
    void badRangesAndOutputsAreTypedErrorsOnBothBackends() {
        byte[] msg = input(64);
        for (Primitives p : new Primitives[] {nat, jav}) {
            for (Op op : ops()) {
                int outLen = op.array.apply(p, msg).length;
                String what = op.name + " on " + p.kind();
                assertThrows(InvalidInputException.class, () -> op.range.apply(p, msg, -1, 10, new byte[100], 0), what);
                assertThrows(InvalidInputException.class, () -> op.range.apply(p, msg, 60, 5, new byte[100], 0), what);
                assertThrows(InvalidInputException.class, () -> op.range.apply(p, msg, 0, -1, new byte[100], 0), what);
                assertThrows(InvalidInputException.class,
                        () -> op.range.apply(p, msg, 0, Integer.MAX_VALUE, new byte[100], 0), what);
                assertThrows(InvalidInputException.class, () -> op.range.apply(p, null, 0, 0, new byte[100], 0), what);
                assertThrows(InvalidInputException.class, () -> op.range.apply(p, msg, 0, 64, null, 0), what);
                assertThrows(InvalidInputException.class, () -> op.range.apply(p, msg, 0, 64, new byte[100], -1), what);
                // too small by one byte, through an offset and through a short array
                assertThrows(InvalidInputException.class,
                        () -> op.range.apply(p, msg, 0, 64, new byte[outLen + 3], 4), what + " too small");
                assertThrows(InvalidInputException.class,
                        () -> op.range.apply(p, msg, 0, 64, new byte[outLen - 1], 0), what + " too small");
                ByteBuffer readOnly = ByteBuffer.allocate(outLen + 10).asReadOnlyBuffer();
                ByteBuffer in = ByteBuffer.wrap(msg);
                assertThrows(InvalidInputException.class, () -> op.buffer.apply(p, in, readOnly), what + " read-only");
                assertEquals(0, in.position(), what + ": a rejected call moves no position");
                assertThrows(InvalidInputException.class,
                        () -> op.buffer.apply(p, ByteBuffer.wrap(msg), ByteBuffer.allocateDirect(outLen - 1)),
                        what + " too small");
                assertThrows(InvalidInputException.class, () -> op.buffer.apply(p, null, ByteBuffer.allocate(99)), what);
                if (op.inPlace) {
                    // overlapping, but not starting at the same byte
                    byte[] buf = new byte[200];
                    assertThrows(InvalidInputException.class, () -> op.range.apply(p, buf, 10, 64, buf, 11), what);
                    assertThrows(InvalidInputException.class, () -> op.range.apply(p, buf, 11, 64, buf, 10), what);
                    ByteBuffer direct = ByteBuffer.allocateDirect(200);
                    assertThrows(InvalidInputException.class,
                            () -> op.buffer.apply(p, direct.slice(0, 64), direct.slice(8, 100)), what);
                    // heap buffers over one array, the input also read-only (which hides its array)
                    byte[] shared = new byte[200];
                    assertThrows(InvalidInputException.class,
                            () -> op.buffer.apply(p, ByteBuffer.wrap(shared, 0, 64), ByteBuffer.wrap(shared, 8, 100)), what);
                    assertThrows(InvalidInputException.class, () -> op.buffer.apply(p,
                            ByteBuffer.wrap(shared, 8, 64).asReadOnlyBuffer(), ByteBuffer.wrap(shared, 0, 100)), what);
                }
            }
        }
    }

    @Test
    void aForgedCiphertextThrowsAndLeavesNoPlaintextInTheOutput() {
        byte[] msg = input(100);
        for (Primitives p : new Primitives[] {nat, jav}) {
            for (Op op : openers()) {
                byte[] sealed = op.name.startsWith("XSalsa20-Poly1305") ? p.xsalsa20Poly1305().seal(msg, NONCE, KEY)
                        : p.xchacha20Poly1305().seal(msg, AD, NONCE, KEY);
                sealed[sealed.length / 2] ^= 1;
                byte[] out = new byte[sealed.length];
                Arrays.fill(out, GUARD);
                assertThrows(AuthenticationFailedException.class, () -> op.range.apply(p, sealed, 0, sealed.length,
                        out, 0), op.name);
                assertArrayEquals(new byte[msg.length], Arrays.copyOf(out, msg.length), op.name + " output zeroed");
                ByteBuffer in = ByteBuffer.wrap(sealed);
                ByteBuffer direct = ByteBuffer.allocateDirect(msg.length);
                assertThrows(AuthenticationFailedException.class, () -> op.buffer.apply(p, in, direct), op.name);
                assertEquals(0, in.position(), op.name + ": a failed open moves no position");
                assertThrows(AuthenticationFailedException.class,
                        () -> op.range.apply(p, sealed, 0, 15, out, 0), op.name + " shorter than a tag");
            }
        }
    }

    @Test
    void verifyOverARangeAndABuffer() {
        for (int i = 0; i < CASES; i++) {
            byte[] msg = input(size(i));
            byte[] sig = jav.ed25519().sign(SEED, msg);
            byte[] pk = jav.ed25519().publicKey(SEED);
            byte[] src = guarded(msg, 5, 5);
            for (Primitives p : new Primitives[] {nat, jav}) {
                assertTrue(p.ed25519().verify(sig, src, 5, msg.length, pk));
                ByteBuffer direct = ByteBuffer.allocateDirect(msg.length).put(msg).flip();
                assertTrue(p.ed25519().verify(sig, direct, pk));
                assertEquals(0, direct.position(), "verify does not consume its buffer");
                assertTrue(p.ed25519().verify(sig, ByteBuffer.wrap(msg).asReadOnlyBuffer(), pk));
                if (msg.length > 0) {
                    assertEquals(false, p.ed25519().verify(sig, src, 4, msg.length, pk), "shifted range");
                }
            }
        }
    }
}
