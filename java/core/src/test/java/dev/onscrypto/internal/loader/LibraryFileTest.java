package dev.onscrypto.internal.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks made before {@code dlopen}, on a real library of this machine (the JDK's own libjava.so)
 * and on damaged copies of it.
 */
class LibraryFileTest {
    private static final Path LIBJAVA = Path.of(System.getProperty("java.home"), "lib", "libjava.so");

    @TempDir
    Path tmp;

    @Test
    void aLibraryForThisMachinePasses() {
        assertNull(LibraryFile.problem(LIBJAVA));
    }

    @Test
    void aMissingFileIsNamedSo() {
        assertEquals("no such file", LibraryFile.problem(tmp.resolve("absent.so")));
        assertEquals("not a regular file", LibraryFile.problem(tmp));
    }

    @Test
    void aTextFileIsNotELF() throws IOException {
        Path text = Files.writeString(tmp.resolve("lib.so"), "#!/bin/sh\necho hello\n", StandardCharsets.US_ASCII);
        assertEquals("not an ELF shared library", LibraryFile.problem(text));
    }

    @Test
    void aTruncatedLibraryIsRefusedBeforeDlopenCanCrashTheJvm() throws IOException {
        byte[] whole = Files.readAllBytes(LIBJAVA);
        Path half = Files.write(tmp.resolve("half.so"), Arrays.copyOf(whole, whole.length / 2));
        String problem = LibraryFile.problem(half);
        assertTrue(problem != null && problem.startsWith("truncated: " + whole.length / 2 + " bytes"), problem);
        Path headerOnly = Files.write(tmp.resolve("header.so"), Arrays.copyOf(whole, 64));
        String headerProblem = LibraryFile.problem(headerOnly);
        assertTrue(headerProblem != null && headerProblem.startsWith("truncated"), headerProblem);
    }

    @Test
    void aLibraryForAnotherMachineIsNamedSo() throws IOException {
        byte[] bytes = Files.readAllBytes(LIBJAVA);
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int machine = Short.toUnsignedInt(header.getShort(18));
        int other = machine == 62 ? 183 : 62; // x86-64 <-> aarch64
        header.putShort(18, (short) other);
        Path foreign = Files.write(tmp.resolve("foreign.so"), bytes);
        String problem = LibraryFile.problem(foreign);
        assertTrue(problem != null && problem.startsWith("built for ELF machine " + other), problem);
    }

    @Test
    void a32BitLibraryIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(LIBJAVA);
        bytes[4] = 1; // ELFCLASS32
        Path narrow = Files.write(tmp.resolve("narrow.so"), bytes);
        assertEquals("not a 64-bit little-endian ELF library", LibraryFile.problem(narrow));
    }
}
