package dev.onscrypto.ons;

import java.util.HexFormat;

import dev.onscrypto.primitives.Argon2id;
import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;

/**
 * The child side of {@link ChildJvm}: each step prints {@code RESULT <outcome>}, the outcome being
 * {@code ok} or the exception's class name, then its message and causes on a {@code DETAIL} line.
 * Errors are caught too: an {@code OutOfMemoryError} or {@code ExceptionInInitializerError} is an
 * outcome to report, not a crash.
 */
public final class ChildProbe {
    private static final byte[] SISSI_LEGACY = HexFormat.of().parseHex(
            "be3445a80763dd0e63a4d8a524c8f3a1bbedf8921947b2987b7e7173e7d920c649d6d7c2391967598c65d3f2e81b760787");

    private ChildProbe() {}

    public static void main(String[] args) {
        for (String step : args) {
            try {
                run(step);
                System.out.println("RESULT ok");
            } catch (Throwable t) {
                System.out.println("RESULT " + t.getClass().getName());
                StringBuilder detail = new StringBuilder();
                for (Throwable c = t; c != null; c = c.getCause()) {
                    detail.append(" <- ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
                }
                System.out.println("DETAIL" + detail);
            }
        }
        System.out.flush();
    }

    private static void run(String step) {
        switch (step) {
            case "ons-get" -> Ons.get();
            case "ons-of-java" -> Ons.of(Primitives.of(BackendKind.JAVA));
            case "legacy-java" -> legacyDecrypt(BackendKind.JAVA);
            case "legacy-native" -> legacyDecrypt(BackendKind.NATIVE);
            case "argon2-max-java" -> Primitives.of(BackendKind.JAVA).argon2id()
                    .derive(new byte[1], new byte[16], 1, Argon2id.MAX_MEM_LIMIT, 16);
            case "argon2-2g-native" -> Primitives.of(BackendKind.NATIVE).argon2id()
                    .derive(new byte[1], new byte[16], 1, 2L << 30, 16);
            default -> throw new IllegalArgumentException("unknown step " + step);
        }
    }

    private static void legacyDecrypt(BackendKind kind) {
        Ons ons = Ons.of(Primitives.of(kind), Argon2Budget.ofBytes(1L << 30));
        MappingValue v = ons.records().decrypt(OnsName.of("sissi", MappingType.SESSION), SISSI_LEGACY);
        if (!ons.values().format(v, Network.MAINNET).equals("05bf7d78abf034661c691523b009ea2a281ee9c2093009808e098399e49fa1c54f")) {
            throw new AssertionError("wrong value");
        }
    }
}
