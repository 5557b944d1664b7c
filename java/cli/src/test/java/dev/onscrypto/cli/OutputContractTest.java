package dev.onscrypto.cli;

import static dev.onscrypto.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What scripts and newcomers rely on: JSON verdicts, the backend's description, the vectors exit codes. */
class OutputContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonSaysValidFalseWhereTheTextSaysInvalid() throws IOException {
        String address = CommandsTest.ADDRESS;
        String badChecksum = address.substring(0, address.length() - 1) + (address.endsWith("Q") ? "R" : "Q");
        for (List<String> args : List.of(
                List.of("name", "bad-"),
                List.of("name", "snode.loki"),
                List.of("value", "--type", "session", "05zz"),
                List.of("address", badChecksum),
                List.of("owner", "nothex"))) {
            CliRun text = run(args.toArray(String[]::new));
            assertEquals(1, text.code(), args + ": " + text.err());
            assertTrue(text.err().startsWith("error: invalid "), args + ": " + text.err());

            String[] withJson = java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of("--json"))
                    .toArray(String[]::new);
            CliRun json = run(withJson);
            assertEquals(1, json.code(), args.toString());
            JsonNode node = JSON.readTree(json.out());
            assertTrue(node.path("valid").isBoolean() && !node.path("valid").booleanValue(), args + ": " + json.out());
            assertEquals(1, node.path("exit_code").intValue());
            assertTrue(node.path("error").asText().startsWith("invalid "), json.out());
        }
        // A valid name says true under the same key; a usage error is not a verdict.
        assertTrue(JSON.readTree(run("name", "jagerman", "--json").out()).path("valid").booleanValue());
        CliRun usage = run("name", "x", "--type", "email", "--json");
        assertEquals(2, usage.code());
        assertFalse(JSON.readTree(usage.out()).has("valid"), usage.out());
        // Not an "invalid" verdict either: a record that does not decrypt.
        CliRun tampered = run("decrypt", "--type", "session", "--name", "jagermax", "--nonce",
                CommandsTest.JAGERMAN_NONCE, CommandsTest.JAGERMAN_ENC, "--json");
        assertEquals(1, tampered.code());
        assertFalse(JSON.readTree(tampered.out()).has("valid"), tampered.out());
    }

    @Test
    void javaBackendNamesTheBouncyCastleVersion() {
        CliRun r = run("backend", "--backend", "java");
        assertEquals(0, r.code(), r.err());
        String description = r.field("description");
        assertTrue(description.matches("java \\(Bouncy Castle \\d+\\.\\d+(\\.\\d+)*\\)"), description);
    }

    @Test
    void vectorsVerifyExitCodesForSkippedEmptyAndMalformedFiles(@TempDir Path dir) throws IOException {
        Path skipped = dir.resolve("skipped.json");
        Files.writeString(skipped, "{\"vectors\":[{\"op\":\"frobnicate\"}]}");
        CliRun r = run("vectors", "verify", "--backend", "java", skipped.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().endsWith("TOTAL: 0 passed, 0 failed, 1 skipped\n"), r.out());
        assertEquals(0, run("vectors", "verify", "--backend", "java", "--allow-skipped", skipped.toString()).code());

        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "{\"vectors\":[]}");
        assertEquals(1, run("vectors", "verify", "--backend", "java", empty.toString()).code());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"vectors\":[{\"op\":");
        CliRun b = run("vectors", "verify", "--backend", "java", broken.toString());
        assertEquals(2, b.code());
        assertTrue(b.err().startsWith("error: broken.json: not valid JSON at line 1, column "), b.err());
        assertEquals(1, b.err().lines().filter(l -> l.startsWith("error:")).count(), b.err());
    }
}
