package dev.onscrypto.cli;

import picocli.CommandLine.Command;

/** {@code ons tx-extra}: build, read and check the ONS part of a transaction's extra. */
@Command(name = "tx-extra", mixinStandardHelpOptions = true,
        description = {"The ONS field (tag 0x7a) and burn field (0x79) of a transaction's extra, as oxen-core builds,",
                "parses and validates them."},
        subcommands = {TxExtraBuildCommand.class, TxExtraParseCommand.class, TxExtraCheckCommand.class})
final class TxExtraCommand extends CliCommand {
    @Override
    public Integer call() {
        throw new CliException(ExitCodes.USAGE, "tx-extra needs a subcommand: build, parse or check");
    }
}
