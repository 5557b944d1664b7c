package dev.onscrypto.ons;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import dev.onscrypto.internal.Require;

/**
 * A valid, normalized ONS name of one mapping type. Normalization is ASCII lower-casing only (no
 * Unicode folding, no trimming); validation is oxen-core's {@code validate_ons_name} on the
 * lower-cased name. Everything cryptographic (name hash, record keys) uses {@link #bytes()}.
 *
 * <p>Session and wallet names share one namespace: 1–64 characters of {@code [a-z0-9_-]}, not starting
 * or ending with {@code -}. Lokinet names are one label plus {@code .loki}: the label is
 * {@code [a-z0-9-]}, starts and ends alphanumeric, has no {@code --} at positions 3–4 unless it is
 * punycode ({@code xn--}); the whole name is at most 37 characters, or 68 if it contains a hyphen (so
 * it can never look like a 52-character raw {@code .loki} address); {@code localhost.loki},
 * {@code loki.loki} and {@code snode.loki} are reserved.
 */
public final class OnsName {
    static final int SESSION_WALLET_MAX = 64;
    static final int LOKINET_MAX = 68;
    static final int LOKINET_MAX_NO_HYPHEN = 37;
    static final int LOKINET_MIN = 6;
    static final String LOKI_SUFFIX = ".loki";
    private static final Set<String> RESERVED = Set.of("localhost.loki", "loki.loki", "snode.loki");

    private final String name;
    private final MappingType type;

    private OnsName(String name, MappingType type) {
        this.name = name;
        this.type = type;
    }

    /**
     * Normalizes and validates {@code text} for {@code type}.
     *
     * @throws InvalidNameException naming the broken rule
     */
    public static OnsName of(String text, MappingType type) {
        Require.nonNull(text, "name");
        Require.nonNull(type, "mapping type");
        String lower = normalize(text);
        if (type.isLokinet()) {
            validateLokinet(lower);
        } else {
            validateSessionOrWallet(lower);
        }
        return new OnsName(lower, type);
    }

    /** ASCII lower-casing, the only normalization oxen-core applies ('A'..'Z' → 'a'..'z'). */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    /** The normalized name, e.g. {@code jagerman} or {@code blocks.loki}. */
    public String text() {
        return name;
    }

    /** The normalized name's bytes (ASCII), the input of the name hash and the record keys. */
    public byte[] bytes() {
        return name.getBytes(StandardCharsets.US_ASCII);
    }

    /** The type this name was validated for. */
    public MappingType type() {
        return type;
    }

    private static void validateSessionOrWallet(String name) {
        int length = utf8Length(name);
        if (length < 1 || length > SESSION_WALLET_MAX) {
            throw new InvalidNameException(NameRule.LENGTH,
                    "session/wallet names are 1-" + SESSION_WALLET_MAX + " characters, got " + length);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(isAlnum(c) || c == '_' || c == '-')) {
                throw new InvalidNameException(NameRule.CHARACTER,
                        "session/wallet names may contain only a-z, 0-9, '_' and '-' (position " + (i + 1) + ")");
            }
        }
        if (name.charAt(0) == '-' || name.charAt(name.length() - 1) == '-') {
            throw new InvalidNameException(NameRule.BOUNDARY, "session/wallet names may not start or end with '-'");
        }
    }

    private static void validateLokinet(String name) {
        int length = utf8Length(name);
        int max = name.indexOf('-') >= 0 ? LOKINET_MAX : LOKINET_MAX_NO_HYPHEN;
        if (length < LOKINET_MIN || length > max) {
            throw new InvalidNameException(NameRule.LENGTH, "lokinet names are " + LOKINET_MIN + "-" + max
                    + " characters including '.loki'" + (max == LOKINET_MAX_NO_HYPHEN ? " (68 with a hyphen)" : "")
                    + ", got " + length);
        }
        if (RESERVED.contains(name)) {
            throw new InvalidNameException(NameRule.RESERVED_NAME, "'" + name + "' is reserved by the protocol");
        }
        if (!name.endsWith(LOKI_SUFFIX)) {
            throw new InvalidNameException(NameRule.LOKI_SUFFIX, "lokinet names must end with '.loki'");
        }
        String label = name.substring(0, name.length() - LOKI_SUFFIX.length());
        if (label.length() >= 4 && label.startsWith("--", 2) && !label.startsWith("xn--")) {
            throw new InvalidNameException(NameRule.RESERVED_HYPHENS,
                    "'--' at positions 3-4 is reserved for punycode ('xn--')");
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '.') {
                throw new InvalidNameException(NameRule.LOKI_SUFFIX, "lokinet names have a single label before '.loki'");
            }
            if (!(isAlnum(c) || c == '-')) {
                throw new InvalidNameException(NameRule.CHARACTER,
                        "lokinet labels may contain only a-z, 0-9 and '-' (position " + (i + 1) + ")");
            }
        }
        if (!isAlnum(label.charAt(0)) || !isAlnum(label.charAt(label.length() - 1))) {
            throw new InvalidNameException(NameRule.BOUNDARY, "lokinet labels must start and end with a-z or 0-9");
        }
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnsName other && other.name.equals(name) && other.type == type;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + type.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + type.label() + ")";
    }
}
