package dev.onscrypto.provider;

import java.util.Arrays;

/**
 * Key material that can be destroyed: the shared part of the private and secret key classes, so that
 * "copy out unless destroyed" and "zero on destroy" are written once.
 */
final class SecretBytes {
    private final byte[] bytes;
    private volatile boolean destroyed;

    SecretBytes(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** A copy of the bytes. */
    byte[] copy() {
        if (destroyed) {
            throw new IllegalStateException("key has been destroyed");
        }
        return bytes.clone();
    }

    int length() {
        return bytes.length;
    }

    void destroy() {
        Arrays.fill(bytes, (byte) 0);
        destroyed = true;
    }

    boolean isDestroyed() {
        return destroyed;
    }
}
