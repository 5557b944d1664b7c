package dev.onscrypto.internal.loader;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;

/**
 * Our C library as shipped inside the jar, under {@code META-INF/native/<platform>/}. From a directory
 * on the class path (a Maven build, an IDE) it is loaded where it lies; from a jar (or a jlink image)
 * it must become a file first, since {@code dlopen} only opens files: it is extracted into the
 * {@link NativeCache}, trying each cache root until one yields a library that loads.
 *
 * <p>{@code META-INF/native} is not a package, so module encapsulation does not hide it.
 */
final class BundledLibrary {
    static final String FILE_NAME = "libonscrypto.so";

    private BundledLibrary() {}

    /** Loads the bundled library through {@code loader}, or returns {@code null} (reasons recorded there). */
    static NativeLibraryLoader.Loaded load(NativeLibraryLoader loader) {
        Platform platform = Platform.current();
        if (platform == null) {
            loader.failed("bundled library", "none is built for " + Platform.describeRunning(), null);
            return null;
        }
        String resource = resource(platform);
        String place = "resource /" + resource;
        URL url = find(resource);
        if (url == null) {
            loader.failed(place, "not on the class path or module path (built without the native library?)", null);
            return null;
        }
        if (url.getProtocol().equals("file")) {
            try {
                return loader.tryFile(Path.of(url.toURI()), place + " at " + url);
            } catch (URISyntaxException | IllegalArgumentException e) {
                loader.failed(place, "unusable file URL " + url, e);
                return null;
            }
        }
        byte[] content;
        try {
            content = read(url);
        } catch (IOException e) {
            loader.failed(place, "cannot be read from " + url + ": " + e.getMessage(), e);
            return null;
        }
        for (Path root : NativeCache.roots()) {
            Path file;
            try {
                file = NativeCache.store(root, FILE_NAME, content);
            } catch (IOException | UnsupportedOperationException e) {
                loader.failed(place + " extracted under " + root, "not usable: " + e.getMessage(), e);
                continue;
            }
            NativeLibraryLoader.Loaded loaded = loader.tryFile(file, place + " extracted to " + file);
            if (loaded != null) {
                return loaded;
            }
        }
        return null;
    }

    /** Where the library for {@code platform} lies inside the jar (no leading slash). */
    static String resource(Platform platform) {
        return "META-INF/native/" + platform.folder() + "/" + FILE_NAME;
    }

    private static URL find(String resource) {
        // Our own module first (the library ships in this jar), then the class loader: covers the
        // class path, and a future split of the native files into a jar of their own.
        URL url = BundledLibrary.class.getResource("/" + resource);
        if (url == null) {
            ClassLoader loader = BundledLibrary.class.getClassLoader();
            url = loader != null ? loader.getResource(resource) : ClassLoader.getSystemResource(resource);
        }
        return url;
    }

    private static byte[] read(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false); // else a jar: URL keeps the jar file open for the JVM's life
        try (InputStream in = connection.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
