package dev.onscrypto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The README's {@code $ scripts/ons …} examples run as pasted (from the repository root) and print
 * what the README shows; every {@code SomethingBenchmark.method} the README cites exists.
 */
class ReadmeExamplesTest {
    /** Output that differs on every run (a fresh nonce): only its presence and length are checked. */
    private static final Set<String> FRESH_EACH_RUN = Set.of("hash", "encrypted_value", "signature");
    private static final Pattern EXIT = Pattern.compile("#.*\\bexit (\\d)");

    record Example(String command, List<String> args, int exit, List<String> expected) {}

    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !(Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("java")))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new AssertionError("repository root not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    static List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(root().resolve("README.md"));
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("$ scripts/ons ")) {
                continue;
            }
            StringBuilder command = new StringBuilder(lines.get(i).substring(2));
            while (command.toString().endsWith("\\")) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.get(++i).strip());
            }
            String text = command.toString();
            Matcher exit = EXIT.matcher(text);
            int code = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
            int hash = text.indexOf(" #");
            if (hash >= 0) {
                text = text.substring(0, hash);
            }
            List<String> args = new ArrayList<>(List.of(text.strip().split("\\s+")));
            args.removeFirst();   // scripts/ons
            List<String> expected = new ArrayList<>();
            while (i + 1 < lines.size() && !lines.get(i + 1).isBlank() && !lines.get(i + 1).startsWith("```")
                    && !lines.get(i + 1).startsWith("$ ")) {
                expected.add(lines.get(++i));
            }
            examples.add(new Example(text.strip(), args, code, expected));
        }
        return examples;
    }

    /** Where the README's node examples find scripts/fake-node (the project's recorded-response stand-in). */
    private static final String README_NODE = "127.0.0.1:22023";

    /** Starts scripts/lib/FakeNode.java on a free 127.0.0.1 port; returns the process and its host:port. */
    private static Map.Entry<Process, String> startFakeNode() throws IOException {
        String javaBinary = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(javaBinary, "-Xmx64m", root().resolve("scripts/lib/FakeNode.java").toString(), "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8)).readLine();
        if (line == null || !line.contains("http://")) {
            p.destroyForcibly();
            throw new AssertionError("scripts/fake-node did not start: " + line);
        }
        return Map.entry(p, line.substring(line.indexOf("http://") + "http://".length()).strip());
    }

    @Test
    void everyCommandExampleRunsAsPasted() throws IOException {
        List<Example> examples = examples();
        Map.Entry<Process, String> node = examples.stream().anyMatch(e -> e.args().contains(README_NODE)) ? startFakeNode() : null;
        try {
            runExamples(examples, node == null ? README_NODE : node.getValue());
        } finally {
            if (node != null) {
                node.getKey().destroyForcibly();
            }
        }
    }

    private static void runExamples(List<Example> examples, String nodeAddress) {
        assertTrue(examples.stream().anyMatch(e -> e.args().getFirst().equals("sign-update")),
                "the README shows sign-update: " + examples);
        int checked = 0;
        for (Example e : examples) {
            String command = e.args().getFirst();
            if (command.equals("vectors")) {
                continue;   // the whole bundle on both backends: scripts/lib/cli-check.sh runs it as a process
            }
            // Paths in the README are relative to the repository root, where users paste them.
            String[] args = e.args().stream()
                    .map(a -> Files.isRegularFile(root().resolve(a)) ? root().resolve(a).toString() : a)
                    .map(a -> a.replace(README_NODE, nodeAddress))
                    .toArray(String[]::new);
            CliRun r = CliRun.run(args);
            assertEquals(e.exit(), r.code(), e.command() + "\n" + r.out() + r.err());
            for (String readmeLine : e.expected()) {
                String want = readmeLine.replace(README_NODE, nodeAddress);
                if (want.startsWith("error: ")) {
                    assertEquals(want, r.err().strip(), e.command());
                    continue;
                }
                int eq = want.indexOf('=');
                assertTrue(eq > 0, "README output line is key=value: " + want);
                String key = want.substring(0, eq);
                String got = r.field(key);
                if (command.equals("backend")) {
                    continue;   // which backend and versions: this machine's, not the README's
                }
                if (FRESH_EACH_RUN.contains(key) && command.equals("sign-update")) {
                    assertEquals(want.length() - eq - 1, got.length(), e.command() + ": " + key);
                } else {
                    assertEquals(want.substring(eq + 1), got, e.command() + ": " + key);
                }
            }
            checked++;
        }
        assertTrue(checked >= 6, "examples checked: " + checked);
    }

    @Test
    void citedBenchmarksExist() throws IOException {
        String readme = Files.readString(root().resolve("README.md"));
        Matcher m = Pattern.compile("`(\\w+Benchmark)\\.(\\w+)`").matcher(readme);
        int cited = 0;
        while (m.find()) {
            Path source = root().resolve("benchmarks/src/main/java/dev/onscrypto/benchmarks/" + m.group(1) + ".java");
            if (!Files.isRegularFile(source)) {
                fail("README cites " + m.group() + " but there is no " + source);
            }
            String code = Files.readString(source);
            assertTrue(Pattern.compile("@Benchmark\\s+(?:@\\w+(?:\\([^)]*\\))?\\s+)*public\\s+\\S+\\s+"
                    + Pattern.quote(m.group(2)) + "\\s*\\(").matcher(code).find(),
                    "README cites " + m.group() + ", which is not a @Benchmark method of " + source.getFileName());
            cited++;
        }
        assertTrue(cited >= 2, "benchmarks cited: " + cited);
    }
}
