package dev.onscrypto.node;

/**
 * One node failed one request: it could not be reached, ran past the deadline, sent too much, sent
 * something other than the expected answer, or its answer failed a local check. In a quorum such a
 * node is replaced by another while any remain.
 */
public final class NodeFailedException extends NodeException {
    private static final long serialVersionUID = 1L;

    /** Why a node failed. */
    public enum Failure {
        /** Connection refused, reset, DNS failure or another I/O error. */
        UNREACHABLE,
        /** Connect, headers and body did not all arrive within the request's deadline. */
        TIMEOUT,
        /** The body exceeded the size cap. */
        TOO_LARGE,
        /** An HTTP status other than 200 (redirects are never followed). */
        HTTP_STATUS,
        /** The node asked for credentials the URL does not carry, or refused them. */
        AUTHENTICATION,
        /** The answer is not the JSON-RPC shape expected for the method. */
        MALFORMED,
        /** A JSON-RPC error object, or a status other than "OK". */
        RPC_ERROR,
        /** The node says its answer came from a bootstrap daemon ({@code untrusted: true}). */
        UNTRUSTED,
        /** The node's height is behind its {@code target_height}: it is still syncing. */
        BEHIND,
        /** The node is on another network than the one required. */
        WRONG_NETWORK,
        /** The answer failed a local check (name hash, decryption, owner, index). */
        BAD_ANSWER
    }

    private final String node;
    private final Failure failure;

    NodeFailedException(String node, Failure failure, String message) {
        super(node + ": " + message);
        this.node = node;
        this.failure = failure;
    }

    NodeFailedException(String node, Failure failure, String message, Throwable cause) {
        super(node + ": " + message, cause);
        this.node = node;
        this.failure = failure;
    }

    /** The node's URL without user-info. */
    public String node() {
        return node;
    }

    public Failure failure() {
        return failure;
    }
}
