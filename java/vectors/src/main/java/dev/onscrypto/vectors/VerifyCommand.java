package dev.onscrypto.vectors;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.onscrypto.BackendUnavailableException;
import dev.onscrypto.OnsCryptoException;
import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;

/**
 * {@code ons vectors verify [--backend native|java|both] [--json] [--allow-skipped] [FILE…]}: runs the
 * bundled vectors (or the given files) on the chosen backends and closes with
 * {@code TOTAL: <n> passed, <n> failed, <n> skipped}. Exit status: 0 every case passed; 1 a case
 * failed, a file held no case, or a case was skipped (not verified) without {@code --allow-skipped};
 * 2 usage error or an unreadable or malformed file; 3 a requested backend is unavailable (the other
 * one still runs). A CI run must not go green on what was not verified.
 */
public final class VerifyCommand {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int BACKEND_UNAVAILABLE = 3;

    static final String USAGE_LINE = "Usage: ons vectors verify [--backend native|java|both] [--json] [--allow-skipped] [FILE...]";

    private final PrintStream out;
    private final PrintStream err;
    private boolean json;

    public VerifyCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new VerifyCommand(System.out, System.err).run(args));
    }

    /** Runs the command and returns its exit status. */
    public int run(String... args) {
        List<String> files = new ArrayList<>();
        String backend = "both";
        boolean json = false;
        boolean allowSkipped = false;
        int i = 0;
        if (args.length >= 2 && args[0].equals("vectors") && args[1].equals("verify")) {
            i = 2;
        }
        for (; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--backend" -> {
                    if (++i == args.length) {
                        return usage("--backend needs a value: native, java or both");
                    }
                    backend = args[i];
                }
                case "--json" -> json = true;
                case "--allow-skipped" -> allowSkipped = true;
                case "-h", "--help" -> {
                    out.println(USAGE_LINE);
                    out.println("Runs the bundled test vectors (or FILEs) on the chosen backends (default: both).");
                    return OK;
                }
                default -> {
                    if (a.startsWith("--backend=")) {
                        backend = a.substring("--backend=".length());
                    } else if (a.startsWith("-")) {
                        return usage("unknown option " + a);
                    } else {
                        files.add(a);
                    }
                }
            }
        }
        return run(backend, json, allowSkipped, files);
    }

    /**
     * Runs the verifier with already-parsed arguments (the picocli command in {@code dev.onscrypto.cli}
     * calls this, so both front ends share one implementation and one output format).
     *
     * @param backend      {@code native}, {@code java} or {@code both}
     * @param json         one JSON object on stdout instead of the text report
     * @param allowSkipped exit 0 even when some cases were skipped (not verified)
     * @param files        vector files; empty for the bundled ones
     */
    public int run(String backend, boolean json, boolean allowSkipped, List<String> files) {
        this.json = json;
        List<BackendKind> kinds;
        switch (backend) {
            case "both" -> kinds = List.of(BackendKind.NATIVE, BackendKind.JAVA);
            case "native" -> kinds = List.of(BackendKind.NATIVE);
            case "java" -> kinds = List.of(BackendKind.JAVA);
            default -> {
                return usage("--backend must be native, java or both, got '" + backend + "'");
            }
        }
        List<BundledVectors.VectorFile> inputs;
        try {
            inputs = files.isEmpty() ? BundledVectors.all() : read(files);
        } catch (IOException e) {
            return usage(e.getMessage());
        }
        return verify(kinds, inputs, allowSkipped);
    }

    private int verify(List<BackendKind> kinds, List<BundledVectors.VectorFile> inputs, boolean allowSkipped) {
        List<FileReport> reports = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (BackendKind kind : kinds) {
            Primitives primitives;
            try {
                primitives = Primitives.of(kind);
            } catch (BackendUnavailableException e) {
                unavailable.add(kind.label() + ": " + e.getMessage());
                continue;
            }
            VectorRunner runner = new VectorRunner(primitives);
            for (BundledVectors.VectorFile f : inputs) {
                try {
                    FileReport report = runner.run(f.name(), f.content());
                    reports.add(report);
                    if (!json) {
                        printReport(report);
                    }
                } catch (IOException | OnsCryptoException e) {
                    return error(USAGE, e.getMessage());
                }
            }
        }
        long passed = reports.stream().mapToLong(FileReport::passed).sum();
        long failed = reports.stream().mapToLong(FileReport::failed).sum();
        long skipped = reports.stream().mapToLong(FileReport::skipped).sum();
        // A file without cases verifies nothing: it is a damaged or wrong file, never a pass.
        List<String> empty = reports.stream().filter(r -> r.cases().isEmpty())
                .map(r -> r.file() + " (" + r.backend().label() + ")").distinct().toList();
        if (json) {
            printJson(reports, unavailable, passed, failed, skipped);
        } else {
            for (String u : unavailable) {
                err.println("backend unavailable — " + u);
            }
            out.println("TOTAL: " + passed + " passed, " + failed + " failed, " + skipped + " skipped");
        }
        for (String e : empty) {
            err.println("error: " + e + " holds no test case: nothing was verified");
        }
        if (skipped > 0 && !allowSkipped) {
            err.println("error: " + skipped + " case" + (skipped == 1 ? " was" : "s were")
                    + " skipped (not verified); exit 1 unless --allow-skipped");
        }
        if (!unavailable.isEmpty()) {
            return BACKEND_UNAVAILABLE;
        }
        return failed > 0 || !empty.isEmpty() || (skipped > 0 && !allowSkipped) ? FAILED : OK;
    }

    private void printReport(FileReport r) {
        out.printf("%-40s %-6s %4d passed, %d failed, %d skipped%n", r.file(), r.backend().label(), r.passed(),
                r.failed(), r.skipped());
        for (CaseResult c : r.cases()) {
            if (c.outcome() == Outcome.FAILED) {
                out.println("  FAILED #" + c.index() + " " + c.op() + note(c.comment()) + ": " + c.detail());
            }
        }
    }

    private static String note(String comment) {
        return comment.isEmpty() ? "" : " (" + comment + ")";
    }

    private void printJson(List<FileReport> reports, List<String> unavailable, long passed, long failed, long skipped) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (FileReport r : reports) {
            ObjectNode f = files.addObject();
            f.put("file", r.file());
            f.put("backend", r.backend().label());
            f.put("passed", r.passed());
            f.put("failed", r.failed());
            f.put("skipped", r.skipped());
            f.put("empty", r.cases().isEmpty());
            ArrayNode problems = f.putArray("problems");
            for (CaseResult c : r.cases()) {
                if (c.outcome() != Outcome.PASSED) {
                    ObjectNode p = problems.addObject();
                    p.put("index", c.index());
                    p.put("op", c.op());
                    p.put("comment", c.comment());
                    p.put("outcome", c.outcome().name().toLowerCase(java.util.Locale.ROOT));
                    p.put("detail", c.detail());
                }
            }
        }
        ArrayNode missing = root.putArray("unavailable");
        unavailable.forEach(missing::add);
        ObjectNode total = root.putObject("total");
        total.put("passed", passed);
        total.put("failed", failed);
        total.put("skipped", skipped);
        out.println(root.toPrettyString());
    }

    private static List<BundledVectors.VectorFile> read(List<String> paths) throws IOException {
        List<BundledVectors.VectorFile> files = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (!Files.isRegularFile(path)) {
                throw new IOException("no such file: " + p);
            }
            files.add(new BundledVectors.VectorFile(path.getFileName().toString(), Files.readAllBytes(path)));
        }
        return files;
    }

    private int usage(String message) {
        error(USAGE, message);
        err.println(USAGE_LINE);
        return USAGE;
    }

    /** One error line on stderr; with {@code --json} also the JSON error object machine callers read. */
    private int error(int code, String message) {
        err.println("error: " + message);
        if (json) {
            ObjectNode node = new ObjectMapper().createObjectNode();
            node.put("error", message);
            node.put("exit_code", code);
            out.println(node.toPrettyString());
        }
        return code;
    }
}
