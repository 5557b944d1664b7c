package dev.onscrypto.ons;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link ChildProbe} in a fresh JVM (class path: our classes, test classes and Bouncy Castle), for
 * what one test JVM cannot show: a setting read once per JVM, a small heap, a limited address space.
 */
public final class ChildJvm {
    private ChildJvm() {}

    public record Result(int exitCode, String out) {
        /** The probe's {@code RESULT} lines, in order. */
        public List<String> results() {
            return out.lines().filter(l -> l.startsWith("RESULT ")).map(l -> l.substring(7)).toList();
        }
    }

    /**
     * @param shellPrefix e.g. {@code "ulimit -v 1500000"}, run by {@code sh} before the JVM, or null
     * @param jvmOptions options before the main class
     * @param probeArgs the probe's arguments
     */
    static Result run(String shellPrefix, List<String> jvmOptions, String... probeArgs) throws IOException, InterruptedException {
        return run(shellPrefix, jvmOptions, ChildProbe.class, probeArgs);
    }

    /** As above, with another main class from the test classes. */
    public static Result run(String shellPrefix, List<String> jvmOptions, Class<?> main, String... probeArgs)
            throws IOException, InterruptedException {
        Path base = Path.of(System.getProperty("basedir", "."));
        String classPath = String.join(File.pathSeparator, base.resolve("target/classes").toString(),
                base.resolve("target/test-classes").toString(), location(org.bouncycastle.crypto.Digest.class));
        List<String> command = new ArrayList<>();
        if (shellPrefix != null) {
            command.addAll(List.of("sh", "-c", shellPrefix + " && exec \"$@\"", "sh"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, main.getName()));
        command.addAll(List.of(probeArgs));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child JVM timed out: " + command);
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
