package dev.onscrypto.cli;

import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ons decrypt}: stored form (or ons_resolve's value + nonce) in, the readable value out. */
@Command(name = "decrypt", mixinStandardHelpOptions = true,
        description = {"Decrypt a record value for a name (scheme detected as oxen-core does). Exit 1 if it does not decrypt.",
                "A value that decrypts to bytes that are not a valid Session ID or address prints valid=false, "
                        + "the reason and the binary, and exits 1."})
final class DecryptCommand extends CliCommand {
    @Option(names = "--type", required = true, paramLabel = "T", description = "session, wallet or lokinet.")
    String type;

    @Option(names = "--name", required = true, paramLabel = "NAME")
    String name;

    @Option(names = "--nonce", paramLabel = "HEX",
            description = "ons_resolve's separate nonce; without it ENCRYPTED is the stored form (nonce at the end, or legacy).")
    String nonce;

    @Mixin
    NetworkOption network;

    @Parameters(paramLabel = "ENCRYPTED", description = "Hex.")
    String encrypted;

    @Override
    public Integer call() {
        OnsName n = Args.recordName(name, type);
        Network net = network.get();
        byte[] bytes = Args.hex(encrypted, "ENCRYPTED", -1);
        Ons ons = common.ons();
        MappingValue v = nonce == null ? ons.records().decrypt(n, bytes)
                : ons.records().decrypt(n, bytes, Args.hex(nonce, "--nonce", 24));
        Output output = new Output();
        int status = DecryptedValue.put(output, ons, v, net);
        print(output);
        return status;
    }
}
