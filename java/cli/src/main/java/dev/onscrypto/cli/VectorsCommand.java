package dev.onscrypto.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.onscrypto.vectors.VerifyCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ons vectors …}: the bundled test vectors. */
@Command(name = "vectors", mixinStandardHelpOptions = true, description = "Test vectors.",
        subcommands = VectorsCommand.Verify.class)
final class VectorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OnsCli cli = (OnsCli) spec.root().userObject();
        cli.err().println("error: missing subcommand (see 'ons vectors --help')");
        return ExitCodes.USAGE;
    }

    /**
     * {@code ons vectors verify}: the README's main job. The work and the output format stay in
     * {@link VerifyCommand} (java/vectors), so this front end cannot drift from it.
     */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Run the bundled test vectors (or FILEs) on the chosen backends.",
                    "Closes with 'TOTAL: <n> passed, <n> failed, <n> skipped'. Exit 1 if a case failed, a file "
                            + "holds no case, or a case was skipped (unless --allow-skipped); 2 for an unreadable "
                            + "or malformed file; 3 if a requested backend is unavailable."})
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--backend", paramLabel = "native|java|both", defaultValue = "both",
                description = "Default: ${DEFAULT-VALUE}.")
        String backend;

        @Option(names = "--json", description = "Machine output: one JSON object.")
        boolean json;

        @Option(names = "--debug", description = "Accepted for symmetry with the other commands.")
        boolean debug;

        @Option(names = "--allow-skipped", description = "Exit 0 even if some cases were skipped (not verified).")
        boolean allowSkipped;

        @Parameters(paramLabel = "FILE", arity = "0..*", description = "Vector files (default: the bundled ones).")
        List<String> files = new ArrayList<>();

        @Override
        public Integer call() {
            OnsCli cli = (OnsCli) spec.root().userObject();
            // Its error lines quote the FILE arguments: pass them through the same redaction as
            // every other error, in case a key was typed where a file name belongs.
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int code = new VerifyCommand(cli.out(), new PrintStream(errors, true, StandardCharsets.UTF_8))
                    .run(backend, json, allowSkipped, files);
            errors.toString(StandardCharsets.UTF_8).lines().map(Redaction::redact).forEach(cli.err()::println);
            return code;
        }
    }
}
