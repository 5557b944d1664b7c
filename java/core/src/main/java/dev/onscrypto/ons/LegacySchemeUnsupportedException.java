package dev.onscrypto.ons;

import dev.onscrypto.InvalidInputException;

/**
 * A legacy (HF15) record was asked for a value that is not a Session ID. oxen-core only ever wrote
 * Session values with the legacy scheme and only decrypts a 49-byte Session value as legacy, so a
 * legacy lokinet or wallet blob could never be read by anyone; encrypt those with the current scheme.
 */
public class LegacySchemeUnsupportedException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public LegacySchemeUnsupportedException(String message) {
        super(message);
    }
}
