package dev.onscrypto;

/**
 * A setting (system property or environment variable, e.g. {@code ons.backend} or
 * {@code ons.argon2.budget}) has a value this library cannot use. Thrown on every call that reads the
 * setting, the same type each time, with the setting's name, the rejected value and, where there is
 * one, the underlying cause. Command-line tools map it to "usage error" (exit 2).
 */
public class InvalidSettingException extends OnsCryptoException {
    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String message) {
        super(message);
    }

    public InvalidSettingException(String message, Throwable cause) {
        super(message, cause);
    }
}
