package dev.onscrypto.cli;

/** A failure the command line reports as one line on stderr with a chosen exit status. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message, null, false, false);   // no stack trace: these are expected, user-facing outcomes
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
