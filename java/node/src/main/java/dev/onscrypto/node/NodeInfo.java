package dev.onscrypto.node;

import com.fasterxml.jackson.databind.JsonNode;

import dev.onscrypto.node.NodeFailedException.Failure;
import dev.onscrypto.ons.Network;

/**
 * What a node's {@code get_info} says about itself (oxen-core {@code GET_INFO}): its chain height,
 * the height its peers report, and its network. A node that answers from a bootstrap daemon
 * ({@code untrusted}) or is still syncing (height below {@code target_height}) is not asked anything.
 *
 * @param node the node (URL without user-info)
 * @param height the node's chain height (top block height + 1)
 * @param targetHeight the height its peers report (0 when it has none)
 * @param nettype the network name the node gave
 * @param network the address network of that nettype (fakechain uses mainnet's, localdev devnet's)
 */
public record NodeInfo(String node, long height, long targetHeight, String nettype, Network network) {

    /** Reads a {@code get_info} result: stable v10 and dev shapes (dev drops {@code untrusted} and the testnet/devnet flags). */
    static NodeInfo read(String node, JsonNode r) {
        RpcFields.requireOkStatus(r);
        RpcFields.refuseUntrusted(r);
        long height = RpcFields.height(r, "height");
        long target = r.hasNonNull("target_height") ? RpcFields.height(r, "target_height") : 0;
        String nettype;
        if (r.hasNonNull("nettype")) {
            if (!r.get("nettype").isTextual()) {
                throw NodeAnswerException.malformed("get_info nettype is not a string");
            }
            nettype = r.get("nettype").asText();
        } else if (r.path("mainnet").asBoolean(false)) {
            nettype = "mainnet";
        } else if (r.path("testnet").asBoolean(false)) {
            nettype = "testnet";
        } else if (r.path("devnet").asBoolean(false)) {
            nettype = "devnet";
        } else {
            throw NodeAnswerException.malformed("get_info names no network");
        }
        Network network = switch (nettype) {
            case "mainnet", "fakechain" -> Network.MAINNET;
            case "testnet" -> Network.TESTNET;
            case "devnet", "localdev" -> Network.DEVNET;
            case "stagenet" -> Network.STAGENET;
            default -> throw NodeAnswerException.malformed("get_info nettype " + NodeText.clean(nettype) + " is unknown");
        };
        if (height < target) {
            throw new NodeAnswerException(Failure.BEHIND, "node is syncing: height " + height
                    + " is behind target_height " + target);
        }
        return new NodeInfo(node, height, target, nettype, network);
    }
}
