package dev.onscrypto.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import dev.onscrypto.ons.UpdateSigningKey;

/**
 * The signing key file: text, one {@code name=hex} per line, whitespace and blank lines ignored, a
 * UTF-8 byte order mark at the start allowed; {@code ed25519=<seed>}, or {@code spend=<secret>} and
 * optionally {@code view=<secret>} (needed for a subaddress). At most 64 KiB.
 *
 * <p>The file is parsed from its bytes, never turned into {@code String}s (which cannot be wiped), and
 * the bytes are wiped on every path, success or error. Every error is exit 2 and names only the line
 * number, never the content: a mistyped line may well be a secret.
 */
final class KeyFile {
    /** Far more than any key file needs; bounds what {@code --key-file /dev/zero} can cost. */
    static final int MAX_BYTES = 64 * 1024;
    private static final byte[][] NAMES = {ascii("ed25519"), ascii("spend"), ascii("view")};

    private KeyFile() {
    }

    /** Reads {@code source} ({@code -} for {@code stdin}) and builds the key; {@code subaddress} may be null. */
    static UpdateSigningKey read(String source, InputStream stdin, int[] subaddress) {
        byte[] buffer = new byte[MAX_BYTES + 1];
        int length;
        try (InputStream file = source.equals("-") ? null : Files.newInputStream(Path.of(source))) {
            length = fill(file == null ? stdin : file, buffer);
        } catch (NoSuchFileException | InvalidPathException e) {
            Arrays.fill(buffer, (byte) 0);
            throw bad("key file not found: " + source);
        } catch (IOException e) {
            Arrays.fill(buffer, (byte) 0);
            throw bad("cannot read key file " + source + " (" + e.getClass().getSimpleName() + ")");
        }
        if (length > MAX_BYTES) {
            Arrays.fill(buffer, (byte) 0);
            throw bad("key file is larger than " + MAX_BYTES / 1024 + " KiB");
        }
        return fromBytes(buffer, length, subaddress);
    }

    /** Reads into {@code buffer} (no intermediate copies) until it is full or the stream ends. */
    private static int fill(InputStream in, byte[] buffer) throws IOException {
        int n = 0;
        int r;
        while (n < buffer.length && (r = in.read(buffer, n, buffer.length - n)) >= 0) {
            n += r;
        }
        return n;
    }

    /** Parses {@code raw[0, length)} and builds the key; wipes {@code raw} and every decoded secret, whatever happens. */
    static UpdateSigningKey fromBytes(byte[] raw, int length, int[] subaddress) {
        Map<String, byte[]> keys = new HashMap<>();
        try {
            parse(raw, length, keys);
            return build(keys, subaddress);
        } finally {
            Arrays.fill(raw, (byte) 0);
            keys.values().forEach(k -> Arrays.fill(k, (byte) 0));
        }
    }

    private static void parse(byte[] raw, int length, Map<String, byte[]> keys) {
        int pos = length >= 3 && (raw[0] & 0xff) == 0xef && (raw[1] & 0xff) == 0xbb && (raw[2] & 0xff) == 0xbf ? 3 : 0;
        int line = 1;
        while (pos <= length) {
            int end = pos;
            while (end < length && raw[end] != '\n' && raw[end] != '\r') {
                end++;
            }
            parseLine(raw, pos, end, "key file line " + line + ": ", keys);
            if (end + 1 < length && raw[end] == '\r' && raw[end + 1] == '\n') {
                end++;
            }
            pos = end + 1;
            line++;
        }
    }

    private static void parseLine(byte[] raw, int from, int to, String where, Map<String, byte[]> keys) {
        int eq = -1;
        boolean blank = true;
        for (int i = from; i < to; i++) {
            if (!isSpace(raw[i])) {
                blank = false;
                if (raw[i] == '=') {
                    eq = i;
                    break;
                }
            }
        }
        if (blank) {
            return;
        }
        if (eq < 0) {
            throw bad(where + "expected name=hex");
        }
        String name = knownName(raw, from, eq);
        if (name == null) {
            throw bad(where + "unknown key name (expected ed25519, spend or view)");
        }
        if (keys.containsKey(name)) {
            throw bad(where + "'" + name + "' given twice");
        }
        int digits = 0;
        for (int i = eq + 1; i < to; i++) {
            digits += isSpace(raw[i]) ? 0 : 1;
        }
        if (digits != 64) {
            throw bad(where + "'" + name + "' must be 64 hex characters, got " + digits);
        }
        byte[] key = new byte[32];
        keys.put(name, key); // from here on wiped by fromBytes, even if the hex turns out bad
        int nibbles = 0;
        for (int i = eq + 1; i < to; i++) {
            if (isSpace(raw[i])) {
                continue;
            }
            int v = hexValue(raw[i]);
            if (v < 0) {
                throw bad(where + "'" + name + "' is not valid hex");
            }
            key[nibbles / 2] |= (byte) (nibbles % 2 == 0 ? v << 4 : v);
            nibbles++;
        }
    }

    /** The key name in {@code raw[from, to)} (whitespace ignored) if it is one we know, else null; never echoed otherwise. */
    private static String knownName(byte[] raw, int from, int to) {
        for (byte[] known : NAMES) {
            int k = 0;
            boolean match = true;
            for (int i = from; i < to && match; i++) {
                if (isSpace(raw[i])) {
                    continue;
                }
                match = k < known.length && raw[i] == known[k++];
            }
            if (match && k == known.length) {
                return new String(known, StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    /** What {@code \s} matches: ASCII space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == 0x0b || b == '\f' || b == '\r';
    }

    private static int hexValue(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static UpdateSigningKey build(Map<String, byte[]> keys, int[] subaddress) {
        byte[] ed = keys.get("ed25519");
        byte[] spend = keys.get("spend");
        byte[] view = keys.get("view");
        if (ed != null) {
            if (spend != null || view != null) {
                throw bad("key file: give either ed25519, or spend (and view), not both");
            }
            if (subaddress != null) {
                throw bad("--subaddress applies to wallet keys, not to an ed25519 key");
            }
            return UpdateSigningKey.ed25519(ed);
        }
        if (spend == null) {
            throw bad(view == null ? "key file holds no key (expected ed25519=… or spend=…)"
                    : "key file has view but no spend secret");
        }
        if (view == null) {
            if (subaddress != null && (subaddress[0] != 0 || subaddress[1] != 0)) {
                throw bad("a subaddress key needs the view secret too (view=… in the key file)");
            }
            return UpdateSigningKey.walletPrimary(spend);
        }
        int major = subaddress == null ? 0 : subaddress[0];
        int minor = subaddress == null ? 0 : subaddress[1];
        return UpdateSigningKey.wallet(spend, view, major, minor);
    }

    private static CliException bad(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }
}
