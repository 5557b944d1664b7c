package dev.onscrypto.node;

/** The calling thread was interrupted while waiting for nodes; the lookup was cancelled. */
public final class InterruptedLookupException extends NodeException {
    private static final long serialVersionUID = 1L;

    InterruptedLookupException() {
        super("interrupted while waiting for the nodes");
    }
}
