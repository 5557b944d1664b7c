package dev.onscrypto.primitives;

import dev.onscrypto.AuthenticationFailedException;
import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.Require;

/**
 * XChaCha20-Poly1305-IETF (libsodium {@code crypto_aead_xchacha20poly1305_ietf_*}): 24-byte nonce,
 * output ciphertext ‖ 16-byte tag. The current ONS record scheme.
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
        Require.nonNull(associatedData, "associated data");
        Require.length(nonce, NONCE_LENGTH, "XChaCha20-Poly1305 nonce");
        Require.length(key, KEY_LENGTH, "XChaCha20-Poly1305 key");
        return backend.xchacha20poly1305Seal(message, associatedData, nonce, key);
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
        Require.nonNull(associatedData, "associated data");
        Require.length(nonce, NONCE_LENGTH, "XChaCha20-Poly1305 nonce");
        Require.length(key, KEY_LENGTH, "XChaCha20-Poly1305 key");
        if (ciphertext.length < TAG_LENGTH) {
            throw new AuthenticationFailedException("ciphertext is shorter than its 16-byte tag");
        }
        byte[] message = backend.xchacha20poly1305Open(ciphertext, associatedData, nonce, key);
        if (message == null) {
            throw new AuthenticationFailedException("XChaCha20-Poly1305 tag does not verify");
        }
        return message;
    }
}
