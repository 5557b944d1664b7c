package dev.onscrypto.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command line with captured streams. */
record CliRun(int code, String out, String err) {
    static CliRun run(String... args) {
        return runWithStdin("", args);
    }

    static CliRun runWithStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = OnsCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The value of a {@code key=value} output line. */
    String field(String key) {
        return out.lines().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1))
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + "= in:\n" + out + err));
    }

    /** One line on stderr, no stack trace. */
    boolean oneErrorLine() {
        return err.lines().count() == 1 && err.startsWith("error: ") && !err.contains("\tat ");
    }
}
