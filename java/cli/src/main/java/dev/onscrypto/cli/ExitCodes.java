package dev.onscrypto.cli;

/** The exit statuses every command shares; README.md lists them for users. */
final class ExitCodes {
    static final int OK = 0;
    /** Invalid subject, verification failed, a vector failed, not found on the node. */
    static final int INVALID = 1;
    /** Usage error or bad input (picocli parameter errors too). */
    static final int USAGE = 2;
    /** A forced backend is unavailable. */
    static final int BACKEND_UNAVAILABLE = 3;

    private ExitCodes() {
    }
}
