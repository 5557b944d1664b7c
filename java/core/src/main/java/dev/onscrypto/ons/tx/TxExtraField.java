package dev.onscrypto.ons.tx;

import java.util.HexFormat;
import java.util.List;

import dev.onscrypto.internal.Require;

/**
 * One field of a transaction's extra: its tag byte and decoded body. The extra is a plain run of such
 * fields with no length prefix (oxen-core {@code tx_extra_field}, {@code tx_extra.h}), so only fields
 * whose layout is known can be read at all.
 */
public sealed interface TxExtraField permits TxExtraField.Padding, TxExtraField.PublicKey, TxExtraField.Nonce,
        TxExtraField.AdditionalPublicKeys, TxExtraField.ServiceNodePublicKey, TxExtraField.Burn, OnsExtraField {

    int TAG_PADDING = 0x00;
    int TAG_PUBKEY = 0x01;
    int TAG_NONCE = 0x02;
    int TAG_ADDITIONAL_PUBKEYS = 0x04;
    int TAG_SERVICE_NODE_PUBKEY = 0x74;
    int TAG_BURN = 0x79;
    int TAG_ONS = 0x7a;

    /** The tag byte. */
    int tag();

    /** A short name for printing ({@code pubkey}, {@code ons}, …). */
    String name();

    /** Trailing zero padding (tag 0x00): {@code zeros} bytes after the tag, at most 254. */
    record Padding(int zeros) implements TxExtraField {
        public int tag() { return TAG_PADDING; }
        public String name() { return "padding"; }
    }

    /** The transaction public key (tag 0x01). */
    record PublicKey(String hex) implements TxExtraField {
        public PublicKey { Require.nonNull(hex, "key"); }
        public int tag() { return TAG_PUBKEY; }
        public String name() { return "pubkey"; }
        public byte[] key() { return HexFormat.of().parseHex(hex); }
    }

    /** An extra nonce (tag 0x02), e.g. {@code 01} ‖ an 8-byte encrypted payment id. At most 255 bytes. */
    record Nonce(String hex) implements TxExtraField {
        public Nonce { Require.nonNull(hex, "nonce"); }
        public int tag() { return TAG_NONCE; }
        public String name() { return "nonce"; }
        public byte[] data() { return HexFormat.of().parseHex(hex); }
    }

    /** Per-output additional transaction public keys (tag 0x04), hex each. */
    record AdditionalPublicKeys(List<String> hexKeys) implements TxExtraField {
        public AdditionalPublicKeys { hexKeys = List.copyOf(hexKeys); }
        public int tag() { return TAG_ADDITIONAL_PUBKEYS; }
        public String name() { return "additional_pubkeys"; }
    }

    /** A service node's public key (tag 0x74). */
    record ServiceNodePublicKey(String hex) implements TxExtraField {
        public ServiceNodePublicKey { Require.nonNull(hex, "key"); }
        public int tag() { return TAG_SERVICE_NODE_PUBKEY; }
        public String name() { return "service_node_pubkey"; }
    }

    /**
     * The burned amount (tag 0x79) in atomic units, an unsigned 64-bit value held in a {@code long}
     * (print it with {@link Long#toUnsignedString(long)}).
     */
    record Burn(long amount) implements TxExtraField {
        public int tag() { return TAG_BURN; }
        public String name() { return "burn"; }

        /** The field's bytes: tag 0x79 and the amount as 8 little-endian bytes ({@code field()}, not a varint). */
        public byte[] encode() {
            byte[] out = new byte[9];
            out[0] = (byte) TAG_BURN;
            for (int i = 0; i < 8; i++) {
                out[1 + i] = (byte) (amount >>> (8 * i));
            }
            return out;
        }
    }
}
