package dev.onscrypto.cli;

import java.util.ArrayList;
import java.util.List;

import dev.onscrypto.node.OnsNodeClient;
import dev.onscrypto.ons.Ons;
import picocli.CommandLine.Option;

/** {@code --node URL…} and {@code --quorum K} for the transaction commands ({@code audit}, {@code tx-extra check}). */
final class TxNodeOptions {
    @Option(names = "--node", paramLabel = "URL",
            description = "oxend RPC URL (http://host:port, user:pass@ for a login); repeat for a quorum.")
    List<String> nodes = new ArrayList<>();

    @Option(names = "--quorum", paramLabel = "K", description = "Nodes that must agree (default: min(3, nodes)).")
    Integer quorum;

    boolean given() {
        return !nodes.isEmpty();
    }

    OnsNodeClient client(Ons ons) {
        OnsNodeClient.Builder b = OnsNodeClient.builder().nodes(nodes).ons(ons);
        if (quorum != null) {
            b.quorum(quorum);
        }
        return b.build();
    }
}
