package dev.onscrypto.ons.tx;

import dev.onscrypto.OnsCryptoException;

/**
 * The extra holds a field whose tag oxen-core registers (so the extra may well be valid) but whose
 * body this library does not decode — service-node, key-image, Ethereum and merge-mining fields. Since
 * tx-extra fields carry no length, nothing after it can be read: this is neither a parse failure nor
 * a verdict, only "cannot tell".
 */
public final class UnsupportedTxExtraFieldException extends OnsCryptoException {
    private static final long serialVersionUID = 1L;
    private final int tag;

    public UnsupportedTxExtraFieldException(int tag, String name) {
        super(String.format("tx extra field 0x%02x (%s) is registered by oxen-core but not decoded by this library", tag, name));
        this.tag = tag;
    }

    /** The field's tag byte. */
    public int tag() {
        return tag;
    }
}
