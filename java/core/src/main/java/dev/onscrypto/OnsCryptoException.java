package dev.onscrypto;

/**
 * Base of every exception this library throws on purpose. Messages name the rule that was broken and
 * never contain key material, plaintexts or other secrets.
 */
public abstract class OnsCryptoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected OnsCryptoException(String message) {
        super(message);
    }

    protected OnsCryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
