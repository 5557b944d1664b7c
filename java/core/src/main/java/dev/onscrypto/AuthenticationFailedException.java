package dev.onscrypto;

/**
 * An authenticated ciphertext did not verify: wrong key or nonce, or the ciphertext, tag or
 * associated data were altered. No plaintext is released.
 */
public class AuthenticationFailedException extends OnsCryptoException {
    private static final long serialVersionUID = 1L;

    public AuthenticationFailedException(String message) {
        super(message);
    }
}
