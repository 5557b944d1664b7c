package dev.onscrypto.vectors;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The vector files shipped inside this module (resources under {@code vectors/}), found by listing
 * the folder rather than by a fixed list, so new files are picked up without code changes.
 */
public final class BundledVectors {
    /** Folder of the bundled files inside the jar or the classes directory. */
    public static final String FOLDER = "vectors";

    private BundledVectors() {}

    /** A bundled file: its path relative to the folder (e.g. {@code wycheproof/ed25519_test.json}) and content. */
    public record VectorFile(String name, byte[] content) {}

    /** Every {@code *.json} under the bundled folder, sorted by name. */
    public static List<VectorFile> all() throws IOException {
        Path location = codeLocation();
        if (Files.isDirectory(location)) {
            return list(location.resolve(FOLDER));
        }
        try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
            return list(jar.getPath("/" + FOLDER));
        }
    }

    private static List<VectorFile> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("bundled vector folder missing: " + folder);
        }
        List<VectorFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String name = folder.relativize(p).toString().replace('\\', '/');
                files.add(new VectorFile(name, Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static Path codeLocation() throws IOException {
        try {
            URI uri = BundledVectors.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            return Path.of(uri);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("cannot locate the bundled vectors", e);
        }
    }
}
