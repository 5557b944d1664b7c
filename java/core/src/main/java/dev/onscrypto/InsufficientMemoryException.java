package dev.onscrypto;

/**
 * An operation with valid parameters needs more memory than it can get here: an Argon2id derivation
 * whose memory limit exceeds the Java heap (Java backend), or that libsodium could not allocate
 * (native backend). Thrown instead of an {@link OutOfMemoryError}, which would leave the caller
 * unable to tell a bad request from a broken JVM. The remedy is a larger heap ({@code -Xmx}), a
 * smaller memory limit, the native backend, or fewer derivations at once.
 */
public class InsufficientMemoryException extends OnsCryptoException {
    private static final long serialVersionUID = 1L;

    private final long neededBytes;
    private final long availableBytes;

    /**
     * @param what the operation, e.g. "Argon2id"
     * @param neededBytes what it needs
     * @param availableBytes what the limit in force allows, or -1 when unknown (an allocation failed)
     * @param limit what that limit is, e.g. "the Java heap (-Xmx)"
     * @param cause the failed allocation, if any
     */
    public InsufficientMemoryException(String what, long neededBytes, long availableBytes, String limit, Throwable cause) {
        super("not enough memory for " + what + " (needs " + neededBytes + " bytes"
                + (availableBytes >= 0 ? ", " + limit + " allows at most " + availableBytes : "; " + limit) + ")", cause);
        this.neededBytes = neededBytes;
        this.availableBytes = availableBytes;
    }

    /** The bytes the operation needs. */
    public long neededBytes() {
        return neededBytes;
    }

    /** The bytes the limit in force allows, or -1 when unknown. */
    public long availableBytes() {
        return availableBytes;
    }
}
