package dev.onscrypto.ons.tx;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.onscrypto.internal.Require;

/**
 * A transaction's whole extra, parsed as oxen-core parses it ({@code parse_tx_extra},
 * {@code cryptonote_format_utils.cpp}): fields are read one after another until the bytes run out;
 * each starts with a raw tag byte and has no length, so an unregistered tag fails the whole extra
 * ("failed to read variant", {@code serialization/variant.h}) and a registered tag whose body this
 * library does not decode stops the reading with {@link UnsupportedTxExtraFieldException}.
 * Immutable.
 */
public final class TxExtra {
    /** Padding may hold at most 254 zero bytes after its tag ({@code TX_EXTRA_PADDING_MAX_COUNT - 1}). */
    static final int PADDING_MAX = 254;
    /** {@code TX_EXTRA_NONCE_MAX_COUNT}. */
    static final int NONCE_MAX = 255;

    /** The tags oxen-core registers (b208672e, {@code BINARY_VARIANT_TAG} in {@code tx_extra.h}) that are not decoded here. */
    private static final Map<Integer, String> REGISTERED_NOT_DECODED = Map.ofEntries(
            Map.entry(0x03, "merge_mining"),
            Map.entry(0x70, "service_node_register"),
            Map.entry(0x71, "service_node_deregister_old"),
            Map.entry(0x72, "service_node_winner"),
            Map.entry(0x73, "service_node_contributor"),
            Map.entry(0x75, "tx_secret_key"),
            Map.entry(0x76, "tx_key_image_proofs"),
            Map.entry(0x77, "tx_key_image_unlock"),
            Map.entry(0x78, "service_node_state_change"),
            Map.entry(0x7b, "ethereum_staking_requirement_updated"),
            Map.entry(0x7d, "ethereum_service_node_exit_request"),
            Map.entry(0x7e, "ethereum_new_service_node_v2"),
            Map.entry(0x7f, "ethereum_service_node_exit"),
            Map.entry(0x80, "ethereum_service_node_purge"),
            Map.entry(0xde, "mysterious_minergate"));

    private final List<TxExtraField> fields;

    private TxExtra(List<TxExtraField> fields) {
        this.fields = List.copyOf(fields);
    }

    /**
     * Parses a whole extra. An empty extra parses (to no fields).
     *
     * @throws TxExtraParseException where oxen-core's parser fails
     * @throws UnsupportedTxExtraFieldException at a registered field this library cannot read
     */
    public static TxExtra parse(byte[] extra) {
        Require.nonNull(extra, "tx extra");
        TxExtraReader r = new TxExtraReader(extra);
        List<TxExtraField> out = new ArrayList<>();
        while (r.remaining() > 0) {
            out.add(readField(r));
        }
        return new TxExtra(out);
    }

    private static TxExtraField readField(TxExtraReader r) {
        int at = r.position();
        int tag = r.u8();
        return switch (tag) {
            case TxExtraField.TAG_PADDING -> padding(r);
            case TxExtraField.TAG_PUBKEY -> new TxExtraField.PublicKey(hex(r.bytes(32)));
            case TxExtraField.TAG_NONCE -> nonce(r);
            case TxExtraField.TAG_ADDITIONAL_PUBKEYS -> additionalKeys(r);
            case TxExtraField.TAG_SERVICE_NODE_PUBKEY -> new TxExtraField.ServiceNodePublicKey(hex(r.bytes(32)));
            case TxExtraField.TAG_BURN -> new TxExtraField.Burn(r.u64le());
            case TxExtraField.TAG_ONS -> OnsExtraField.read(r);
            default -> {
                String name = REGISTERED_NOT_DECODED.get(tag);
                if (name != null) {
                    throw new UnsupportedTxExtraFieldException(tag, name);
                }
                throw new TxExtraParseException(String.format("failed to read variant: tag 0x%02x at offset %d is not registered", tag, at));
            }
        };
    }

    // The padding field takes every remaining byte: at most 254, all zero (tx_extra.h, tx_extra_padding).
    private static TxExtraField padding(TxExtraReader r) {
        int n = r.remaining();
        if (n > PADDING_MAX) {
            throw new TxExtraParseException("tx_extra_padding size is larger than maximum allowed (" + n + " > " + PADDING_MAX + ")");
        }
        for (byte b : r.bytes(n)) {
            if (b != 0) {
                throw new TxExtraParseException("Invalid non-0 padding byte");
            }
        }
        return new TxExtraField.Padding(n);
    }

    private static TxExtraField nonce(TxExtraReader r) {
        long length = r.varint(64);
        byte[] data = r.bytes(Long.compareUnsigned(length, Integer.MAX_VALUE) > 0 ? -1 : length);
        if (data.length > NONCE_MAX) {
            throw new TxExtraParseException("invalid extra nonce: too long (" + data.length + " > " + NONCE_MAX + ")");
        }
        return new TxExtraField.Nonce(hex(data));
    }

    private static TxExtraField additionalKeys(TxExtraReader r) {
        long count = r.varint(64);
        // Check the bytes are there before building anything (oxen-core reserves first and fails either way).
        if (Long.compareUnsigned(count, r.remaining() / 32) > 0) {
            throw new TxExtraParseException("truncated: " + Long.toUnsignedString(count) + " additional public keys declared, "
                    + r.remaining() + " bytes left");
        }
        List<String> keys = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            keys.add(hex(r.bytes(32)));
        }
        return new TxExtraField.AdditionalPublicKeys(keys);
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    /** Every field, in order. */
    public List<TxExtraField> fields() {
        return fields;
    }

    /**
     * The first ONS field (tag 0x7A): the one the daemon validates ({@code find_tx_extra_field_by_type}
     * with no skip); any later ones must parse but are ignored.
     */
    public Optional<OnsExtraField> onsField() {
        for (TxExtraField f : fields) {
            if (f instanceof OnsExtraField ons) {
                return Optional.of(ons);
            }
        }
        return Optional.empty();
    }

    /** The amount of the first burn field (tag 0x79), or 0 without one ({@code get_burned_amount_from_tx_extra}). Unsigned. */
    public long burnAmount() {
        for (TxExtraField f : fields) {
            if (f instanceof TxExtraField.Burn b) {
                return b.amount();
            }
        }
        return 0;
    }
}
