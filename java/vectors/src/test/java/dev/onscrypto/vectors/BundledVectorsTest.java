package dev.onscrypto.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/** Every bundled vector file, on each backend. */
class BundledVectorsTest {

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void everyBundledFileRunsWithoutFailures(BackendKind kind) throws IOException {
        VectorRunner runner = new VectorRunner(BothBackends.primitives(kind));
        List<BundledVectors.VectorFile> files = BundledVectors.all();
        assertTrue(files.size() >= 6, "bundled files found: " + files.size());
        long cases = 0;
        for (BundledVectors.VectorFile f : files) {
            FileReport report = runner.run(f.name(), f.content());
            System.out.printf("[vectors] %-36s %-6s %4d passed, %d failed, %d skipped%n", report.file(),
                    kind.name().toLowerCase(), report.passed(), report.failed(), report.skipped());
            List<String> failures = report.cases().stream().filter(c -> c.outcome() == Outcome.FAILED)
                    .map(c -> "#" + c.index() + " " + c.op() + " (" + c.comment() + "): " + c.detail())
                    .collect(Collectors.toList());
            assertEquals(List.of(), failures, f.name());
            for (CaseResult c : report.cases()) {
                cases++;
                // Nothing is skipped: every op of FORMAT.md and both Wycheproof files are supported.
                assertEquals(Outcome.PASSED, c.outcome(), f.name() + " #" + c.index() + " " + c.op() + ": " + c.detail());
            }
        }
        assertTrue(cases > 600, "cases run: " + cases);
    }

    @Test
    void theBundleHasEveryKnownFile() throws IOException {
        Set<String> names = BundledVectors.all().stream().map(BundledVectors.VectorFile::name).collect(Collectors.toSet());
        for (String expected : List.of("primitives.json", "schnorr.json", "ons.json", "ons-mainnet.json", "ons_extra.json",
                "wycheproof/ed25519_test.json", "wycheproof/xchacha20_poly1305_test.json")) {
            assertTrue(names.contains(expected), expected + " in " + names);
        }
        assertFalse(names.stream().anyMatch(n -> !n.endsWith(".json")));
    }
}
