package dev.onscrypto.internal.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The effective user id of this process, read from {@code /proc/self/status}. Comparing names
 * ({@code user.name} against a file owner's name) fails in containers that run under a uid with no
 * passwd entry, so ownership checks compare numbers.
 */
final class ProcessUser {
    private static int uid = -1;

    private ProcessUser() {}

    static synchronized int uid() throws IOException {
        if (uid < 0) {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    String[] ids = line.substring(4).trim().split("\\s+"); // real, effective, saved, fs
                    try {
                        uid = Integer.parseInt(ids[1]);
                        return uid;
                    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                        throw new IOException("unexpected /proc/self/status line: " + line, e);
                    }
                }
            }
            throw new IOException("no Uid line in /proc/self/status");
        }
        return uid;
    }
}
