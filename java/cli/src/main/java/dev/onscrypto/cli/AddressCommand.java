package dev.onscrypto.cli;

import java.util.HexFormat;

import dev.onscrypto.ons.InvalidAddressException;
import dev.onscrypto.ons.OxenAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ons address ADDR}: a parsed Oxen address, any network. */
@Command(name = "address", mixinStandardHelpOptions = true,
        description = "Parse an Oxen address (any network): network, kind, keys, payment id. Exit 1 if invalid.")
final class AddressCommand extends CliCommand {
    @Parameters(paramLabel = "ADDR")
    String address;

    @Override
    public Integer call() {
        OxenAddress a;
        try {
            a = common.ons().addresses().parseAnyNetwork(address);
        } catch (InvalidAddressException e) {
            throw CliException.invalid("invalid address: " + e.getMessage());
        }
        HexFormat hex = HexFormat.of();
        return print(new Output()
                .put("network", a.network().label())
                .put("kind", a.kind().label())
                .put("spend_key", hex.formatHex(a.spendKey()))
                .put("view_key", hex.formatHex(a.viewKey()))
                .put("payment_id", a.paymentId().map(hex::formatHex).orElse(null)));
    }
}
