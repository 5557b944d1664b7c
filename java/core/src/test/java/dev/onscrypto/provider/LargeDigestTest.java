package dev.onscrypto.provider;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.Security;
import java.util.SplittableRandom;

import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.junit.jupiter.api.Test;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;
import dev.onscrypto.testing.BothBackends;

/**
 * {@code MessageDigest.getInstance("BLAKE2B-256", "OnsCrypto")} hashes 1 GiB in constant memory: run by
 * its own surefire executions in a JVM with {@code -Xmx64m}, once with {@code ons.backend=native} and
 * once with {@code java} (a digest that buffered its input would run out of heap at a few tens of MiB).
 * The digest equals Bouncy Castle's streaming {@code Blake2bDigest} over the same generated stream.
 */
class LargeDigestTest {
    private static final long TOTAL = 1L << 30;
    private static final int CHUNK = 1 << 20;

    @Test
    void blake2b256OfOneGibibyteInASmallHeap() throws Exception {
        String wanted = System.getProperty("ons.backend");
        assertTrue(wanted != null && !wanted.equals("auto"), "run with -Dons.backend=native|java");
        BackendKind kind = BackendKind.valueOf(wanted.toUpperCase(java.util.Locale.ROOT));
        BothBackends.provider(kind); // fails, or aborts with the reason, where native cannot load
        assertEquals(kind, Primitives.get().kind(),
                "the provider's default backend is the one this run is for");
        assertTrue(Runtime.getRuntime().maxMemory() <= 80L << 20, "run with -Xmx64m");
        if (Security.getProvider(OnsCryptoProvider.NAME) == null) {
            Security.addProvider(new OnsCryptoProvider());
        }
        MessageDigest md = MessageDigest.getInstance("BLAKE2B-256", OnsCryptoProvider.NAME);
        Blake2bDigest reference = new Blake2bDigest(256);

        byte[] chunk = new byte[CHUNK];
        new SplittableRandom(1).nextBytes(chunk);
        ByteBuffer direct = ByteBuffer.allocateDirect(CHUNK);
        for (long done = 0, i = 0; done < TOTAL; done += CHUNK, i++) {
            // a different chunk each time: the counter in its first 8 bytes
            ByteBuffer.wrap(chunk).putLong(0, i);
            reference.update(chunk, 0, CHUNK);
            if (i % 3 == 2) {
                direct.clear().put(chunk).flip();
                md.update(direct);
            } else {
                md.update(chunk, 0, CHUNK);
            }
        }
        byte[] expected = new byte[32];
        reference.doFinal(expected, 0);
        assertArrayEquals(expected, md.digest());
    }
}
