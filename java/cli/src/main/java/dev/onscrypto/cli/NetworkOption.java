package dev.onscrypto.cli;

import dev.onscrypto.ons.Network;
import picocli.CommandLine.Option;

/** {@code --network N} (default mainnet), mixed into every command that reads or prints wallet addresses. */
final class NetworkOption {
    @Option(names = "--network", paramLabel = "N", defaultValue = "mainnet",
            description = "Network of wallet addresses: mainnet, testnet, devnet or stagenet (default: ${DEFAULT-VALUE}).")
    String network;

    /** The parsed network; a bad name is bad input (exit 2). */
    Network get() {
        return Args.network(network);
    }
}
