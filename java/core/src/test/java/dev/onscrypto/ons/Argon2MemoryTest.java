package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.onscrypto.InsufficientMemoryException;
import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;
import dev.onscrypto.testing.BothBackends;

/**
 * Not enough memory for Argon2id is a typed {@link InsufficientMemoryException}, never an
 * {@code OutOfMemoryError}: a Java-backend legacy decryption in a 200 MiB heap, the largest allowed
 * memlimit on the Java backend, and a native derivation libsodium cannot allocate (address space
 * limited with {@code ulimit -v}). Each in a child JVM.
 */
class Argon2MemoryTest {
    private static final String TYPED = InsufficientMemoryException.class.getName();

    @Test
    void javaBackendInASmallHeap() throws IOException, InterruptedException {
        ChildJvm.Result r = ChildJvm.run(null, List.of("-Xmx200m", "-Dons.backend=java"), "legacy-java", "argon2-max-java");
        assertEquals(List.of(TYPED, TYPED), r.results(), r.out());
        assertTrue(r.out().contains("not enough memory for Argon2id (needs 268435488 bytes, the Java heap (-Xmx) allows at most"),
                r.out());
    }

    @Test
    void nativeBackendWhenLibsodiumCannotAllocate() throws IOException, InterruptedException {
        if (!Primitives.isAvailable(BackendKind.NATIVE)) {
            BothBackends.primitives(BackendKind.NATIVE); // fails where native is required, else aborts with the reason
        }
        // About 2.1 GiB of address space: enough for this small JVM, not for 2 GiB of Argon2 memory.
        ChildJvm.Result r = ChildJvm.run("ulimit -v 2200000", List.of("-Xmx64m", "-XX:CompressedClassSpaceSize=64m",
                "-XX:ReservedCodeCacheSize=32m", "-XX:+UseSerialGC", "-Xshare:off"), "legacy-native", "argon2-2g-native");
        assertEquals(List.of("ok", TYPED), r.results(), r.out());
        assertTrue(r.out().contains("not enough memory for Argon2id (needs 2147483648 bytes; libsodium could not allocate it)"),
                r.out());
    }
}
