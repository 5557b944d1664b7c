package dev.onscrypto.cli;

import java.util.HexFormat;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ons value --type T TEXT}: the binary encoding of a value, as it is encrypted. */
@Command(name = "value", mixinStandardHelpOptions = true,
        description = "Binary encoding of a value (Session ID, wallet address, .loki address). Exit 1 if invalid.")
final class ValueCommand extends CliCommand {
    @Option(names = "--type", required = true, paramLabel = "T", description = "session, wallet or lokinet.")
    String type;

    @Mixin
    NetworkOption network;

    @Parameters(paramLabel = "TEXT")
    String text;

    @Override
    public Integer call() {
        MappingType t = Args.type(type).recordType();
        Ons ons = common.ons();
        Network net = network.get(ons.addresses(), text);
        MappingValue v;
        try {
            v = ons.values().parse(t, text, net);
        } catch (InvalidInputException e) {
            throw CliException.invalid("invalid " + t.label() + " value: " + e.getMessage());
        }
        return print(new Output()
                .put("type", t.label())
                .put("value", ons.values().format(v, net))
                .put("binary", HexFormat.of().formatHex(v.binary()))
                .put("length", v.length()));
    }
}
