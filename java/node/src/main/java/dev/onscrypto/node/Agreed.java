package dev.onscrypto.node;

import java.util.List;

import dev.onscrypto.ons.Network;

/**
 * An answer a quorum of nodes gave identically.
 *
 * @param value the agreed answer
 * @param nodes the nodes that gave it (URLs without user-info)
 * @param height the lowest chain height ({@code get_info}) among them: what "active" is judged at
 * @param network the network they are on
 * @param <T> the answer
 */
public record Agreed<T>(T value, List<String> nodes, long height, Network network) {
    public Agreed {
        nodes = List.copyOf(nodes);
    }
}
