package dev.onscrypto.ons.tx;

import java.util.Arrays;

import dev.onscrypto.internal.Require;

/**
 * What a wallet puts in an ONS transaction's extra for one buy, update or renewal: the ONS field and
 * the burn. The wallet adds its own tx public key (and any other fields) and builds the transaction;
 * this is only the ONS part. Immutable.
 */
public final class OnsTxExtra {
    private final OnsExtraField field;
    private final long burn;

    OnsTxExtra(OnsExtraField field, long burn) {
        this.field = Require.nonNull(field, "ONS field");
        this.burn = burn;
    }

    public OnsExtraField field() {
        return field;
    }

    /** The amount to burn, in atomic units: {@code burn_needed} for a buy or renewal, 0 for an update. */
    public long burn() {
        return burn;
    }

    /** The ONS field's bytes, tag 0x7A first. */
    public byte[] onsField() {
        return field.encode();
    }

    /**
     * The burn field's bytes (tag 0x79, 8 little-endian bytes); empty for a zero burn, which the wallet
     * leaves out (oxen-core counts a missing burn field as 0).
     */
    public byte[] burnField() {
        return burn == 0 ? new byte[0] : new TxExtraField.Burn(burn).encode();
    }

    /** The ONS field then the burn field — the order a wallet's extra ends with. */
    public byte[] extra() {
        byte[] ons = onsField();
        byte[] b = burnField();
        byte[] out = Arrays.copyOf(ons, ons.length + b.length);
        System.arraycopy(b, 0, out, ons.length, b.length);
        return out;
    }
}
