package dev.onscrypto.cli;

/** A failure the command line reports as one line on stderr with a chosen exit status. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;
    private final boolean verdict;

    CliException(int exitCode, String message) {
        this(exitCode, message, false);
    }

    private CliException(int exitCode, String message, boolean verdict) {
        super(message, null, false, false);   // no stack trace: these are expected, user-facing outcomes
        this.exitCode = exitCode;
        this.verdict = verdict;
    }

    /**
     * The command's subject was judged invalid (exit 1): a name, value, address or owner that breaks a
     * rule. The text says "invalid …"; {@code --json} says {@code "valid": false}, as a valid one says true.
     */
    static CliException invalid(String message) {
        return new CliException(ExitCodes.INVALID, message, true);
    }

    int exitCode() {
        return exitCode;
    }

    /** Whether this is an "invalid" verdict rather than a failure to run. */
    boolean isVerdict() {
        return verdict;
    }
}
