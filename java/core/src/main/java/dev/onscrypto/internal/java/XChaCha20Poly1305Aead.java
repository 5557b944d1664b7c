package dev.onscrypto.internal.java;

import static dev.onscrypto.internal.java.Poly1305.TAG;

import java.util.Arrays;

/**
 * XChaCha20-Poly1305-IETF (libsodium crypto_aead_xchacha20poly1305_ietf_*): XChaCha20 keystream
 * block 0 keys Poly1305, blocks 1… encrypt, and the tag covers ad ‖ pad16 ‖ ciphertext ‖ pad16 ‖
 * le64(|ad|) ‖ le64(|ciphertext|) (RFC 8439 §2.8). Ranges are the caller's; the output does not
 * overlap the input ({@link JavaBackend} copies the input first when it would). The key, subkey,
 * keystream and one-time MAC key live only in the cipher and MAC objects of the call, which are wiped
 * before it returns.
 */
final class XChaCha20Poly1305Aead {
    /** Where the message starts in the keystream: block 1, block 0 having become the MAC key. */
    private static final long MESSAGE_POSITION = 64;

    private XChaCha20Poly1305Aead() {}

    /** Writes ciphertext ‖ tag, {@code len + 16} bytes, at {@code out[outOff]}. */
    static void seal(byte[] in, int off, int len, byte[] ad, byte[] nonce, byte[] key, byte[] out, int outOff) {
        ChaCha20 stream = ChaCha20.xchacha(key, nonce);
        Poly1305 mac = new Poly1305(stream.firstBlock());
        try {
            stream.xor(MESSAGE_POSITION, in, off, out, outOff, len);
            mac.updatePadded(ad, 0, ad.length);
            mac.updatePadded(out, outOff, len);
            mac.updateLengths(ad.length, len);
            mac.finish(out, outOff + len);
        } finally {
            stream.wipe();
            mac.wipe();
        }
    }

    /**
     * Writes the {@code len − 16} plaintext bytes at {@code out[outOff]} and returns true, or returns
     * false with that range zeroed if the tag does not verify (libsodium's decrypt zeroes the message
     * buffer on failure too). The tag is checked before anything is decrypted.
     */
    static boolean open(byte[] in, int off, int len, byte[] ad, byte[] nonce, byte[] key, byte[] out, int outOff) {
        int ctLen = len - TAG;
        ChaCha20 stream = ChaCha20.xchacha(key, nonce);
        Poly1305 mac = new Poly1305(stream.firstBlock());
        try {
            mac.updatePadded(ad, 0, ad.length);
            mac.updatePadded(in, off, ctLen);
            mac.updateLengths(ad.length, ctLen);
            if (!mac.verify(in, off + ctLen)) {
                Arrays.fill(out, outOff, outOff + ctLen, (byte) 0);
                return false;
            }
            stream.xor(MESSAGE_POSITION, in, off, out, outOff, ctLen);
            return true;
        } finally {
            stream.wipe();
            mac.wipe();
        }
    }
}
