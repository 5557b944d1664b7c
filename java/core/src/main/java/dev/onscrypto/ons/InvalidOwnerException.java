package dev.onscrypto.ons;

import dev.onscrypto.InvalidInputException;

/** An owner is neither a wallet address of the network nor a 64-hex-character ed25519 key. */
public class InvalidOwnerException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public InvalidOwnerException(String message) {
        super(message);
    }
}
