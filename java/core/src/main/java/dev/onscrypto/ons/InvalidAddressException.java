package dev.onscrypto.ons;

import dev.onscrypto.InvalidInputException;

/**
 * An Oxen address does not parse: a character outside base58, a bad block length or overflow, a wrong
 * checksum, a prefix not of the requested network, or a key that is not a valid curve point.
 */
public class InvalidAddressException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public InvalidAddressException(String message) {
        super(message);
    }
}
