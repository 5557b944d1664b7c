package dev.onscrypto.node;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** One node of a client: its JSON-RPC endpoint and its last {@code get_info}, reused for a short while. */
final class Node {
    final JsonRpcClient rpc;
    private final long infoMaxAgeNanos;
    private CompletableFuture<NodeInfo> info;   // guarded by this
    private long infoAt;                        // guarded by this

    Node(JsonRpcClient rpc, Duration infoMaxAge) {
        this.rpc = rpc;
        this.infoMaxAgeNanos = infoMaxAge.toNanos();
    }

    String name() {
        return rpc.url().toString();
    }

    /** get_info, from cache when a successful one is younger than the max age (one per burst of lookups). */
    synchronized CompletableFuture<NodeInfo> info() {
        long now = System.nanoTime();
        if (info != null && now - infoAt < infoMaxAgeNanos && !info.isCompletedExceptionally() && !info.isCancelled()) {
            return info;
        }
        infoAt = now;
        info = fetchInfo();
        return info;
    }

    CompletableFuture<NodeInfo> fetchInfo() {
        return rpc.callAsync("get_info", null).thenApply(r -> NodeInfo.read(name(), r));
    }
}
