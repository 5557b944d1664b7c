package dev.onscrypto.cli;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ons resolve}: asks a node's {@code ons_resolve} for the record and decrypts it locally
 * (the node only ever sees the name hash). Exit 1 for not found and for node failures.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Look a name up on an oxend node (JSON-RPC ons_resolve) and print the decrypted value.",
                "Exit 1 if the name has no record, or the node fails, answers an error or times out."})
final class ResolveCommand extends CliCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--type", required = true, paramLabel = "T", description = "session, wallet or lokinet.")
    String type;

    @Option(names = "--node", required = true, paramLabel = "URL",
            description = "oxend RPC URL, e.g. http://127.0.0.1:22023 (/json_rpc is added when there is no path).")
    String node;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "10",
            description = "Seconds to wait for the node (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Mixin
    NetworkOption network;

    @Override
    public Integer call() {
        if (timeoutSeconds <= 0) {
            throw new CliException(ExitCodes.USAGE, "--timeout must be a positive number of seconds");
        }
        OnsName n = Args.recordName(name, type);
        Network net = network.get();
        NodeClient client = new NodeClient(node, Duration.ofSeconds(timeoutSeconds));
        Ons ons = common.ons();
        ObjectNode params = new ObjectMapper().createObjectNode();
        params.put("type", n.type().code());
        params.put("name_hash", ons.names().hash(n).base64());
        JsonNode result = client.call("ons_resolve", params);

        String encrypted = result.path("encrypted_value").asText("");
        if (encrypted.isEmpty()) {
            throw new CliException(ExitCodes.INVALID, "not found: no " + n.type().label() + " record for " + n.text());
        }
        String nonce = result.path("nonce").asText("");
        byte[] value = malformedIsNodeError(encrypted, "encrypted_value", -1);
        // Legacy (HF15) records come back without a nonce: encrypted_value is then the whole stored form.
        MappingValue v = nonce.isEmpty() ? ons.records().decrypt(n, value)
                : ons.records().decrypt(n, value, malformedIsNodeError(nonce, "nonce", 24));
        Output output = new Output().put("name", n.text()).put("type", n.type().label());
        int status = DecryptedValue.put(output, ons, v, net);
        print(output);
        return status;
    }

    /** The node's fields are not user input: bad hex there is the node's failure (1), not a usage error. */
    private byte[] malformedIsNodeError(String text, String field, int length) {
        try {
            return Args.hex(text, field, length);
        } catch (CliException e) {
            throw new CliException(ExitCodes.INVALID, "node returned a malformed " + field + ": " + e.getMessage());
        }
    }
}
