package dev.onscrypto.cli;

import java.util.Optional;
import java.util.TreeSet;

import dev.onscrypto.OnsCryptoException;
import dev.onscrypto.ons.AddressCodec;
import dev.onscrypto.ons.Network;
import picocli.CommandLine.Option;

/**
 * {@code --network N}, mixed into every command that reads or prints wallet addresses. Where an
 * address (or a node) fixes the network, that network is used and {@code --network} only insists: a
 * mismatch is bad input (exit 2) naming both. Elsewhere the default is mainnet.
 */
final class NetworkOption {
    @Option(names = "--network", paramLabel = "N",
            description = "mainnet, testnet, devnet or stagenet. Taken from an address's prefix (or the node) when there is one; "
                    + "then this only insists. Default elsewhere: mainnet.")
    String network;

    /** The network named by {@code --network}, if given; a bad name is bad input (exit 2). */
    Optional<Network> insisted() {
        return network == null ? Optional.empty() : Optional.of(Args.network(network));
    }

    /** The insisted network, or mainnet. */
    Network get() {
        return insisted().orElse(Network.MAINNET);
    }

    /**
     * The network of the wallet addresses among {@code texts} (others, e.g. hex keys, are ignored),
     * checked against {@code --network}; mainnet or the insisted one when there is none.
     */
    Network get(AddressCodec addresses, String... texts) {
        return fixed(addresses, texts).orElse(Network.MAINNET);
    }

    /** The network the addresses among {@code texts} or {@code --network} fix (checked against each other), if any. */
    Optional<Network> fixed(AddressCodec addresses, String... texts) {
        TreeSet<Network> found = new TreeSet<>();
        for (String t : texts) {
            if (t == null) {
                continue;
            }
            try {
                found.add(addresses.parseAnyNetwork(t).network());
            } catch (OnsCryptoException notAnAddress) {
                // not a wallet address: it fixes nothing
            }
        }
        if (found.size() > 1) {
            throw new CliException(ExitCodes.USAGE, "the addresses are on different networks: "
                    + found.first().label() + " and " + found.last().label());
        }
        return found.isEmpty() ? insisted() : Optional.of(insist(found.first(), "the address"));
    }

    /** {@code actual} (from an address or a node), checked against {@code --network}. */
    Network insist(Network actual, String source) {
        Optional<Network> wanted = insisted();
        if (wanted.isPresent() && wanted.get() != actual) {
            throw new CliException(ExitCodes.USAGE, "--network " + wanted.get().label() + " does not match "
                    + source + "'s network " + actual.label());
        }
        return actual;
    }
}
