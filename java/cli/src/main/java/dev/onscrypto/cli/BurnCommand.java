package dev.onscrypto.cli;

import java.math.BigDecimal;

import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.tx.Burn;
import dev.onscrypto.ons.tx.HardForks;
import dev.onscrypto.ons.tx.OnsTxKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ons burn}: oxen-core's {@code burn_needed}, the OXEN an ONS transaction must burn exactly. */
@Command(name = "burn", mixinStandardHelpOptions = true,
        description = "The burn an ONS buy or renewal needs (burn_needed); updates burn 0.")
final class BurnCommand extends CliCommand {
    @Option(names = "--type", required = true, paramLabel = "T", description = "session, wallet, lokinet, lokinet_2y, lokinet_5y, lokinet_10y.")
    String type;

    @Option(names = "--hf", paramLabel = "N", defaultValue = "" + HardForks.CURRENT, description = "Hard-fork version (default: ${DEFAULT-VALUE}).")
    int hf;

    @Option(names = "--tx", paramLabel = "buy|renew|update", defaultValue = "buy", description = "Transaction kind (default: ${DEFAULT-VALUE}).")
    String tx;

    @Override
    public Integer call() {
        MappingType t = Args.type(type);
        OnsTxKind kind = OnsTxKind.parse(tx);
        long amount = Burn.required(TxExtraBuildCommand.hardFork(hf), kind, t);
        return print(new Output()
                .put("type", t.label())
                .put("hf", hf)
                .put("tx", kind.label())
                .put("burn", amount)
                .put("burn_oxen", BigDecimal.valueOf(amount, 9).toPlainString()));
    }
}
