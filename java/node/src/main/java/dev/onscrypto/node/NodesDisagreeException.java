package dev.onscrypto.node;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The quorum's nodes answered, and their answers differ: none of them is trusted. */
public final class NodesDisagreeException extends NodeException {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, String> answers;

    NodesDisagreeException(String what, Map<String, String> answers) {
        super("nodes disagree on " + what + ": " + answers.entrySet().stream()
                .map(e -> e.getKey() + " answered " + e.getValue()).collect(Collectors.joining("; ")));
        this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** Each node (URL without user-info) and a short description of its answer. */
    public Map<String, String> answers() {
        return answers;
    }
}
