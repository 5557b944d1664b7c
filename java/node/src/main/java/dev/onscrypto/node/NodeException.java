package dev.onscrypto.node;

import dev.onscrypto.OnsCryptoException;

/**
 * A lookup against oxend nodes did not produce a trustworthy answer. Messages name nodes by their
 * URL without user-info, and carry node-supplied text only escaped and shortened ({@link NodeText}).
 */
public abstract class NodeException extends OnsCryptoException {
    private static final long serialVersionUID = 1L;

    NodeException(String message) {
        super(message);
    }

    NodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
