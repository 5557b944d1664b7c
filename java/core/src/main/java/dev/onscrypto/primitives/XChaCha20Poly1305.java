package dev.onscrypto.primitives;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

import dev.onscrypto.AuthenticationFailedException;
import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.Require;

/**
 * XChaCha20-Poly1305-IETF (libsodium {@code crypto_aead_xchacha20poly1305_ietf_*}): 24-byte nonce,
 * output ciphertext ‖ 16-byte tag. The current ONS record scheme.
 *
 * <p>The range and {@link ByteBuffer} forms write into the caller's memory (direct buffers go to native
 * code as they are). The output may start exactly where the input starts (in place, as libsodium
 * allows); any other overlap is rejected. When a ciphertext does not open, the output range is zeroed.
 */
public final class XChaCha20Poly1305 {
    public static final int KEY_LENGTH = 32;
    public static final int NONCE_LENGTH = 24;
    public static final int TAG_LENGTH = 16;

    private static final byte[] NO_AD = new byte[0];
    private final Backend backend;

    XChaCha20Poly1305(Backend backend) {
        this.backend = backend;
    }

    /** Encrypts with empty associated data. */
    public byte[] seal(byte[] message, byte[] nonce, byte[] key) {
        return seal(message, NO_AD, nonce, key);
    }

    /** Returns ciphertext ‖ tag, {@code message.length + 16} bytes. */
    public byte[] seal(byte[] message, byte[] associatedData, byte[] nonce, byte[] key) {
        Require.nonNull(message, "message");
        byte[] out = new byte[Aeads.sealedLength(message.length)];
        seal(MemorySegment.ofArray(message), associatedData, MemorySegment.ofArray(out), nonce, key);
        return out;
    }

    /** Seals {@code in[off, off + len)} into {@code out} at {@code outOff}; returns {@code len + 16}. */
    public int seal(byte[] in, int off, int len, byte[] associatedData, byte[] out, int outOff, byte[] nonce,
            byte[] key) {
        MemorySegment message = Require.range(in, off, len, "message");
        return seal(message, associatedData,
                Require.output(out, outOff, Aeads.sealedLength(len), "XChaCha20-Poly1305 output"), nonce, key);
    }

    /** Seals {@code in}'s remaining bytes into {@code out} at its position; both positions advance. */
    public int seal(ByteBuffer in, byte[] associatedData, ByteBuffer out, byte[] nonce, byte[] key) {
        // Both buffers are wrapped here, not in a helper (Require.writable says why).
        MemorySegment message = MemorySegment.ofBuffer(Require.nonNull(in, "message"));
        int n = Aeads.sealedLength(in.remaining());
        MemorySegment sealed = MemorySegment.ofBuffer(Require.writable(out, n, "XChaCha20-Poly1305 output"));
        seal(message, associatedData, sealed.asSlice(0, n), nonce, key);
        Aeads.advance(in, out, n);
        return n;
    }

    private int seal(MemorySegment message, byte[] ad, MemorySegment out, byte[] nonce, byte[] key) {
        check(ad, nonce, key);
        Require.disjointOrSameStart(message, out, "XChaCha20-Poly1305");
        backend.xchacha20poly1305Seal(message, ad, nonce, key, out);
        return (int) out.byteSize();
    }

    /** Decrypts with empty associated data. */
    public byte[] open(byte[] ciphertext, byte[] nonce, byte[] key) {
        return open(ciphertext, NO_AD, nonce, key);
    }

    /**
     * Verifies the tag and decrypts.
     *
     * @throws AuthenticationFailedException if the tag does not verify for this key, nonce and associated data
     */
    public byte[] open(byte[] ciphertext, byte[] associatedData, byte[] nonce, byte[] key) {
        Require.nonNull(ciphertext, "ciphertext");
        byte[] out = new byte[Aeads.openedLength(ciphertext.length, "ciphertext")];
        open(MemorySegment.ofArray(ciphertext), associatedData, MemorySegment.ofArray(out), nonce, key);
        return out;
    }

    /** Opens {@code in[off, off + len)} into {@code out} at {@code outOff}; returns {@code len − 16}. */
    public int open(byte[] in, int off, int len, byte[] associatedData, byte[] out, int outOff, byte[] nonce,
            byte[] key) {
        MemorySegment ciphertext = Require.range(in, off, len, "ciphertext");
        int n = Aeads.openedLength(len, "ciphertext");
        return open(ciphertext, associatedData, Require.output(out, outOff, n, "XChaCha20-Poly1305 output"), nonce,
                key);
    }

    /** Opens {@code in}'s remaining bytes into {@code out} at its position; both positions advance. */
    public int open(ByteBuffer in, byte[] associatedData, ByteBuffer out, byte[] nonce, byte[] key) {
        MemorySegment ciphertext = MemorySegment.ofBuffer(Require.nonNull(in, "ciphertext"));
        int n = Aeads.openedLength(in.remaining(), "ciphertext");
        MemorySegment message = MemorySegment.ofBuffer(Require.writable(out, n, "XChaCha20-Poly1305 output"));
        open(ciphertext, associatedData, message.asSlice(0, n), nonce, key);
        Aeads.advance(in, out, n);
        return n;
    }

    private int open(MemorySegment ciphertext, byte[] ad, MemorySegment out, byte[] nonce, byte[] key) {
        check(ad, nonce, key);
        Require.disjointOrSameStart(ciphertext, out, "XChaCha20-Poly1305");
        if (!backend.xchacha20poly1305Open(ciphertext, ad, nonce, key, out)) {
            out.fill((byte) 0);
            throw new AuthenticationFailedException("XChaCha20-Poly1305 tag does not verify");
        }
        return (int) out.byteSize();
    }

    private static void check(byte[] ad, byte[] nonce, byte[] key) {
        Require.nonNull(ad, "associated data");
        Require.length(nonce, NONCE_LENGTH, "XChaCha20-Poly1305 nonce");
        Require.length(key, KEY_LENGTH, "XChaCha20-Poly1305 key");
    }
}
