package dev.onscrypto.primitives;

import dev.onscrypto.AuthenticationFailedException;
import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.Require;

/**
 * XSalsa20-Poly1305 in libsodium's {@code crypto_secretbox_easy} layout: the 16-byte tag comes first,
 * then the ciphertext. Used by the legacy ONS record scheme.
 */
public final class SecretBox {
    public static final int KEY_LENGTH = 32;
    public static final int NONCE_LENGTH = 24;
    public static final int TAG_LENGTH = 16;

    private final Backend backend;

    SecretBox(Backend backend) {
        this.backend = backend;
    }

    /** Returns tag ‖ ciphertext, {@code message.length + 16} bytes. */
    public byte[] seal(byte[] message, byte[] nonce, byte[] key) {
        Require.nonNull(message, "message");
        Require.length(nonce, NONCE_LENGTH, "secretbox nonce");
        Require.length(key, KEY_LENGTH, "secretbox key");
        return backend.secretboxSeal(message, nonce, key);
    }

    /**
     * Verifies the tag and decrypts.
     *
     * @throws AuthenticationFailedException if the box was not sealed with this key and nonce, or was altered
     */
    public byte[] open(byte[] box, byte[] nonce, byte[] key) {
        Require.nonNull(box, "secretbox");
        Require.length(nonce, NONCE_LENGTH, "secretbox nonce");
        Require.length(key, KEY_LENGTH, "secretbox key");
        if (box.length < TAG_LENGTH) {
            throw new AuthenticationFailedException("secretbox is shorter than its 16-byte tag");
        }
        byte[] message = backend.secretboxOpen(box, nonce, key);
        if (message == null) {
            throw new AuthenticationFailedException("secretbox tag does not verify");
        }
        return message;
    }
}
