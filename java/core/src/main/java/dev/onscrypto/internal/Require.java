package dev.onscrypto.internal;

import dev.onscrypto.InvalidInputException;

/** The argument checks every public entry point makes once, before a backend is called. */
public final class Require {
    private Require() {}

    /** {@code value} is non-null; returns it. */
    public static byte[] nonNull(byte[] value, String what) {
        if (value == null) {
            throw new InvalidInputException(what + " must not be null");
        }
        return value;
    }

    /** {@code value} is non-null and exactly {@code length} bytes long; returns it. */
    public static byte[] length(byte[] value, int length, String what) {
        nonNull(value, what);
        if (value.length != length) {
            throw new InvalidInputException(what + " must be " + length + " bytes, got " + value.length);
        }
        return value;
    }

    /** {@code value} is non-null and at most {@code max} bytes long; returns it. */
    public static byte[] maxLength(byte[] value, int max, String what) {
        nonNull(value, what);
        if (value.length > max) {
            throw new InvalidInputException(what + " must be at most " + max + " bytes, got " + value.length);
        }
        return value;
    }

    /** {@code min <= value <= max}; returns it. */
    public static long range(long value, long min, long max, String what) {
        if (value < min || value > max) {
            throw new InvalidInputException(what + " must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    /** A non-null object argument. */
    public static <T> T nonNull(T value, String what) {
        if (value == null) {
            throw new InvalidInputException(what + " must not be null");
        }
        return value;
    }
}
