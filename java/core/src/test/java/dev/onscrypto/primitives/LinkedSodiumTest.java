package dev.onscrypto.primitives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.onscrypto.internal.loader.BundledLibraries;
import dev.onscrypto.testing.BothBackends;

/**
 * Runs with {@code ONS_SODIUM_PATH} naming a missing file (java/core/pom.xml), as if the system had no
 * libsodium: the native backend loads if and only if our bundled library carries libsodium inside.
 */
class LinkedSodiumTest {
    @Test
    void nativeNeedsNoSystemLibsodiumWhenItIsLinkedIn() throws IOException {
        String bundled = BundledLibraries.runningPlatformResource();
        if (BothBackends.nativeRequired()) {
            assertNotNull(bundled, "native required, but no library is built for " + BundledLibraries.runningPlatform());
        }
        Assumptions.assumeTrue(bundled != null, "no native library is built for " + BundledLibraries.runningPlatform());
        byte[] library;
        try (InputStream in = LinkedSodiumTest.class.getResourceAsStream(bundled)) {
            if (BothBackends.nativeRequired()) {
                assertNotNull(in, "native required, but " + bundled + " is not bundled");
            }
            Assumptions.assumeTrue(in != null, "our native library was not built here");
            library = in.readAllBytes();
        }
        // Independent of the loader: the exported symbol names are in the file's dynamic symbol table.
        boolean linkedIn = new String(library, StandardCharsets.ISO_8859_1).contains("crypto_sign_verify_detached");
        if (linkedIn) {
            assertTrue(Primitives.isAvailable(BackendKind.NATIVE), Primitives.nativeUnavailableReason());
            Primitives p = Primitives.of(BackendKind.NATIVE);
            assertEquals(32, p.blake2b().hash256(new byte[0]).length);
            assertTrue(p.ed25519().verify(p.ed25519().sign(new byte[32], new byte[1]), new byte[1],
                    p.ed25519().publicKey(new byte[32])));
        } else {
            assertFalse(Primitives.isAvailable(BackendKind.NATIVE));
            assertTrue(Primitives.nativeUnavailableReason().contains("ONS_SODIUM_PATH"), Primitives.nativeUnavailableReason());
        }
    }
}
