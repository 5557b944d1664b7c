package dev.onscrypto;

/**
 * An argument was rejected before any cryptography ran: null, wrong length, a scalar that is not
 * reduced, a byte string that is not a valid curve point, an out-of-range parameter.
 */
public class InvalidInputException extends OnsCryptoException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
