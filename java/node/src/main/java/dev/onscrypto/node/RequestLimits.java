package dev.onscrypto.node;

import java.time.Duration;

import dev.onscrypto.InvalidInputException;

/**
 * The bounds of every request: one deadline covering connect, headers and body (and an
 * authentication round trip), and a cap on the body's size.
 *
 * @param timeout the deadline of one request, from its start
 * @param maxBodyBytes the largest body read; a longer one fails the node as {@code TOO_LARGE}
 */
public record RequestLimits(Duration timeout, long maxBodyBytes) {
    /** oxend's ONS answers are a few kilobytes; 256 names at ~400 bytes each stay far below this. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final RequestLimits DEFAULT = new RequestLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_BODY_BYTES);

    /** @throws InvalidInputException for a null, zero or negative timeout, or a cap below 1 byte or above 1 GiB */
    public RequestLimits {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new InvalidInputException("timeout must be positive");
        }
        if (timeout.compareTo(Duration.ofDays(1)) > 0) {
            throw new InvalidInputException("timeout must be at most a day");
        }
        if (maxBodyBytes < 1 || maxBodyBytes > (1L << 30)) {
            throw new InvalidInputException("body cap must be between 1 byte and 1 GiB");
        }
    }

    public RequestLimits withTimeout(Duration t) {
        return new RequestLimits(t, maxBodyBytes);
    }

    public RequestLimits withMaxBodyBytes(long n) {
        return new RequestLimits(timeout, n);
    }
}
