package dev.onscrypto.cli;

import dev.onscrypto.ons.EncryptedValue;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ons encrypt}: a readable value in, the stored form (hex) out. */
@Command(name = "encrypt", mixinStandardHelpOptions = true,
        description = "Encrypt a value for a name: prints the stored form (ciphertext, tag, nonce) as hex.")
final class EncryptCommand extends CliCommand {
    @Option(names = "--type", required = true, paramLabel = "T", description = "session, wallet or lokinet.")
    String type;

    @Option(names = "--name", required = true, paramLabel = "NAME")
    String name;

    @Option(names = "--legacy", description = "The HF15 scheme (Argon2id + XSalsa20-Poly1305), for --type session only: nothing reads "
                    + "a legacy lokinet or wallet record (exit 2).")
    boolean legacy;

    @Option(names = "--nonce", paramLabel = "HEX",
            description = "24-byte nonce (deterministic output, for tests; never reuse one). Default: random.")
    String nonce;

    @Mixin
    NetworkOption network;

    @Parameters(paramLabel = "VALUE", description = "Session ID (hex), wallet address or .loki address.")
    String value;

    @Override
    public Integer call() {
        if (legacy && nonce != null) {
            throw new CliException(ExitCodes.USAGE, "--nonce does not apply to --legacy (its nonce is fixed at zero)");
        }
        OnsName n = Args.recordName(name, type);
        Network net = network.get(common.ons().addresses(), value);
        byte[] nonceBytes = nonce == null ? null : Args.hex(nonce, "--nonce", 24);
        Ons ons = common.ons();
        MappingValue v = ons.values().parse(n.type(), value, net);
        EncryptedValue e = legacy ? ons.records().encryptLegacy(n, v)
                : nonceBytes != null ? ons.records().encrypt(n, v, nonceBytes)
                : ons.records().encrypt(n, v);
        return print(new Output()
                .put("scheme", e.scheme().label())
                .put("encrypted_value", e.hex()));
    }
}
