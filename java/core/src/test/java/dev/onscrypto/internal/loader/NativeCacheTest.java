package dev.onscrypto.internal.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extraction cache refuses directories that are not ours alone, and never shows a half-written file. */
class NativeCacheTest {
    private static final byte[] CONTENT = "not really a library, but bytes to extract".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path tmp;

    @Test
    void storesUnderTheContentHashWithPrivateModes() throws IOException {
        Path root = tmp.resolve("cache");
        Path file = NativeCache.store(root, "libx.so", CONTENT);
        assertEquals(root.resolve(NativeCache.sha256Hex(CONTENT)).resolve("libx.so"), file);
        assertArrayEquals(CONTENT, Files.readAllBytes(file));
        assertEquals("r-x------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)));
        assertEquals(file, NativeCache.store(root, "libx.so", CONTENT)); // reused
    }

    @Test
    void replacesADamagedCopy() throws IOException {
        Path root = tmp.resolve("cache");
        Path file = NativeCache.store(root, "libx.so", CONTENT);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Files.write(file, "damaged".getBytes(StandardCharsets.US_ASCII));
        assertEquals(file, NativeCache.store(root, "libx.so", CONTENT));
        assertArrayEquals(CONTENT, Files.readAllBytes(file));
    }

    @Test
    void refusesASymlinkedRoot() throws IOException {
        Path real = Files.createDirectory(tmp.resolve("real"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        IOException e = assertThrows(IOException.class, () -> NativeCache.store(link, "libx.so", CONTENT));
        assertTrue(e.getMessage().contains("not a directory (a symbolic link or a file)"), e.getMessage());
        try (Stream<Path> files = Files.list(real)) {
            assertEquals(0, files.count(), "nothing written through the link");
        }
    }

    @Test
    void refusesAGroupWritableRoot() throws IOException {
        Path root = Files.createDirectory(tmp.resolve("shared"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwx---"));
        IOException e = assertThrows(IOException.class, () -> NativeCache.store(root, "libx.so", CONTENT));
        assertTrue(e.getMessage().contains("writable by other users (rwxrwx---)"), e.getMessage());
    }

    @Test
    void refusesARootOwnedBySomeoneElse() throws IOException {
        Path root;
        if (ProcessUser.uid() == 0) {
            // As root, make a directory that belongs to another user (65534: nobody).
            root = Files.createDirectory(tmp.resolve("theirs"));
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
            Files.setAttribute(root, "unix:uid", 65534);
        } else {
            root = Path.of("/"); // root's, never ours
        }
        Path foreign = root;
        IOException e = assertThrows(IOException.class, () -> NativeCache.store(foreign, "libx.so", CONTENT));
        assertTrue(e.getMessage().contains("belongs to user id"), e.getMessage());
    }

    @Test
    void concurrentExtractionsAgreeAndLeaveNoPartialFiles() throws Exception {
        Path root = tmp.resolve("cache");
        byte[] content = new byte[1 << 20];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31 + 7);
        }
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Path>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return NativeCache.store(root, "libx.so", content);
                }));
            }
            start.countDown();
            Path first = results.get(0).get();
            for (Future<Path> result : results) {
                assertEquals(first, result.get());
            }
            assertArrayEquals(content, Files.readAllBytes(first));
            try (Stream<Path> files = Files.list(first.getParent())) {
                assertEquals(List.of(first), files.toList(), "no .part file left behind");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
