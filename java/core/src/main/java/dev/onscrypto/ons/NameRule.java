package dev.onscrypto.ons;

/** The validation rules of oxen-core's {@code validate_ons_name}, one constant per way to fail. */
public enum NameRule {
    /** Empty, or longer than the type allows (64 for session/wallet; 37 without a hyphen or 68 with one for lokinet). */
    LENGTH,
    /** A character outside the type's alphabet ({@code [a-z0-9_-]} session/wallet, {@code [a-z0-9-]} lokinet labels). */
    CHARACTER,
    /** Starts or ends with a character not allowed there (e.g. a hyphen). */
    BOUNDARY,
    /** A lokinet name that does not end with {@code .loki}, or has more than one label. */
    LOKI_SUFFIX,
    /** A lokinet label with {@code --} at positions 3–4 that is not punycode ({@code xn--}). */
    RESERVED_HYPHENS,
    /** {@code localhost.loki}, {@code loki.loki} or {@code snode.loki}. */
    RESERVED_NAME
}
