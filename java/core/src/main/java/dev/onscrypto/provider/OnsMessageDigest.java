package dev.onscrypto.provider;

import java.security.MessageDigestSpi;
import java.util.function.UnaryOperator;

/**
 * {@code MessageDigest} over a one-shot hash of the backend. Input is collected until
 * {@code digest()}: the backends hash whole messages, and the names and records ONS hashes are small.
 */
final class OnsMessageDigest extends MessageDigestSpi implements Cloneable {
    private final UnaryOperator<byte[]> hash;
    private final int length;
    // Not final: clone() gives the copy its own buffer.
    private Accumulator input = new Accumulator();

    OnsMessageDigest(UnaryOperator<byte[]> hash, int length) {
        this.hash = hash;
        this.length = length;
    }

    @Override
    protected int engineGetDigestLength() {
        return length;
    }

    @Override
    protected void engineUpdate(byte input) {
        this.input.append(input);
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int len) {
        this.input.append(input, offset, len);
    }

    @Override
    protected byte[] engineDigest() {
        try {
            return hash.apply(input.toByteArray());
        } finally {
            input.clear();
        }
    }

    @Override
    protected void engineReset() {
        input.clear();
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        OnsMessageDigest copy = (OnsMessageDigest) super.clone();
        copy.input = input.copy();
        return copy;
    }
}
