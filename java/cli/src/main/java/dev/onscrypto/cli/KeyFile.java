package dev.onscrypto.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import dev.onscrypto.ons.UpdateSigningKey;

/**
 * The signing key file: text, one {@code name=hex} per line, whitespace and blank lines ignored;
 * {@code ed25519=<seed>}, or {@code spend=<secret>} and optionally {@code view=<secret>} (needed for a
 * subaddress). Every error is exit 2 and names only the line number, never the content: a
 * mistyped line may well be a secret.
 */
final class KeyFile {
    private KeyFile() {
    }

    /** Reads {@code source} ({@code -} for {@code stdin}) and builds the key; {@code subaddress} may be null. */
    static UpdateSigningKey read(String source, InputStream stdin, int[] subaddress) {
        byte[] raw;
        try {
            raw = source.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(source));
        } catch (NoSuchFileException e) {
            throw bad("key file not found: " + source);
        } catch (IOException e) {
            throw bad("cannot read key file " + source + " (" + e.getClass().getSimpleName() + ")");
        }
        Map<String, byte[]> keys = new HashMap<>();
        try {
            parse(new String(raw, StandardCharsets.UTF_8), keys);
            Arrays.fill(raw, (byte) 0);
            return build(keys, subaddress);
        } finally {
            keys.values().forEach(k -> Arrays.fill(k, (byte) 0));
        }
    }

    private static void parse(String text, Map<String, byte[]> keys) {
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("\\s+", "");
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            String where = "key file line " + (i + 1) + ": ";
            if (eq < 0) {
                throw bad(where + "expected name=hex");
            }
            String name = line.substring(0, eq);
            if (!name.equals("ed25519") && !name.equals("spend") && !name.equals("view")) {
                throw bad(where + "unknown key name (expected ed25519, spend or view)");
            }
            if (keys.containsKey(name)) {
                throw bad(where + "'" + name + "' given twice");
            }
            String hex = line.substring(eq + 1);
            if (hex.length() != 64) {
                throw bad(where + "'" + name + "' must be 64 hex characters, got " + hex.length());
            }
            try {
                keys.put(name, HexFormat.of().parseHex(hex));
            } catch (IllegalArgumentException e) {
                throw bad(where + "'" + name + "' is not valid hex");
            }
        }
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
