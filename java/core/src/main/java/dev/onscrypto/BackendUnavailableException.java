package dev.onscrypto;

/**
 * A backend that was asked for explicitly cannot be used here; the message says why (for the native
 * backend: every place tried for each library, or the missing {@code --enable-native-access}).
 */
public class BackendUnavailableException extends OnsCryptoException {
    private static final long serialVersionUID = 1L;

    public BackendUnavailableException(String message) {
        super(message);
    }

    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
