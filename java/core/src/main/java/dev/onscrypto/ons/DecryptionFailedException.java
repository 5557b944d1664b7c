package dev.onscrypto.ons;

import dev.onscrypto.OnsCryptoException;

/**
 * An encrypted ONS value could not be decrypted: its length fits no scheme for the type, or its tag
 * does not verify for this name (wrong name, wrong type, or altered bytes).
 */
public class DecryptionFailedException extends OnsCryptoException {
    private static final long serialVersionUID = 1L;

    public DecryptionFailedException(String message) {
        super(message);
    }
}
