package dev.onscrypto.cli;

import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.tx.TxExtra;
import dev.onscrypto.ons.tx.TxExtraParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ons tx-extra parse HEX}: every field of an extra, the ONS field decoded. Exit 1 if oxen-core would not parse it. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "List every field of a transaction extra and decode its (first) ONS field.")
final class TxExtraParseCommand extends CliCommand {
    @Parameters(paramLabel = "HEX", description = "The whole tx extra.")
    String extra;

    @Mixin
    NetworkOption network;

    @Override
    public Integer call() {
        byte[] bytes = Args.hex(extra, "HEX", -1);
        Network net = network.get();
        Ons ons = common.ons();
        TxExtra parsed;
        try {
            parsed = TxExtra.parse(bytes);
        } catch (TxExtraParseException e) {
            throw new CliException(ExitCodes.INVALID, "the extra does not parse (rule parse): " + e.getMessage());
        }
        Output out = new Output();
        TxExtraPrinter.fields(out, parsed.fields(), ons, net);
        out.put("burn", parsed.burnAmount() < 0 ? Long.toUnsignedString(parsed.burnAmount()) : (Object) parsed.burnAmount());
        parsed.onsField().ifPresent(f -> TxExtraPrinter.ons(out, f, ons, net));
        if (parsed.onsField().isEmpty()) {
            out.put("ons", "none");
        }
        return print(out);
    }
}
