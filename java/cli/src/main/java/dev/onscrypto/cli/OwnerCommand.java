package dev.onscrypto.cli;

import java.util.HexFormat;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.Owner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ons owner OWNER}: the 80-byte generic owner oxen-core stores. */
@Command(name = "owner", mixinStandardHelpOptions = true,
        description = "Parse an owner (wallet address or 64-hex ed25519 key) into oxen-core's 80-byte owner. Exit 1 if invalid.")
final class OwnerCommand extends CliCommand {
    @Parameters(paramLabel = "OWNER")
    String owner;

    @Mixin
    NetworkOption network;

    @Override
    public Integer call() {
        Ons ons = common.ons();
        Network net = network.get(ons.addresses(), owner);
        Owner o;
        try {
            o = ons.owners().parse(owner, net);
        } catch (InvalidInputException e) {
            throw CliException.invalid("invalid owner: " + e.getMessage());
        }
        return print(new Output()
                .put("owner", ons.owners().format(o, net))
                .put("sig_type", o.type().label())
                .put("subaddress", o.isSubaddress())
                .put("generic_owner", HexFormat.of().formatHex(o.genericOwner())));
    }
}
