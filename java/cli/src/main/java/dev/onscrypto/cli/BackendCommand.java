package dev.onscrypto.cli;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;
import picocli.CommandLine.Command;

/** {@code ons backend}: which backend is active, and why native is not when it is not. */
@Command(name = "backend", mixinStandardHelpOptions = true,
        description = "Show the active backend (libsodium and native library versions) and why native is not active.")
final class BackendCommand extends CliCommand {
    @Override
    public Integer call() {
        Primitives p = common.primitives();
        String reason = Primitives.nativeUnavailableReason();
        return print(new Output()
                .put("backend", p.kind().label())
                .put("description", p.description())
                .put("native_available", Primitives.isAvailable(BackendKind.NATIVE))
                .put("native_unavailable_reason", reason));
    }
}
