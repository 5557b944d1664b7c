package dev.onscrypto.internal.loader;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A per-user cache of extracted native libraries: {@code <root>/<sha-256 of the content>/<file name>}.
 * The content hash in the path lets several versions of the jar coexist and lets a JVM reuse what
 * another one extracted. A file is written under a temporary name and renamed into place atomically,
 * so concurrent JVMs never see (or load) a half-written library.
 *
 * <p>The library is code we are about to map executable, so its directories must be ours alone: owned
 * by this process's user, not writable by group or others, and not symbolic links (a shared
 * {@code /tmp} is the attacker's playground). A root that fails this is refused, not repaired.
 */
final class NativeCache {
    private static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> LIBRARY_FILE = PosixFilePermissions.fromString("r-x------");

    private NativeCache() {}

    /** Roots to try, best first: {@code ~/.cache/ons-crypto}, then a per-user folder in {@code java.io.tmpdir}. */
    static List<Path> roots() {
        List<Path> roots = new ArrayList<>(2);
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && !home.equals("?")) {
            roots.add(Path.of(home, ".cache", "ons-crypto"));
        }
        String tmp = System.getProperty("java.io.tmpdir");
        if (tmp != null && !tmp.isBlank()) {
            // The user name keeps users apart; the ownership check is what makes it safe.
            String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
            roots.add(Path.of(tmp, "ons-crypto-" + user));
        }
        return roots;
    }

    /** Lower-case hex SHA-256 of {@code content}. */
    static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * A file under {@code root} holding exactly {@code content}: an existing one if its hash matches,
     * otherwise a freshly written one.
     */
    static Path store(Path root, String fileName, byte[] content) throws IOException {
        String hash = sha256Hex(content);
        Path dir = root.resolve(hash);
        privateDirectory(root);
        privateDirectory(dir);
        Path target = dir.resolve(fileName);
        if (Files.isRegularFile(target, NOFOLLOW_LINKS) && sha256Hex(Files.readAllBytes(target)).equals(hash)) {
            return target;
        }
        Path part = Files.createTempFile(dir, fileName + ".", ".part"); // mode 0600, unique name
        try {
            Files.write(part, content);
            Files.setPosixFilePermissions(part, LIBRARY_FILE);
            // rename(2): atomic, and replaces a damaged target left by an earlier crash.
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename atomically within " + dir, e);
        } finally {
            Files.deleteIfExists(part);
        }
        return target;
    }

    /** Creates {@code dir} (mode 0700) if needed, then insists it is a private directory of ours. */
    private static void privateDirectory(Path dir) throws IOException {
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PRIVATE_DIR));
        } catch (FileAlreadyExistsException e) {
            // a file or dangling link of that name; reported below
        }
        PosixFileAttributes attributes = Files.readAttributes(dir, PosixFileAttributes.class, NOFOLLOW_LINKS);
        if (!attributes.isDirectory()) {
            throw new IOException(dir + " is not a directory (a symbolic link or a file)");
        }
        int owner = (Integer) Files.getAttribute(dir, "unix:uid", NOFOLLOW_LINKS);
        if (owner != ProcessUser.uid()) {
            throw new IOException(dir + " belongs to user id " + owner + ", not to this process's " + ProcessUser.uid());
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new IOException(dir + " is writable by other users (" + PosixFilePermissions.toString(permissions) + ")");
        }
    }
}
