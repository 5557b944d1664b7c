package dev.onscrypto.node;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns one node's JSON-RPC {@code result} into a checked value. Values from different nodes are
 * compared with {@code equals}: two nodes agree when their values are equal.
 *
 * @param <A> the checked answer
 */
@FunctionalInterface
public interface AnswerReader<A> {
    /**
     * @param result the node's {@code result} object
     * @param info the same node's {@code get_info} (its network, for parsing owners)
     * @throws NodeAnswerException when the result is malformed or fails a check
     */
    A read(JsonNode result, NodeInfo info);
}
