package dev.onscrypto.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Names from the command line, then from {@code --from FILE|-} one per line (blank lines and
 * surrounding blanks ignored), read lazily so results stream as names arrive.
 */
final class NameSource implements Iterator<String>, AutoCloseable {
    /** A line longer than this cannot be a name (ONS names are at most 63 characters plus ".loki"). */
    private static final int MAX_LINE = 4096;
    private final Iterator<String> args;
    private final BufferedReader reader;
    private String next;

    NameSource(List<String> args, String from, OnsCli cli) {
        this.args = (args == null ? List.<String>of() : args).iterator();
        if (from == null) {
            reader = null;
        } else if (from.equals("-")) {
            reader = new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8));
        } else {
            try {
                reader = Files.newBufferedReader(Path.of(from), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new CliException(ExitCodes.USAGE, "--from: no such file");
            } catch (IOException | RuntimeException e) {
                throw new CliException(ExitCodes.USAGE, "--from: cannot read the file (" + e.getClass().getSimpleName() + ")");
            }
        }
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (args.hasNext()) {
            next = args.next();
            return true;
        }
        if (reader == null) {
            return false;
        }
        String line;
        while ((line = readLine()) != null) {
            if (!line.isBlank()) {
                next = line.strip();
                return true;
            }
        }
        return false;
    }

    /** One line, refusing one longer than {@link #MAX_LINE} instead of buffering it; null at the end. */
    private String readLine() {
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            while ((c = reader.read()) != -1) {
                if (c == '\n') {
                    return sb.toString();
                }
                if (sb.length() >= MAX_LINE) {
                    throw new CliException(ExitCodes.USAGE, "--from: a line is longer than " + MAX_LINE + " characters");
                }
                sb.append((char) c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String n = next;
        next = null;
        return n;
    }

    /** Up to {@code max} more names. */
    List<String> take(int max) {
        List<String> out = new ArrayList<>();
        while (out.size() < max && hasNext()) {
            out.add(next());
        }
        return out;
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing left to read
            }
        }
    }
}
