package dev.onscrypto.internal.ffm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.onscrypto.testing.BothBackends;
import dev.onscrypto.internal.loader.BundledLibraries;

/**
 * The bindings are generated from one table (tools/native-functions.txt) by tools/GenNativeBindings.java: the
 * committed files are its exact output, the table lists exactly what the header exports, and the library we
 * build exports exactly what the table lists.
 */
class NativeBindingsTest {
    private static final String REGENERATE = "regenerate: cd java/core && java tools/GenNativeBindings.java";
    private static final List<String> GENERATED =
            List.of("OnsFunction.java", "OnsNative.java", "Sodium.java", "SodiumFunction.java");

    @TempDir
    Path scratch;

    private record Run(int exit, String stderr) {}

    private static Path module() {
        Path module = Path.of(System.getProperty("basedir", "."));
        return Files.isDirectory(module.resolve("tools")) ? module : Path.of("java", "core"); // from the root
    }

    /** Runs the generator from java/core, writing into {@code out}. */
    private static Run generate(Path out, String... options) throws IOException, InterruptedException {
        List<String> command = Stream.concat(Stream.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "tools/GenNativeBindings.java", "--out", out.toString()), Arrays.stream(options)).toList();
        Process process = new ProcessBuilder(command).directory(module().toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), stderr);
    }

    @Test
    void theCommittedBindingsAreTheGeneratorsOutput() throws Exception {
        Run run = generate(scratch);
        assertEquals(0, run.exit(), "the generator failed: " + run.stderr());
        try (Stream<Path> written = Files.list(scratch)) {
            assertEquals(GENERATED, written.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Path committed = module().resolve("src/main/java/dev/onscrypto/internal/ffm");
        for (String file : GENERATED) {
            assertEquals(Files.readString(committed.resolve(file), StandardCharsets.UTF_8),
                    Files.readString(scratch.resolve(file), StandardCharsets.UTF_8), file + " is stale; " + REGENERATE);
        }
    }

    @Test
    void aHeaderExportMissingFromTheTableStopsTheGenerator() throws Exception {
        Path header = scratch.resolve("onscrypto.h");
        Files.writeString(header, Files.readString(module().resolve("../../native/include/onscrypto.h"))
                + "\nONS_EXPORT int ons_not_in_the_table(const unsigned char p[32]);\n");
        Path out = Files.createDirectory(scratch.resolve("out"));
        Run run = generate(out, "--header", header.toString());
        assertEquals(1, run.exit(), run.stderr());
        assertTrue(run.stderr().contains("ons_not_in_the_table"), run.stderr());
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(0, written.count(), "nothing is written when the inputs are refused");
        }
    }

    @Test
    void aTableFunctionTheHeaderDoesNotExportStopsTheGenerator() throws Exception {
        Path table = scratch.resolve("native-functions.txt");
        Files.writeString(table, Files.readString(module().resolve("tools/native-functions.txt"))
                + "ons | critical | ons_not_in_the_header | a test\n");
        Path out = Files.createDirectory(scratch.resolve("out"));
        Run run = generate(out, "--table", table.toString());
        assertEquals(1, run.exit(), run.stderr());
        assertTrue(run.stderr().contains("ons_not_in_the_header"), run.stderr());
    }

    @Test
    void aCTypeWithoutAMappingStopsTheGenerator() throws Exception {
        Path table = scratch.resolve("native-functions.txt");
        Files.writeString(table, Files.readString(module().resolve("tools/native-functions.txt"))
                + "sodium | critical | int crypto_float(float x) | a test\n");
        Path out = Files.createDirectory(scratch.resolve("out"));
        Run run = generate(out, "--table", table.toString());
        assertNotEquals(0, run.exit());
        assertTrue(run.stderr().contains("'float'"), run.stderr());
    }

    /**
     * Read from the built file's dynamic symbol table with nm, independently of the loader: our library exports
     * exactly the table's ons_* functions, plus the table's libsodium functions when libsodium is linked in.
     */
    @Test
    void theBuiltLibraryExportsExactlyTheTable() throws Exception {
        String resource = BundledLibraries.runningPlatformResource();
        URL url = resource == null ? null : NativeBindingsTest.class.getResource(resource);
        if (BothBackends.nativeRequired()) {
            assertNotNull(url, "native required, but no library is bundled for " + BundledLibraries.runningPlatform());
        }
        Assumptions.assumeTrue(url != null && url.getProtocol().equals("file"), "our native library is not built here");
        Process nm;
        try {
            nm = new ProcessBuilder("nm", "-D", "--defined-only", Path.of(url.toURI()).toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            if (BothBackends.nativeRequired()) {
                throw e; // gcc's binutils are there wherever native is built
            }
            Assumptions.abort("nm is not installed: " + e.getMessage());
            return;
        }
        Set<String> exported = new TreeSet<>();
        for (String line : new String(nm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length == 3 && !columns[2].startsWith("_")) {
                exported.add(columns[2]);
            }
        }
        assertEquals(0, nm.waitFor(), "nm failed");
        Set<String> expected = new TreeSet<>(OnsFunction.symbols());
        if (exported.contains("sodium_init")) { // built with libsodium linked in (native/Makefile SODIUM_A)
            expected.addAll(SodiumFunction.symbols());
        }
        assertEquals(expected, exported);
    }
}
