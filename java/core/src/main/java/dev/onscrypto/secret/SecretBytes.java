package dev.onscrypto.secret;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

import javax.security.auth.Destroyable;

/**
 * The one holder of secret bytes in this library (update signing keys, subaddress secrets, the JCA
 * provider's private and derived keys and key specs), in the manner of Tink's {@code SecretBytes}: it
 * owns its array and never hands it out, only copies of it; {@link #destroy()} (or {@link #close()})
 * zeroes the array, and afterwards every access throws {@link IllegalStateException} — a destroyed
 * secret must never silently act as the all-zero secret. Comparison is constant-time; {@code toString}
 * never shows the bytes. Copying out and destroying are mutually exclusive, so a copy is never taken
 * from a half-wiped array. Internal to the library: the package is not exported.
 */
public final class SecretBytes implements Destroyable, AutoCloseable {
    private final byte[] bytes;
    private boolean destroyed;

    private SecretBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A holder of a copy of {@code bytes}; the caller still wipes its own array. */
    public static SecretBytes copyOf(byte[] bytes) {
        return new SecretBytes(Objects.requireNonNull(bytes, "secret bytes").clone());
    }

    /**
     * A holder that takes {@code bytes} over without copying (for a secret just computed): the caller
     * must not use or keep the array afterwards; {@link #destroy()} zeroes it.
     */
    public static SecretBytes adopt(byte[] bytes) {
        return new SecretBytes(Objects.requireNonNull(bytes, "secret bytes"));
    }

    /** The number of bytes (still known after destruction). */
    public int length() {
        return bytes.length;
    }

    /**
     * A copy of the secret; the caller wipes it.
     *
     * @throws IllegalStateException once destroyed
     */
    public synchronized byte[] toByteArray() {
        requireLive();
        return bytes.clone();
    }

    /**
     * Runs {@code action} on a copy of the secret and zeroes the copy afterwards, whatever happens.
     *
     * @throws IllegalStateException once destroyed (before {@code action} runs)
     */
    public <R> R withCopy(Function<byte[], R> action) {
        Objects.requireNonNull(action, "action");
        byte[] copy = toByteArray();
        try {
            return action.apply(copy);
        } finally {
            Arrays.fill(copy, (byte) 0);
        }
    }

    /**
     * Whether both hold the same bytes, in time that depends on the lengths only.
     *
     * @throws IllegalStateException if either is destroyed
     */
    public boolean equalsSecretBytes(SecretBytes other) {
        Objects.requireNonNull(other, "other");
        byte[] mine = toByteArray();
        byte[] theirs = other.toByteArray();
        try {
            return MessageDigest.isEqual(mine, theirs);
        } finally {
            Arrays.fill(mine, (byte) 0);
            Arrays.fill(theirs, (byte) 0);
        }
    }

    /** Zeroes the secret; later accesses throw {@link IllegalStateException}. Idempotent. */
    @Override
    public synchronized void destroy() {
        Arrays.fill(bytes, (byte) 0);
        destroyed = true;
    }

    @Override
    public synchronized boolean isDestroyed() {
        return destroyed;
    }

    /** Same as {@link #destroy()}. */
    @Override
    public void close() {
        destroy();
    }

    private void requireLive() {
        if (destroyed) {
            throw new IllegalStateException("the secret has been destroyed and can no longer be used");
        }
    }

    @Override
    public String toString() {
        return "SecretBytes[" + bytes.length + " bytes" + (isDestroyed() ? ", destroyed" : "") + "]";
    }
}
