package dev.onscrypto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * No part of a key file's secrets reaches stdout or stderr, whatever the arguments: the file given
 * as {@code @file}, in every option of every command, as a positional, after a typo'd option, before
 * the command, on stdin for every option that reads {@code -}, and in the right place. Secrets are
 * fresh each run, so no fixed text can contain them by chance; a leak is any 12-hex-digit stretch of
 * a secret (either case) in the output, which the redirected {@code System.out}/{@code System.err}
 * are part of.
 */
class KeyFileLeakTest {
    private static final int WINDOW = 12;
    private static final String TXID = CommandsTest.TXID;

    @TempDir
    static Path dir;

    /** A key file on disk and the hex of each secret in it. */
    record KeyFileCase(String label, Path path, byte[] content, List<String> secrets) {}

    private static final List<KeyFileCase> KEY_FILES = new ArrayList<>();

    @BeforeAll
    static void writeKeyFiles() throws IOException {
        String seed = secretHex();
        String spend = secretHex();
        String view = secretHex();
        add("ed25519", "ed25519=" + seed + "\n", seed);
        add("wallet", "spend=" + spend + "\nview=" + view + "\n", spend, view);
        add("wallet-upper-crlf", "spend = " + spend.toUpperCase(Locale.ROOT) + "\r\nview=" + view + "\r\n", spend, view);
        add("bare-hex", seed + "\n", seed);
        add("bom", "\uFEFFed25519=" + seed + "\n", seed);
    }

    private static void add(String label, String text, String... secrets) throws IOException {
        Path p = dir.resolve(label + ".key");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(p, bytes);
        KEY_FILES.add(new KeyFileCase(label, p, bytes, List.of(secrets)));
    }

    /** 32 random bytes below 2^252, so the same text is a valid seed and a reduced wallet scalar. */
    private static String secretHex() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        b[31] &= 0x0f;
        return HexFormat.of().formatHex(b);
    }

    @Test
    void atFileIsNotExpanded() {
        KeyFileCase k = KEY_FILES.getFirst();
        Run r = run(k, "name", "x", "@" + k.path());
        assertEquals(2, r.code, r.all());
        assertTrue(r.err.contains("@" + k.path()), "the argument is taken literally: " + r.err);
        assertNoLeak(k, r, "name @file");
    }

    @Test
    void theKeyFileInTheRightPlaceSignsWithoutShowingTheSecret() {
        for (KeyFileCase k : KEY_FILES) {
            for (String source : List.of(k.path().toString(), "-")) {
                Run r = run(k, signUpdate(source).toArray(String[]::new));
                switch (k.label()) {
                    case "bare-hex" -> assertEquals(2, r.code, r.all());
                    case "bom" -> assertTrue(r.code == 0 || r.code == 2, r.all());   // the parser's call
                    default -> {
                        assertEquals(0, r.code, k.label() + ": " + r.all());
                        assertEquals(128, r.field("signature").length());
                    }
                }
                assertNoLeak(k, r, "sign-update --key-file " + source + " (" + k.label() + ")");
            }
        }
    }

    @Test
    void noSecretInAnyOutputWhateverTheArguments() {
        List<List<String>> argLists = new ArrayList<>();
        CommandLine root = OnsCli.commandLine(System.out, System.err, System.in);
        for (KeyFileCase k : KEY_FILES) {
            String path = k.path().toString();
            // Every placement for the two key kinds; the variants of the text only where it is read.
            boolean everywhere = k.label().equals("ed25519") || k.label().equals("wallet");
            if (everywhere) {
                argLists.addAll(placements(root, List.of(), path));
            }
            // The signing command, complete, with the key file moved into every slot in turn.
            List<String> full = signUpdate(path);
            for (int i = 0; i <= full.size(); i++) {
                for (String v : List.of(path, "@" + path)) {
                    List<String> inserted = new ArrayList<>(full);
                    inserted.add(i, v);
                    argLists.add(inserted);
                    if (i < full.size() && !full.get(i).startsWith("-")) {
                        List<String> replaced = new ArrayList<>(full);
                        replaced.set(i, v);
                        argLists.add(replaced);
                    }
                }
            }
            int runs = 0;
            for (List<String> args : argLists) {
                Run r = run(k, args.toArray(String[]::new));
                assertNoLeak(k, r, String.join(" ", args));
                runs++;
            }
            // The same placements with the key file on stdin wherever an option may read "-".
            boolean stdin = k.label().equals("ed25519");
            for (List<String> args : stdin ? placements(root, List.of(), "-") : List.<List<String>>of()) {
                Run r = run(k, args.toArray(String[]::new));
                assertNoLeak(k, r, "stdin: " + String.join(" ", args));
                runs++;
            }
            assertTrue(runs > (everywhere ? 200 : 30), "placements cover every command and option: " + runs);
            argLists.clear();
        }
    }

    @Test
    void keyMaterialTypedAsAnArgumentIsNotEchoed() {
        KeyFileCase k = KEY_FILES.getFirst();
        String line = new String(k.content(), StandardCharsets.UTF_8).strip();
        String secret = k.secrets().getFirst();
        for (List<String> args : List.of(
                List.of("name", line),
                List.of("name", "x", line),
                List.of("sign-update", "--name", "jagerman", "--type", "session", "--prev-txid", TXID,
                        "--value", CommandsTest.SESSION_ID, "--key-file", line),
                List.of("sign-update", "--key-file", secret, "--name", "jagerman", "--type", "session",
                        "--prev-txid", TXID, "--owner", CommandsTest.SEED),
                List.of("sign-update", "--debug", "--key-file", line, "--name", "jagerman", "--type", "session",
                        "--prev-txid", TXID, "--owner", CommandsTest.SEED),
                List.of("verify-update", line),
                List.of("vectors", "verify", line),
                List.of("--" + line))) {
            Run r = run(k, args.toArray(String[]::new));
            assertTrue(r.code == 1 || r.code == 2, String.join(" ", args) + " -> " + r.code + ": " + r.all());
            assertNoLeak(k, r, String.join(" ", args));
        }
    }

    private static List<String> signUpdate(String keyFile) {
        return List.of("sign-update", "--name", "jagerman", "--type", "session", "--prev-txid", TXID,
                "--value", CommandsTest.SESSION_ID, "--key-file", keyFile);
    }

    /**
     * Every way to put {@code value} into the command line: before and after every (sub)command, as
     * its positional, as the value of each of its options (separate, joined with {@code =}, and as
     * {@code @value}), and after a mistyped option.
     */
    private static List<List<String>> placements(CommandLine cl, List<String> prefix, String value) {
        List<List<String>> all = new ArrayList<>();
        CommandSpec spec = cl.getCommandSpec();
        List<String> path = new ArrayList<>(prefix);
        if (!prefix.isEmpty() || spec.parent() != null) {
            path.add(spec.name());
        }
        all.add(concat(path, value));
        all.add(concat(path, "@" + value));
        all.add(concat(List.of("@" + value), path));
        all.add(concat(path, "--key-fiel", value));
        all.add(concat(path, "--key-fiel=@" + value));
        all.add(concat(path, "-k", "@" + value));
        for (OptionSpec o : spec.options()) {
            if (o.arity().max() == 0 || o.usageHelp() || o.versionHelp()) {
                continue;
            }
            for (String name : o.names()) {
                all.add(concat(path, name, value));
                all.add(concat(path, name, "@" + value));
                all.add(concat(path, name + "=" + value));
            }
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            all.addAll(placements(sub, path, value));
        }
        return all;
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> l = new ArrayList<>(head);
        l.addAll(List.of(tail));
        return l;
    }

    private static List<String> concat(List<String> head, List<String> tail) {
        List<String> l = new ArrayList<>(head);
        l.addAll(tail);
        return l;
    }

    private static void assertNoLeak(KeyFileCase k, Run r, String what) {
        String seen = r.all().toLowerCase(Locale.ROOT);
        for (String secret : k.secrets()) {
            for (int i = 0; i + WINDOW <= secret.length(); i++) {
                String piece = secret.substring(i, i + WINDOW);
                if (seen.contains(piece)) {
                    fail(k.label() + " secret leaked (" + piece + ") by: ons " + what + "\n" + r.all());
                }
            }
        }
        assertFalse(r.all().contains("\tat "), "no stack trace without --debug: ons " + what);
    }

    /** One in-process run; anything written straight to System.out/err is captured as well. */
    private static Run run(KeyFileCase stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        PrintStream sysOut = System.out;
        PrintStream sysErr = System.err;
        PrintStream strayStream = new PrintStream(stray, true, StandardCharsets.UTF_8);
        int code;
        try {
            System.setOut(strayStream);
            System.setErr(strayStream);
            code = OnsCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    new ByteArrayInputStream(stdin.content()), args);
        } finally {
            System.setOut(sysOut);
            System.setErr(sysErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8) + stray.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }

        String field(String key) {
            return out.lines().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + key + "= in:\n" + all()));
        }
    }
}
