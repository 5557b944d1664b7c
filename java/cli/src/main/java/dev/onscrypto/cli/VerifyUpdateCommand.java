package dev.onscrypto.cli;

import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.SignatureType;
import dev.onscrypto.ons.UpdateSignatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ons verify-update}: oxen-core's verify_ons_signature. */
@Command(name = "verify-update", mixinStandardHelpOptions = true,
        description = "Check an update signature against an owner, as oxen-core does. Exit 1 if it does not verify.")
final class VerifyUpdateCommand extends CliCommand {
    @Option(names = "--hash", required = true, paramLabel = "HEX", description = "The 32-byte update hash.")
    String hash;

    @Option(names = "--owner", required = true, paramLabel = "O", description = "Wallet address or 64-hex ed25519 key.")
    String owner;

    @Option(names = "--signature", required = true, paramLabel = "HEX", description = "64 bytes.")
    String signature;

    @Option(names = "--sig-type", paramLabel = "cryptonote|ed25519",
            description = "Default: from the owner's type; monero (oxen-core's name) means cryptonote.")
    String sigType;

    @Mixin
    NetworkOption network;

    @Override
    public Integer call() {
        byte[] h = Args.hex(hash, "--hash", 32);
        byte[] sig = Args.hex(signature, "--signature", UpdateSignatures.SIGNATURE_LENGTH);
        Ons ons = common.ons();
        Network net = network.get(ons.addresses(), owner);
        Owner o = ons.owners().parse(owner, net);
        SignatureType type = sigType == null ? o.type() : SignatureType.parse(sigType);
        boolean valid = ons.updates().verify(h, o, type, sig);
        print(new Output().put("valid", valid).put("sig_type", type.label()));
        if (!valid) {
            cli().err().println("error: signature does not verify for this hash, owner and signature type");
            return ExitCodes.INVALID;
        }
        return ExitCodes.OK;
    }
}
