package dev.onscrypto.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import dev.onscrypto.node.NodeFailedException;
import dev.onscrypto.node.OnsNodeClient;
import dev.onscrypto.node.QuorumUnavailableException;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import picocli.CommandLine.Option;

/** The node options shared by resolve, lookup, owned-by and sign-update. */
final class NodeOptions {
    @Option(names = "--node", paramLabel = "URL",
            description = {"oxend RPC URL (repeatable), e.g. 127.0.0.1:22023; http:// is added without a scheme, "
                    + "/json_rpc without a path; user:pass@ logs in (Basic or Digest) and is never printed."})
    List<String> nodes;

    @Option(names = "--quorum", paramLabel = "K",
            description = "How many nodes must give the same answer (default: min(3, number of nodes)).")
    Integer quorum;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Deadline of each request: connect, headers and body (decimals allowed; default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest answer read from a node (default: ${DEFAULT-VALUE}).")
    long maxBody;

    boolean given() {
        return nodes != null && !nodes.isEmpty();
    }

    Duration timeout() {
        BigDecimal s;
        try {
            s = new BigDecimal(timeout.strip());
        } catch (NumberFormatException e) {
            throw new CliException(ExitCodes.USAGE, "--timeout must be a number of seconds, e.g. 2.5");
        }
        if (s.signum() <= 0 || s.compareTo(BigDecimal.valueOf(86_400)) > 0) {
            throw new CliException(ExitCodes.USAGE, "--timeout must be above 0 and at most 86400 seconds");
        }
        return Duration.ofNanos(s.movePointRight(9).longValue());
    }

    /** A client over the given nodes; {@code network} (may be null) is required of every node. */
    OnsNodeClient client(Ons ons, Network network) {
        if (!given()) {
            throw new CliException(ExitCodes.USAGE, "--node URL is required");
        }
        if (quorum != null && (quorum < 1 || quorum > nodes.size())) {
            throw new CliException(ExitCodes.USAGE, "--quorum must be between 1 and the number of --node URLs ("
                    + nodes.size() + ")");
        }
        if (maxBody < 1 || maxBody > (1L << 30)) {
            throw new CliException(ExitCodes.USAGE, "--max-body must be between 1 and 1073741824");
        }
        OnsNodeClient.Builder b = OnsNodeClient.builder().nodes(nodes).timeout(timeout()).maxBodyBytes(maxBody)
                .ons(ons).network(network);
        if (quorum != null) {
            b.quorum(quorum);
        }
        return b.build();
    }

    /**
     * Runs a lookup; when every node failed only for being on another network than the one the
     * command insists on, that is a usage error (exit 2) naming both networks.
     */
    static <T> T run(Supplier<T> lookup, Network insisted) {
        try {
            return lookup.get();
        } catch (QuorumUnavailableException e) {
            if (insisted != null && !e.failures().isEmpty() && e.failures().stream()
                    .allMatch(f -> f.failure() == NodeFailedException.Failure.WRONG_NETWORK)) {
                throw new CliException(ExitCodes.USAGE, "--network " + insisted.label() + " does not match the nodes' network ("
                        + e.failures().get(0).getMessage() + ")");
            }
            throw e;
        }
    }
}
