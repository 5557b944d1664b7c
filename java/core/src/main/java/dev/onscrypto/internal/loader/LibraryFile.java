package dev.onscrypto.internal.loader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Explains why a file cannot be a loadable shared library here, before {@code dlopen} is tried.
 * The JDK reports every {@code dlopen} failure as just "Cannot open library" (and for some non-library
 * files the VM prints a stack-guard warning), so the common causes are checked in Java first: a
 * missing or unreadable file, a file that is not ELF, one built for another machine — and a truncated
 * one, which is worse than unhelpful: the dynamic linker maps its segments past the end of the file and
 * the JVM dies of SIGBUS. (Our own extraction never leaves a truncated file; a user's path might.)
 */
final class LibraryFile {
    private static final int ELF64_HEADER_BYTES = 64;
    private static final int ELFCLASS64 = 2;
    private static final int ELFDATA2LSB = 1;
    private static final int PT_LOAD = 1;
    private static final int MAX_PROGRAM_HEADERS = 256;

    private LibraryFile() {}

    /** Why {@code file} cannot be loaded, or {@code null} if it looks like a library for this machine. */
    static String problem(Path file) {
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (!Files.isRegularFile(file)) {
            return "not a regular file";
        }
        if (!Files.isReadable(file)) {
            return "not readable by this user";
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return problem(channel);
        } catch (IOException e) {
            return "cannot be read: " + e;
        }
    }

    private static String problem(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer header = read(channel, 0, ELF64_HEADER_BYTES);
        if (header == null || header.get(0) != 0x7f || header.get(1) != 'E' || header.get(2) != 'L'
                || header.get(3) != 'F') {
            return "not an ELF shared library";
        }
        Platform platform = Platform.current();
        if (platform == null) {
            return null; // no expectations to check against; let dlopen decide
        }
        if (header.get(4) != ELFCLASS64 || header.get(5) != ELFDATA2LSB) {
            return "not a 64-bit little-endian ELF library";
        }
        int machine = Short.toUnsignedInt(header.getShort(18));
        if (machine != platform.elfMachine()) {
            return "built for ELF machine " + machine + ", but this JVM runs on " + platform.folder()
                    + " (machine " + platform.elfMachine() + ")";
        }
        long tableOffset = header.getLong(32);               // e_phoff
        int entrySize = Short.toUnsignedInt(header.getShort(54)); // e_phentsize
        int entries = Short.toUnsignedInt(header.getShort(56));   // e_phnum
        if (entries == 0 || entries > MAX_PROGRAM_HEADERS || entrySize < 56) {
            return "has no usable program headers (not a shared library?)";
        }
        ByteBuffer table = read(channel, tableOffset, (long) entries * entrySize);
        if (table == null) {
            return "truncated: " + size + " bytes, too short for its program headers";
        }
        for (int i = 0; i < entries; i++) {
            int at = i * entrySize;
            if (table.getInt(at) == PT_LOAD) {
                long end = table.getLong(at + 8) + table.getLong(at + 32); // p_offset + p_filesz
                if (end < 0 || end > size) {
                    return "truncated: " + size + " bytes, but a segment ends at byte " + end;
                }
            }
        }
        return null;
    }

    /** {@code length} bytes at {@code offset}, little-endian, or {@code null} if the file is shorter. */
    private static ByteBuffer read(FileChannel channel, long offset, long length) throws IOException {
        if (offset < 0 || length > Integer.MAX_VALUE || offset + length > channel.size()) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer.flip();
    }
}
