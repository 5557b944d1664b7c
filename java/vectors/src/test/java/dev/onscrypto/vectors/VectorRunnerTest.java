package dev.onscrypto.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;

/** The runner itself must be able to fail and skip: a verifier that always passes proves nothing. */
class VectorRunnerTest {
    private final VectorRunner runner = new VectorRunner(Primitives.of(BackendKind.JAVA));

    private List<CaseResult> run(String json) throws IOException {
        return runner.run("test.json", json.getBytes(StandardCharsets.UTF_8)).cases();
    }

    @Test
    void wrongExpectedOutputFails() throws IOException {
        List<CaseResult> r = run("""
                {"vectors":[{"op":"keccak256","msg":"","out":"00"},
                            {"op":"keccak256","msg":"","out":"c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"}]}""");
        assertEquals(Outcome.FAILED, r.get(0).outcome());
        assertEquals(Outcome.PASSED, r.get(1).outcome());
    }

    @Test
    void acceptingAnInvalidCaseFails() throws IOException {
        List<CaseResult> r = run("""
                {"vectors":[{"op":"blake2b","msg":"","outlen":32,"valid":false},
                            {"op":"blake2b","msg":"","outlen":65,"valid":false}]}""");
        assertEquals(Outcome.FAILED, r.get(0).outcome(), "a 32-byte hash of '' is fine: must not pass as invalid");
        assertEquals(Outcome.PASSED, r.get(1).outcome(), "outlen 65 is rejected");
    }

    @Test
    void unknownOpsAndMissingInputsAreSkippedNotPassed() throws IOException {
        List<CaseResult> r = run("""
                {"vectors":[{"op":"frobnicate"},{"op":"keccak256","out":"00"}]}""");
        assertEquals(Outcome.SKIPPED, r.get(0).outcome());
        assertEquals(Outcome.SKIPPED, r.get(1).outcome());
    }

    @Test
    void notAVectorFileIsAnError() {
        assertThrows(IOException.class, () -> run("{\"something\": 1}"));
        assertThrows(IOException.class, () -> run("[1,2]"));
    }

    @Test
    void commandPrintsTotalsAndExitCodes(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.json");
        Files.writeString(good, """
                {"vectors":[{"op":"keccak256","msg":"","out":"c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"}]}""");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"vectors":[{"op":"keccak256","msg":"","out":"00","comment":"wrong on purpose"}]}""");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        VerifyCommand cmd = new VerifyCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, cmd.run("vectors", "verify", "--backend", "java", good.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("TOTAL: 1 passed, 0 failed, 0 skipped\n"), out.toString());
        out.reset();
        assertEquals(1, cmd.run("--backend", "java", good.toString(), bad.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("FAILED #0 keccak256 (wrong on purpose)"), text);
        assertTrue(text.endsWith("TOTAL: 1 passed, 1 failed, 0 skipped\n"), text);
        assertEquals(2, cmd.run("--backend", "sideways"));
        assertEquals(2, cmd.run("--backend", "java", dir.resolve("missing.json").toString()));
    }

    private record Result(int code, String out, String err) {}

    private static Result verify(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new VerifyCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final String GOOD_CASE =
            "{\"op\":\"keccak256\",\"msg\":\"\",\"out\":\"c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470\"}";

    @Test
    void malformedJsonIsOneLineNamingTheFile(@TempDir Path dir) throws IOException {
        // The last: zero bytes make Jackson read UTF-32 and fail on a code point (a fuzzing find).
        for (String text : new String[] {"{\"vectors\": [", "{\"vectors\": []} trailing", "ed25519=00ff", "", "\uFEFF{",
                "_" + "\0".repeat(22) + "]"}) {
            Path bad = dir.resolve("broken.json");
            Files.writeString(bad, text);
            Result r = verify("--backend", "java", bad.toString());
            assertEquals(2, r.code(), text);
            assertEquals(1, r.err().lines().filter(l -> !l.startsWith("Usage:")).count(), r.err());
            assertTrue(r.err().startsWith("error: broken.json: not "), r.err());
            assertFalse(r.err().contains("Source:") || r.err().contains("00ff"), "no parser dump, no file text: " + r.err());
        }
        Files.writeString(dir.resolve("cut.json"), "{\"vectors\": [\n  " + GOOD_CASE + ",\n  {\"op\": ");
        Result r = verify("--backend", "java", dir.resolve("cut.json").toString());
        assertTrue(r.err().startsWith("error: cut.json: not valid JSON at line 3, column "), r.err());
        Result json = verify("--backend", "java", "--json", dir.resolve("cut.json").toString());
        assertEquals(2, json.code());
        assertTrue(json.out().contains("\"exit_code\" : 2") && json.out().contains("cut.json: not valid JSON"), json.out());
    }

    @Test
    void aFileWithoutCasesFails(@TempDir Path dir) throws IOException {
        Path empty = dir.resolve("empty.json");
        Path good = dir.resolve("good.json");
        Path wycheproof = dir.resolve("wp.json");
        Files.writeString(empty, "{\"vectors\": []}");
        Files.writeString(good, "{\"vectors\": [" + GOOD_CASE + "]}");
        Files.writeString(wycheproof, "{\"algorithm\": \"EDDSA\", \"testGroups\": [{\"tests\": []}]}");
        assertEquals(0, verify("--backend", "java", good.toString()).code());
        for (Path p : List.of(empty, wycheproof)) {
            Result r = verify("--backend", "java", good.toString(), p.toString());
            assertEquals(1, r.code(), r.out() + r.err());
            assertTrue(r.out().endsWith("TOTAL: 1 passed, 0 failed, 0 skipped\n"), r.out());
            assertEquals("error: " + p.getFileName() + " (java) holds no test case: nothing was verified\n", r.err());
            assertEquals(1, verify("--backend", "java", "--allow-skipped", p.toString()).code(), "not a skip");
        }
    }

    @Test
    void skippedCasesExitOneUnlessAllowed(@TempDir Path dir) throws IOException {
        Path some = dir.resolve("some.json");
        Files.writeString(some, "{\"vectors\": [" + GOOD_CASE + ", {\"op\": \"frobnicate\"}]}");
        Result r = verify("--backend", "java", some.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().endsWith("TOTAL: 1 passed, 0 failed, 1 skipped\n"), r.out());
        assertEquals("error: 1 case was skipped (not verified); exit 1 unless --allow-skipped\n", r.err());
        Result allowed = verify("--backend", "java", "--allow-skipped", some.toString());
        assertEquals(0, allowed.code(), allowed.err());
        assertEquals("", allowed.err());
        Result json = verify("--backend", "java", "--json", some.toString());
        assertEquals(1, json.code());
        assertTrue(json.out().contains("\"skipped\" : 1"), json.out());
    }
}
