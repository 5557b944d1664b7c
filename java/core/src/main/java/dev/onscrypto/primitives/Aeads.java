package dev.onscrypto.primitives;

import java.nio.ByteBuffer;

import dev.onscrypto.AuthenticationFailedException;
import dev.onscrypto.InvalidInputException;

/** Length rules and buffer bookkeeping shared by the two AEADs (both add a 16-byte Poly1305 tag). */
final class Aeads {
    static final int TAG_LENGTH = 16;

    private Aeads() {}

    /** {@code messageLength + 16}, if that still fits an array. */
    static int sealedLength(int messageLength) {
        if (messageLength > Integer.MAX_VALUE - TAG_LENGTH) {
            throw new InvalidInputException("message too long: " + messageLength + " bytes");
        }
        return messageLength + TAG_LENGTH;
    }

    /** {@code sealedLength − 16}; a shorter input has no room for its tag and cannot verify. */
    static int openedLength(int sealedLength, String what) {
        if (sealedLength < TAG_LENGTH) {
            throw new AuthenticationFailedException(what + " is shorter than its 16-byte tag");
        }
        return sealedLength - TAG_LENGTH;
    }

    /** After success: the input is consumed, and {@code written} bytes were added to the output. */
    static void advance(ByteBuffer in, ByteBuffer out, int written) {
        in.position(in.limit());
        out.position(out.position() + written);
    }
}
