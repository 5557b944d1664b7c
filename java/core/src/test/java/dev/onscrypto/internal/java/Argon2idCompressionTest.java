package dev.onscrypto.internal.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The committed Argon2idCompression.java is exactly what its generator prints (nobody edited it by hand). */
class Argon2idCompressionTest {

    @Test
    void theGeneratedFileIsTheGeneratorsOutput() throws Exception {
        Path module = Path.of(System.getProperty("basedir", "."));
        if (!Files.isDirectory(module.resolve("tools"))) {
            module = Path.of("java", "core"); // run from the repository root
        }
        Path generator = module.resolve("tools/GenArgon2idCompression.java");
        Path committed = module.resolve("src/main/java/dev/onscrypto/internal/java/Argon2idCompression.java");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                generator.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "the generator failed");
        assertEquals(Files.readString(committed, StandardCharsets.UTF_8), printed,
                "regenerate: cd java/core && java tools/GenArgon2idCompression.java > " + module.relativize(committed));
    }
}
