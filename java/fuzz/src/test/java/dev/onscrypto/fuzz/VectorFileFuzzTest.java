package dev.onscrypto.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.onscrypto.vectors.FileReport;
import dev.onscrypto.vectors.VectorRunner;

/**
 * The vector runner's reading of files it is given: any bytes give a report (every case one outcome)
 * or an {@link IOException} whose message is one line naming the file — never another exception.
 */
class VectorFileFuzzTest {
    private static final VectorRunner RUNNER = new VectorRunner(Differential.JAVA);

    @FuzzTest(maxDuration = "10s")
    void vectorFiles(FuzzedDataProvider d) {
        byte[] content = d.consumeRemainingAsBytes();
        String text = new String(content, StandardCharsets.ISO_8859_1);
        // Argon2id with fuzzed parameters may ask for gigabytes per case; its limits have their own
        // tests, and the differential target covers small parameters.
        if (text.contains("argon2") || text.contains("legacy")) {
            return;
        }
        try {
            FileReport report = RUNNER.run("fuzzed.json", content);
            assertTrue(report.passed() + report.failed() + report.skipped() == report.cases().size());
        } catch (IOException e) {
            assertTrue(e.getMessage().startsWith("fuzzed.json: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
