package dev.onscrypto.ons.tx;

import dev.onscrypto.InvalidInputException;

/**
 * A transaction extra that oxen-core's parser refuses ({@code parse_tx_extra} returns false): an
 * unregistered tag, a truncated field, a non-minimal or overflowing varint, or a value outside a
 * parse-time range (mapping type ≥ 6, fields mask above 0x0F, owner or signature type ≥ 2, padding
 * longer than 254 bytes or not zero, a nonce longer than 255 bytes). Validation reports it as the rule
 * {@link OnsTxRule#PARSE}.
 */
public final class TxExtraParseException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public TxExtraParseException(String message) {
        super(message);
    }
}
