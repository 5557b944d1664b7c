package dev.onscrypto.cli;

import dev.onscrypto.ons.Ons;
import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;
import picocli.CommandLine.Option;

/** Options every command takes (mixed in, so they go after the command name). */
final class CommonOptions {
    @Option(names = "--json", description = "Machine output: one JSON object.")
    boolean json;

    @Option(names = "--debug", description = "Print stack traces with errors.")
    boolean debug;

    @Option(names = "--backend", paramLabel = "native|java",
            description = "Force a backend; if it cannot load here, exit 3 with the reason. Default: auto.")
    String backend;

    /** The ONS layer on the forced backend, or the default one. */
    Ons ons() {
        return Ons.of(primitives());
    }

    Primitives primitives() {
        // BackendKind.parse rejects anything else as bad input (exit 2); Primitives.of throws
        // BackendUnavailableException with every cause (exit 3) — never a silent fallback.
        return backend == null ? Primitives.get() : Primitives.of(BackendKind.parse(backend));
    }
}
