package dev.onscrypto.primitives;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

import dev.onscrypto.AuthenticationFailedException;
import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.Require;

/**
 * XSalsa20-Poly1305 in libsodium's {@code crypto_secretbox_easy} layout (libsodium calls it secretbox):
 * the 16-byte tag comes first, then the ciphertext. No associated data. Used by the legacy ONS record
 * scheme.
 *
 * <p>The range and {@link ByteBuffer} forms write into the caller's memory (direct buffers go to native
 * code as they are). The output may start exactly where the input starts (in place, as libsodium
 * allows); any other overlap is rejected. When a box does not open, the output range is zeroed.
 */
public final class XSalsa20Poly1305 {
    public static final int KEY_LENGTH = 32;
    public static final int NONCE_LENGTH = 24;
    public static final int TAG_LENGTH = 16;

    private final Backend backend;

    XSalsa20Poly1305(Backend backend) {
        this.backend = backend;
    }

    /** Returns tag ‖ ciphertext, {@code message.length + 16} bytes. */
    public byte[] seal(byte[] message, byte[] nonce, byte[] key) {
        Require.nonNull(message, "message");
        byte[] box = new byte[Aeads.sealedLength(message.length)];
        seal(MemorySegment.ofArray(message), MemorySegment.ofArray(box), nonce, key);
        return box;
    }

    /** Seals {@code in[off, off + len)} into {@code out} at {@code outOff}; returns {@code len + 16}. */
    public int seal(byte[] in, int off, int len, byte[] out, int outOff, byte[] nonce, byte[] key) {
        MemorySegment message = Require.range(in, off, len, "message");
        return seal(message, Require.output(out, outOff, Aeads.sealedLength(len), "XSalsa20-Poly1305 output"), nonce,
                key);
    }

    /** Seals {@code in}'s remaining bytes into {@code out} at its position; both positions advance. */
    public int seal(ByteBuffer in, ByteBuffer out, byte[] nonce, byte[] key) {
        // Both buffers are wrapped here, not in a helper (Require.writable says why).
        MemorySegment message = MemorySegment.ofBuffer(Require.nonNull(in, "message"));
        int n = Aeads.sealedLength(in.remaining());
        MemorySegment box = MemorySegment.ofBuffer(Require.writable(out, n, "XSalsa20-Poly1305 output"));
        seal(message, box.asSlice(0, n), nonce, key);
        Aeads.advance(in, out, n);
        return n;
    }

    private int seal(MemorySegment message, MemorySegment box, byte[] nonce, byte[] key) {
        checkKeyAndNonce(nonce, key);
        Require.disjointOrSameStart(message, box, "XSalsa20-Poly1305");
        backend.secretboxSeal(message, nonce, key, box);
        return (int) box.byteSize();
    }

    /**
     * Verifies the tag and decrypts.
     *
     * @throws AuthenticationFailedException if the box was not sealed with this key and nonce, or was altered
     */
    public byte[] open(byte[] box, byte[] nonce, byte[] key) {
        Require.nonNull(box, "box");
        byte[] message = new byte[Aeads.openedLength(box.length, "box")];
        open(MemorySegment.ofArray(box), MemorySegment.ofArray(message), nonce, key);
        return message;
    }

    /** Opens {@code in[off, off + len)} into {@code out} at {@code outOff}; returns {@code len − 16}. */
    public int open(byte[] in, int off, int len, byte[] out, int outOff, byte[] nonce, byte[] key) {
        MemorySegment box = Require.range(in, off, len, "box");
        int n = Aeads.openedLength(len, "box");
        return open(box, Require.output(out, outOff, n, "XSalsa20-Poly1305 output"), nonce, key);
    }

    /** Opens {@code in}'s remaining bytes into {@code out} at its position; both positions advance. */
    public int open(ByteBuffer in, ByteBuffer out, byte[] nonce, byte[] key) {
        MemorySegment box = MemorySegment.ofBuffer(Require.nonNull(in, "box"));
        int n = Aeads.openedLength(in.remaining(), "box");
        MemorySegment message = MemorySegment.ofBuffer(Require.writable(out, n, "XSalsa20-Poly1305 output"));
        open(box, message.asSlice(0, n), nonce, key);
        Aeads.advance(in, out, n);
        return n;
    }

    private int open(MemorySegment box, MemorySegment message, byte[] nonce, byte[] key) {
        checkKeyAndNonce(nonce, key);
        Require.disjointOrSameStart(box, message, "XSalsa20-Poly1305");
        if (!backend.secretboxOpen(box, nonce, key, message)) {
            message.fill((byte) 0);
            throw new AuthenticationFailedException("XSalsa20-Poly1305 tag does not verify");
        }
        return (int) message.byteSize();
    }

    private static void checkKeyAndNonce(byte[] nonce, byte[] key) {
        Require.length(nonce, NONCE_LENGTH, "XSalsa20-Poly1305 nonce");
        Require.length(key, KEY_LENGTH, "XSalsa20-Poly1305 key");
    }
}
