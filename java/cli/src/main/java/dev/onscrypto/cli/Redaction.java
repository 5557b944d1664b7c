package dev.onscrypto.cli;

import java.io.PrintStream;
import java.util.regex.Pattern;

/**
 * Keeps key material out of error text. picocli's parse errors quote the arguments they could not
 * place ("Unmatched argument at index 2: '…'") and some of our own errors name what was given
 * ("key file not found: …"); when a user pastes a key-file line or a raw secret where a path or a
 * name belongs, that quote would print the secret. Only error text goes through here: normal output
 * never holds a secret in the first place.
 */
final class Redaction {
    /** A key-file line ({@code ed25519=…}, {@code spend=…}, {@code view=…}) and what follows it. */
    private static final Pattern KEY_LINE = Pattern.compile("(?i)\\b(ed25519|spend|view)\\s*=\\s*[0-9a-f][^\\s',\"]*");
    /** A run of 64 or more hex digits: the length of every secret a key file holds. */
    private static final Pattern LONG_HEX = Pattern.compile("(?i)[0-9a-f]{64,}");

    private Redaction() {
    }

    /** {@code message} with anything that could be key material replaced by a marker. */
    static String redact(String message) {
        if (message == null) {
            return null;
        }
        String s = KEY_LINE.matcher(message).replaceAll("$1=<redacted>");
        return LONG_HEX.matcher(s).replaceAll("<redacted hex>");
    }

    /** A stack trace for {@code --debug}, every message in it redacted. */
    static void printStackTrace(Throwable t, PrintStream err) {
        String prefix = "";
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            err.println(prefix + c.getClass().getName() + (c.getMessage() == null ? "" : ": " + redact(c.getMessage())));
            for (StackTraceElement e : c.getStackTrace()) {
                err.println("\tat " + e);
            }
            prefix = "Caused by: ";
        }
    }
}
