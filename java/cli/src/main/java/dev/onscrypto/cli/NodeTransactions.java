package dev.onscrypto.cli;

import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.onscrypto.node.Agreed;
import dev.onscrypto.node.NodeAnswerException;
import dev.onscrypto.node.NodeFailedException;
import dev.onscrypto.node.OnsNodeClient;
import dev.onscrypto.ons.tx.HistoryAudit;

/**
 * oxend {@code get_transactions} for one txid, agreed by the quorum: the transaction bytes
 * ({@code as_hex}, or {@code pruned_as_hex} with {@code prunable_hash}) and its block height. A
 * transaction still in the pool has no height and is refused.
 */
final class NodeTransactions implements HistoryAudit.Source {
    /** A serialized transaction is bounded by the node's body cap; the hex of one is at most this long. */
    private static final int MAX_HEX = 2 * 1_000_000;
    private final OnsNodeClient client;

    NodeTransactions(OnsNodeClient client) {
        this.client = client;
    }

    private record Answer(String hex, String prunableHash, long height) {}

    @Override
    public HistoryAudit.Fetched fetch(byte[] txid) {
        String id = HexFormat.of().formatHex(txid);
        ObjectNode params = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        params.putArray("txs_hashes").add(id);
        Agreed<Answer> a = client.query("get_transactions", params, (r, info) -> read(r, id),
                ans -> "tx at height " + ans.height() + " (" + ans.hex().length() / 2 + " bytes)");
        HexFormat hex = HexFormat.of();
        return new HistoryAudit.Fetched(hex.parseHex(a.value().hex()),
                a.value().prunableHash() == null ? null : hex.parseHex(a.value().prunableHash()), a.value().height());
    }

    private static Answer read(JsonNode r, String id) {
        JsonNode txs = r.get("txs");
        if (txs == null || !txs.isArray() || txs.size() != 1) {
            throw malformed("get_transactions did not return exactly the one transaction asked for");
        }
        JsonNode t = txs.get(0);
        if (!id.equals(t.path("tx_hash").asText(""))) {
            throw malformed("get_transactions returned another transaction");
        }
        if (t.path("in_pool").asBoolean(false) || !t.path("block_height").canConvertToLong()) {
            throw malformed("transaction " + id + " is not in a block");
        }
        String full = text(t, "as_hex");
        String pruned = text(t, "pruned_as_hex");
        String prunable = text(t, "prunable_hash");
        if (full == null && (pruned == null || prunable == null || prunable.length() != 64)) {
            throw malformed("get_transactions gave neither as_hex nor pruned_as_hex with prunable_hash");
        }
        String hex = full != null ? full : pruned;
        if (hex.length() > MAX_HEX || hex.length() % 2 != 0 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw malformed("transaction hex is malformed or too long");
        }
        long height = t.path("block_height").asLong();
        if (height < 0) {
            throw malformed("negative block height");
        }
        return new Answer(hex.toLowerCase(java.util.Locale.ROOT), full != null ? null : prunable.toLowerCase(java.util.Locale.ROOT), height);
    }

    private static NodeAnswerException malformed(String message) {
        return new NodeAnswerException(NodeFailedException.Failure.MALFORMED, message);
    }

    private static String text(JsonNode t, String field) {
        JsonNode v = t.get(field);
        return v == null || v.isNull() || !v.isTextual() || v.asText().isEmpty() ? null : v.asText();
    }
}
