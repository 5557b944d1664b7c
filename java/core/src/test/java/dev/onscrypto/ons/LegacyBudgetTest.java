package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.onscrypto.primitives.Argon2id;
import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/**
 * Runs in its own JVM with {@code -Xmx1g} (see java/core/pom.xml): more concurrent legacy (Argon2id,
 * 256 MiB each) decryptions than the memory budget allows must queue, and all succeed.
 */
class LegacyBudgetTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final long MIB = 1 << 20;
    // sissi: a real mainnet HF15 record (legacy scheme), as in sessionjs/ons test/decrypt.test.ts.
    private static final byte[] SISSI = HEX.parseHex(
            "be3445a80763dd0e63a4d8a524c8f3a1bbedf8921947b2987b7e7173e7d920c649d6d7c2391967598c65d3f2e81b760787");
    private static final String SISSI_VALUE = "05bf7d78abf034661c691523b009ea2a281ee9c2093009808e098399e49fa1c54f";

    private static List<String> decryptConcurrently(Ons ons, int count) throws Exception {
        OnsName name = OnsName.of("sissi", MappingType.SESSION);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> ons.values().format(ons.records().decrypt(name, SISSI), Network.MAINNET)));
            }
            List<String> out = new ArrayList<>();
            for (Future<String> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void javaBackendQueuesLegacyDecryptsInASmallHeap() throws Exception {
        long heap = Runtime.getRuntime().maxMemory();
        assertTrue(heap <= 1100 * MIB, "this test must run with -Xmx1g, heap is " + heap / MIB + " MiB");
        Ons ons = Ons.of(BothBackends.primitives(BackendKind.JAVA)); // default budget: half the heap = 2 derivations
        int concurrent = 6; // 6 × 256 MiB would need 1.5 GiB at once
        assertTrue(concurrent * Argon2id.ONS_LEGACY_MEM_LIMIT > heap);
        assertEquals(List.of(SISSI_VALUE, SISSI_VALUE, SISSI_VALUE, SISSI_VALUE, SISSI_VALUE, SISSI_VALUE),
                decryptConcurrently(ons, concurrent));
    }

    @Test
    void nativeBackendRunsNoMoreDerivationsAtOnceThanTheBudget() throws Exception {
        var primitives = BothBackends.primitives(BackendKind.NATIVE);
        Assumptions.assumeTrue(Files.isWritable(Path.of("/proc/self/clear_refs")), "needs Linux /proc to read peak RSS");
        int threads = 4;
        // Control: a budget that admits all four at once; the peak resident memory must show it.
        long unbounded = peakGrowthDuring(Ons.of(primitives, Argon2Budget.ofBytes(64L << 30)), threads);
        // One derivation at a time.
        long bounded = peakGrowthDuring(Ons.of(primitives, Argon2Budget.ofBytes(Argon2id.ONS_LEGACY_MEM_LIMIT)), threads);
        System.out.printf("[budget] peak RSS growth, 4 concurrent legacy decrypts: unbounded %d MiB, one-derivation budget %d MiB%n",
                unbounded / MIB, bounded / MIB);
        assertTrue(unbounded > 600 * MIB, "control run should hold > 2 derivations at once; grew " + unbounded / MIB + " MiB");
        assertTrue(bounded < 450 * MIB, "budget of one derivation, yet peak grew " + bounded / MIB + " MiB");
    }

    /** Peak resident memory growth (VmHWM, reset first) while {@code threads} legacy decrypts run. */
    private static long peakGrowthDuring(Ons ons, int threads) throws Exception {
        System.gc();
        Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // resets VmHWM to the current RSS
        long before = status("VmHWM:");
        assertEquals(List.of(SISSI_VALUE, SISSI_VALUE, SISSI_VALUE, SISSI_VALUE).subList(0, threads),
                decryptConcurrently(ons, threads));
        return status("VmHWM:") - before;
    }

    private static long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]) * 1024;
            }
        }
        throw new IOException(field + " not in /proc/self/status");
    }
}
