package dev.onscrypto.node;

import java.util.List;
import java.util.stream.Collectors;

/** Fewer nodes than the quorum answered: every other node failed (each failure is listed). */
public final class QuorumUnavailableException extends NodeException {
    private static final long serialVersionUID = 1L;
    private final transient List<NodeFailedException> failures;

    QuorumUnavailableException(int quorum, int answered, List<NodeFailedException> failures) {
        super(answered + " of the " + quorum + " nodes needed answered; "
                + failures.stream().map(NodeFailedException::getMessage).collect(Collectors.joining("; ")),
                failures.isEmpty() ? null : failures.get(0));
        this.failures = List.copyOf(failures);
    }

    /** Why each failed node failed, in the order they failed. */
    public List<NodeFailedException> failures() {
        return failures;
    }
}
