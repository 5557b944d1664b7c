package dev.onscrypto.provider;

import java.nio.ByteBuffer;
import java.security.DigestException;
import java.security.MessageDigestSpi;
import java.util.function.Supplier;

import dev.onscrypto.primitives.Hasher;

/**
 * {@code MessageDigest} over the backend's incremental hash ({@link Hasher}): input is absorbed as it
 * comes, so memory use is constant whatever the message length, and {@code clone()} copies the hash
 * state. Direct {@code ByteBuffer}s reach native code as they are.
 */
final class OnsMessageDigest extends MessageDigestSpi implements Cloneable {
    private final Supplier<Hasher> hashers;
    private final int length;
    private final byte[] oneByte = new byte[1];
    // Created on first input; not final: clone() gives the copy its own state.
    private Hasher hasher;

    OnsMessageDigest(Supplier<Hasher> hashers, int length) {
        this.hashers = hashers;
        this.length = length;
    }

    private Hasher hasher() {
        if (hasher == null) {
            hasher = hashers.get();
        }
        return hasher;
    }

    @Override
    protected int engineGetDigestLength() {
        return length;
    }

    @Override
    protected void engineUpdate(byte input) {
        oneByte[0] = input;
        hasher().update(oneByte, 0, 1);
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int len) {
        hasher().update(input, offset, len);
    }

    @Override
    protected void engineUpdate(ByteBuffer input) {
        hasher().update(input);
    }

    @Override
    protected byte[] engineDigest() {
        Hasher h = hasher();
        hasher = null;
        return h.finish();
    }

    @Override
    protected int engineDigest(byte[] buf, int offset, int len) throws DigestException {
        if (len < length) {
            throw new DigestException("output buffer too small: " + len + " bytes for a " + length + "-byte digest");
        }
        Hasher h = hasher();
        hasher = null;
        return h.finish(buf, offset);
    }

    @Override
    protected void engineReset() {
        if (hasher != null) {
            hasher.close();
            hasher = null;
        }
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        OnsMessageDigest copy = new OnsMessageDigest(hashers, length);
        copy.hasher = hasher == null ? null : hasher.copy();
        return copy;
    }
}
