package dev.onscrypto.primitives;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.HashState;
import dev.onscrypto.internal.Require;

/**
 * An incremental BLAKE2b or Keccak-256: {@code update} any number of times, then {@code finish} once.
 * Memory use is constant whatever the input length; the digest equals the one-shot hash of everything
 * passed to {@code update}, in order. Obtain one from {@link Blake2b#hasher} or {@link Keccak256#hasher}.
 *
 * <p>Not thread-safe. {@link #finish} and {@link #close} wipe the state (a keyed BLAKE2b state holds its
 * key); a finished or closed hasher refuses further use with an {@link InvalidInputException}.
 *
 * <pre>{@code
 * try (Hasher h = Primitives.get().blake2b().hasher(32)) {
 *     while ((n = stream.read(buf)) > 0) h.update(buf, 0, n);
 *     digest = h.finish();
 * }
 * }</pre>
 */
public final class Hasher implements AutoCloseable {
    private final HashState state;
    private final int digestLength;
    private boolean done;

    Hasher(HashState state, int digestLength) {
        this.state = state;
        this.digestLength = digestLength;
    }

    /** The digest length in bytes. */
    public int digestLength() {
        return digestLength;
    }

    public Hasher update(byte[] data) {
        return update(data, 0, Require.nonNull(data, "data").length);
    }

    public Hasher update(byte[] data, int off, int len) {
        MemorySegment in = Require.range(data, off, len, "data");
        requireOpen();
        state.update(in);
        return this;
    }

    /** Absorbs the remaining bytes of {@code data} (heap or direct) and moves its position to its limit. */
    public Hasher update(ByteBuffer data) {
        MemorySegment in = MemorySegment.ofBuffer(Require.nonNull(data, "data"));
        requireOpen();
        state.update(in);
        data.position(data.limit());
        return this;
    }

    /** The digest; the hasher is then spent. */
    public byte[] finish() {
        byte[] out = new byte[digestLength];
        finish(out, 0);
        return out;
    }

    /** Writes the digest at {@code out[outOff]} and returns its length; the hasher is then spent. */
    public int finish(byte[] out, int outOff) {
        MemorySegment o = Require.output(out, outOff, digestLength, "digest output");
        requireOpen();
        done = true;
        state.finish(o);
        return digestLength;
    }

    /** Writes the digest at {@code out}'s position, advancing it; the hasher is then spent. */
    public int finish(ByteBuffer out) {
        MemorySegment o = MemorySegment.ofBuffer(Require.writable(out, digestLength, "digest output"))
                .asSlice(0, digestLength);
        requireOpen();
        done = true;
        state.finish(o);
        out.position(out.position() + digestLength);
        return digestLength;
    }

    /** An independent hasher in the same state (e.g. for a digest of a prefix). */
    public Hasher copy() {
        requireOpen();
        return new Hasher(state.copy(), digestLength);
    }

    /** Wipes the state without producing a digest. Idempotent. */
    @Override
    public void close() {
        done = true;
        state.close();
    }

    private void requireOpen() {
        if (done) {
            throw new InvalidInputException("this hasher is finished or closed");
        }
    }
}
