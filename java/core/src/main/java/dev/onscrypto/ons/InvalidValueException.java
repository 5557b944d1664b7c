package dev.onscrypto.ons;

import dev.onscrypto.InvalidInputException;

/** A mapping value (Session ID, wallet address, .loki address or its binary form) is malformed for its type. */
public class InvalidValueException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }
}
