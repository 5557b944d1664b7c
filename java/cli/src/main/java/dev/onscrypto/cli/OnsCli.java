package dev.onscrypto.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.onscrypto.BackendUnavailableException;
import dev.onscrypto.InsufficientMemoryException;
import dev.onscrypto.InvalidInputException;
import dev.onscrypto.InvalidSettingException;
import dev.onscrypto.OnsCryptoException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/**
 * {@code ons}: the wallet's ONS crypto steps, name lookup against a node, and the vector verifier.
 * Exit status: 0 success, 1 invalid / verification failed / not found, 2 usage or bad input,
 * 3 a forced backend is unavailable. Errors are one line on stderr; {@code --debug} adds the trace.
 */
@Command(name = "ons", mixinStandardHelpOptions = true, version = "ons-crypto 0.1.0-SNAPSHOT",
        description = "ONS cryptography of oxen-core: names, values, record encryption, owners, update signatures.")
public final class OnsCli implements Callable<Integer> {
    /**
     * The commands, in help order. Building a command's picocli model reflects over all its options,
     * which dominates start-up: {@link #commandLine(PrintStream, PrintStream, InputStream, String...)}
     * builds only the one a command line names.
     */
    private static final java.util.Map<String, Class<?>> COMMANDS = commands(BackendCommand.class, NameCommand.class,
            ValueCommand.class, AddressCommand.class, EncryptCommand.class, DecryptCommand.class, OwnerCommand.class,
            UpdateHashCommand.class, SignUpdateCommand.class, VerifyUpdateCommand.class, ResolveCommand.class,
            LookupCommand.class, OwnedByCommand.class, VectorsCommand.class, TxExtraCommand.class, ExpiryCommand.class,
            BurnCommand.class, AuditCommand.class);

    private static java.util.Map<String, Class<?>> commands(Class<?>... classes) {
        java.util.Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
        for (Class<?> c : classes) {
            m.put(c.getAnnotation(Command.class).name(), c);
        }
        return m;
    }

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

    public OnsCli() {
        this(System.out, System.err, System.in);
    }

    public OnsCli(PrintStream out, PrintStream err, InputStream in) {
        this.out = out;
        this.err = err;
        this.in = in;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** Where {@code --key-file -} reads from. */
    InputStream in() {
        return in;
    }

    @Override
    public Integer call() {
        // "ons" alone is a usage error: say what exists.
        err.println("error: missing command");
        new CommandLine(this).usage(err);
        return ExitCodes.USAGE;
    }

    /** A configured command line writing to these streams: our exit codes and one-line errors. */
    public static CommandLine commandLine(PrintStream out, PrintStream err, InputStream in) {
        return commandLine(out, err, in, new String[0]);
    }

    /** As above, with only the command {@code args} names built when it names one (all of them otherwise). */
    static CommandLine commandLine(PrintStream out, PrintStream err, InputStream in, String... argv) {
        OnsCli root = new OnsCli(out, err, in);
        CommandLine cl = new CommandLine(root);
        Class<?> named = argv.length > 0 ? COMMANDS.get(argv[0]) : null;
        if (named != null) {
            cl.addSubcommand(argv[0], named);
        } else {
            COMMANDS.forEach(cl::addSubcommand);
        }
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        // No @file expansion: picocli would read any file named "@path" and quote its lines in parse
        // errors ("Unmatched argument at index 2: 'view=<hex>'"), so "@keyfile" in the wrong place
        // printed the secret. Nothing here needs it; name lists use explicit file options instead.
        cl.setExpandAtFiles(false);
        cl.setParameterExceptionHandler((ex, args) -> {
            // picocli's "did you mean" for a mistyped command or option, kept on the one error line.
            String hint = ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()
                    ? " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)" : "";
            err.println("error: " + Redaction.redact(ex.getMessage() + hint) + " (see '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> root.fail(ex, parsed));
        return cl;
    }

    /** Runs {@code args} and returns the exit status. */
    public static int run(PrintStream out, PrintStream err, InputStream in, String... args) {
        return commandLine(out, err, in, args).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, System.in, args));
    }

    private int fail(Exception ex, ParseResult parsed) {
        int code;
        String message;
        switch (ex) {
            case CliException c -> {
                code = c.exitCode();
                message = c.getMessage();
            }
            case BackendUnavailableException b -> {
                // The message already names the backend: "native backend unavailable: ...".
                code = ExitCodes.BACKEND_UNAVAILABLE;
                message = b.getMessage();
            }
            // A bad ons.* setting (property or environment): a usage error, like a bad option.
            case InvalidSettingException s -> {
                code = ExitCodes.USAGE;
                message = s.getMessage();
            }
            // Argon2id's 256 MiB does not fit this JVM or machine: like an unavailable backend, the
            // environment cannot do it here (not "invalid", which would read as a failed decryption).
            case InsufficientMemoryException m -> {
                code = ExitCodes.BACKEND_UNAVAILABLE;
                message = m.getMessage();
            }
            case InvalidInputException i -> {
                code = ExitCodes.USAGE;
                message = i.getMessage();
            }
            // Decryption or authentication failures: the input is well-formed but does not check out.
            case OnsCryptoException o -> {
                code = ExitCodes.INVALID;
                message = o.getMessage();
            }
            default -> {
                code = ExitCodes.INVALID;
                message = "unexpected " + ex.getClass().getSimpleName() + ": " + ex.getMessage();
            }
        }
        message = Redaction.redact(message);
        err.println("error: " + message);
        if (matched(parsed, "--debug")) {
            Redaction.printStackTrace(ex, err);
        }
        if (matched(parsed, "--json")) {
            // Machine callers read stdout only: give them the failure there too.
            ObjectNode node = new ObjectMapper().createObjectNode();
            if (ex instanceof CliException c && c.isVerdict()) {
                node.put("valid", false);   // as the text form's "invalid …": same key as a valid result
            }
            node.put("error", message);
            node.put("exit_code", code);
            out.println(node.toPrettyString());
        }
        return code;
    }

    /** Whether the innermost subcommand (where the mixed-in options live) got {@code option}. */
    private static boolean matched(ParseResult parsed, String option) {
        ParseResult p = parsed;
        while (p.hasSubcommand()) {
            p = p.subcommand();
        }
        return p.hasMatchedOption(option);
    }
}
