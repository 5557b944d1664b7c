package dev.onscrypto.vectors;

/** What happened to one vector case on one backend. */
public enum Outcome {
    PASSED,
    FAILED,
    /** The op or one of its required inputs is not supported yet: never counted as passed. */
    SKIPPED
}
