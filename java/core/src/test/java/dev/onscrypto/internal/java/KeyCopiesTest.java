package dev.onscrypto.internal.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.onscrypto.ons.ChildJvm;

/**
 * No copy of a key is left in the heap after a keyed operation of the Java backend: the AEADs' key,
 * subkey (HChaCha20 / HSalsa20 output) and one-time Poly1305 key held by our ciphers, and BLAKE2b's key
 * copy inside Bouncy Castle, are wiped. Checked on a full heap dump (unreachable objects included) of a
 * child JVM, on the success and failure paths.
 */
class KeyCopiesTest {
    @ParameterizedTest
    @ValueSource(strings = {"xchacha20poly1305", "secretbox", "blake2b"})
    void noKeyBytesRemainInTheHeap(String op, @TempDir Path dir) throws IOException, InterruptedException {
        // A young generation large enough that no collection runs: garbage copies stay in the dump.
        ChildJvm.Result r = ChildJvm.run(null, List.of("-Xms256m", "-Xmx256m", "-Xmn200m", "-XX:+UseSerialGC"),
                KeyCopyProbe.class, op, dir.resolve("heap.hprof").toString());
        assertEquals(List.of("0"), r.results(), r.out());
    }
}
