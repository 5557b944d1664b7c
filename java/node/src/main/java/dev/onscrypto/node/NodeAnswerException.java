package dev.onscrypto.node;

import dev.onscrypto.node.NodeFailedException.Failure;

/**
 * Thrown by an {@link AnswerReader} when a node's {@code result} is not the expected shape
 * ({@link Failure#MALFORMED}) or fails a local check ({@link Failure#BAD_ANSWER}); the quorum turns
 * it into a {@link NodeFailedException} naming the node and replaces that node.
 */
public final class NodeAnswerException extends NodeException {
    private static final long serialVersionUID = 1L;
    private final Failure failure;

    /** @param message must carry node text only through {@link NodeText#clean} */
    public NodeAnswerException(Failure failure, String message) {
        super(message);
        this.failure = failure == null ? Failure.MALFORMED : failure;
    }

    public Failure failure() {
        return failure;
    }

    static NodeAnswerException malformed(String message) {
        return new NodeAnswerException(Failure.MALFORMED, message);
    }

    static NodeAnswerException bad(String message) {
        return new NodeAnswerException(Failure.BAD_ANSWER, message);
    }
}
