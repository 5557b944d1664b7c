package dev.onscrypto.internal;

import java.lang.foreign.MemorySegment;

/**
 * An incremental hash on one backend: absorb any number of pieces, then produce the digest once.
 * Not thread-safe. {@link #close()} wipes the state (keyed BLAKE2b holds its key in it) and, on the
 * native backend, frees it.
 */
public interface HashState extends AutoCloseable {

    /** Absorbs {@code data} (heap or native). */
    void update(MemorySegment data);

    /** Writes the digest into {@code out} (exactly the digest length); the state is then spent. */
    void finish(MemorySegment out);

    /** An independent copy of the current state. */
    HashState copy();

    /** Wipes (and frees) the state; further use is an error. Idempotent. */
    @Override
    void close();
}
