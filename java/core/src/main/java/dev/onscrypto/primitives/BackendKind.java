package dev.onscrypto.primitives;

import java.util.Locale;

import dev.onscrypto.InvalidInputException;

/** The two implementations of every primitive. Both give identical results and verdicts. */
public enum BackendKind {
    /** libsodium through the Foreign Function &amp; Memory API, plus our own C. */
    NATIVE,
    /** Bouncy Castle plus our own Java. */
    JAVA;

    /** Parses {@code native} or {@code java} (any case). */
    public static BackendKind parse(String text) {
        if (text != null) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "native": return NATIVE;
                case "java": return JAVA;
                default: break;
            }
        }
        throw new InvalidInputException("backend must be 'native' or 'java', got '" + text + "'");
    }

    /**
     * Parses the value of the {@code ons.backend} setting: {@code null} for {@code auto} or no value (let
     * the library choose), else as {@link #parse}.
     */
    static BackendKind parseSetting(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("auto")) {
            return null;
        }
        return parse(text);
    }

    /** The lower-case name used on command lines and in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
