package dev.onscrypto.cli;

import java.util.OptionalLong;

import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.tx.Chain;
import dev.onscrypto.ons.tx.Expiry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ons expiry}: oxen-core's {@code expiry_blocks} and the expiration height of a buy at a height. */
@Command(name = "expiry", mixinStandardHelpOptions = true,
        description = "Registration length in blocks (expiry_blocks) and the expiration height of a buy at --height.")
final class ExpiryCommand extends CliCommand {
    @Option(names = "--type", required = true, paramLabel = "T", description = "session, wallet, lokinet, lokinet_2y, lokinet_5y, lokinet_10y.")
    String type;

    @Option(names = "--height", required = true, paramLabel = "H", description = "Height of the buy (or of the previous expiration, for a renewal).")
    long height;

    @Option(names = "--network", paramLabel = "N", defaultValue = "mainnet",
            description = "mainnet, testnet, devnet, stagenet, localdev or fakechain (default: ${DEFAULT-VALUE}).")
    String network;

    @Override
    public Integer call() {
        MappingType t = Args.type(type);
        Chain chain = Chain.parse(network);
        if (height < 0) {
            throw new CliException(ExitCodes.USAGE, "--height must not be negative");
        }
        OptionalLong blocks = Expiry.blocks(chain, t);
        OptionalLong expiration = Expiry.expirationHeight(chain, t, height);
        return print(new Output()
                .put("type", t.label())
                .put("network", chain.label())
                .put("blocks_per_day", chain.blocksPerDay())
                .put("blocks", blocks.isPresent() ? (Object) blocks.getAsLong() : "never")
                .put("expiration_height", expiration.isPresent() ? (Object) expiration.getAsLong() : "never"));
    }
}
