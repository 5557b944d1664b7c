package dev.onscrypto.internal.java;

import static dev.onscrypto.internal.java.Poly1305.TAG;

/**
 * libsodium's {@code crypto_secretbox_easy}: the first 32 bytes of the XSalsa20 keystream key
 * Poly1305, the message is XORed with the keystream from byte 32 on, and the output is tag ‖ ciphertext
 * (crypto_secretbox_easy.c). Ranges are the caller's; the output does not overlap the input
 * ({@link JavaBackend} copies the input first when it would). The key, subkey, keystream and one-time
 * MAC key live only in the cipher and MAC objects of the call, which are wiped before it returns.
 */
final class XSalsa20Poly1305Box {
    /** Where the message starts in the keystream: after the 32 bytes that became the MAC key. */
    private static final long MESSAGE_POSITION = 32;

    private XSalsa20Poly1305Box() {}

    /** Writes tag ‖ ciphertext, {@code len + 16} bytes, at {@code out[outOff]}. */
    static void seal(byte[] in, int off, int len, byte[] nonce, byte[] key, byte[] out, int outOff) {
        Salsa20 stream = Salsa20.xsalsa(key, nonce);
        Poly1305 mac = new Poly1305(stream.firstBlock());
        try {
            stream.xor(MESSAGE_POSITION, in, off, out, outOff + TAG, len);
            mac.update(out, outOff + TAG, len);
            mac.finish(out, outOff);
        } finally {
            stream.wipe();
            mac.wipe();
        }
    }

    /**
     * Writes the {@code len − 16} plaintext bytes at {@code out[outOff]}, or returns false, writing
     * nothing, if the tag does not verify (as crypto_secretbox_open_detached, which checks first).
     */
    static boolean open(byte[] in, int off, int len, byte[] nonce, byte[] key, byte[] out, int outOff) {
        Salsa20 stream = Salsa20.xsalsa(key, nonce);
        Poly1305 mac = new Poly1305(stream.firstBlock());
        try {
            mac.update(in, off + TAG, len - TAG);
            if (!mac.verify(in, off)) {
                return false;
            }
            stream.xor(MESSAGE_POSITION, in, off + TAG, out, outOff, len - TAG);
            return true;
        } finally {
            stream.wipe();
            mac.wipe();
        }
    }
}
