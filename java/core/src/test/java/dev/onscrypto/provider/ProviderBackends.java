package dev.onscrypto.provider;

import static org.junit.jupiter.api.Assertions.fail;

import java.security.Provider;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;

/**
 * Parameter source for provider tests on both backends:
 * {@code @MethodSource("dev.onscrypto.provider.ProviderBackends#kinds")}, then {@link #provider}. A
 * missing native backend fails the test where {@code -Dons.native.required=true} says it must load,
 * and otherwise aborts it with the reason — never a silent pass.
 */
final class ProviderBackends {
    static final HexFormat HEX = HexFormat.of();
    private static final Map<BackendKind, Provider> PROVIDERS = new EnumMap<>(BackendKind.class);

    private ProviderBackends() {}

    static Stream<BackendKind> kinds() {
        return Stream.of(BackendKind.JAVA, BackendKind.NATIVE);
    }

    static synchronized Provider provider(BackendKind kind) {
        if (kind == BackendKind.NATIVE && !Primitives.isAvailable(BackendKind.NATIVE)) {
            String reason = Primitives.nativeUnavailableReason();
            if (Boolean.getBoolean("ons.native.required")) {
                fail("native backend is required here but unavailable: " + reason);
            }
            Assumptions.abort("native backend unavailable: " + reason);
        }
        return PROVIDERS.computeIfAbsent(kind, k -> new OnsCryptoProvider(Primitives.of(k)));
    }

    static byte[] hex(String hex) {
        return HEX.parseHex(hex);
    }
}
