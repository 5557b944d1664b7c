package dev.onscrypto.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.security.Provider;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;
import dev.onscrypto.provider.OnsCryptoProvider;

/**
 * The one both-backends fixture: {@code @ParameterizedTest @ArgumentsSource(BothBackends.class)} on a
 * test taking a {@link BackendKind}, which then asks {@link #primitives} (or {@link #provider}) for it.
 * The native backend is resolved inside the test, so that a missing native library fails the test where
 * {@code -Dons.native.required=true} says it must load, and otherwise aborts it (reported as skipped,
 * with the reason) — never a silent pass.
 *
 * <p>It lives in a package of its own, which java/core's test-jar carries alone, so the other modules'
 * tests use this same fixture: on the module path their tests read it from the class path (the unnamed
 * module), which no named module's package may share.
 */
@SuppressWarnings("exports") // a test fixture: JUnit types in its API are fine
public final class BothBackends implements ArgumentsProvider {
    private static final HexFormat HEX = HexFormat.of();
    private static final Map<BackendKind, Provider> PROVIDERS = new EnumMap<>(BackendKind.class);

    /** Made by JUnit, once per {@code @ArgumentsSource}. */
    public BothBackends() {
        // no state
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return Stream.of(Arguments.of(BackendKind.JAVA), Arguments.of(BackendKind.NATIVE));
    }

    /** True when the build said native must load here (gcc built our library, libsodium is installed). */
    public static boolean nativeRequired() {
        return Boolean.getBoolean("ons.native.required");
    }

    /** The primitives of {@code kind}; for native, fails or aborts the test when it is unavailable. */
    public static Primitives primitives(BackendKind kind) {
        if (kind == BackendKind.NATIVE) {
            return nativeIfLoadable().orElseGet(
                    () -> Assumptions.abort("native backend unavailable: " + Primitives.nativeUnavailableReason()));
        }
        return Primitives.of(kind);
    }

    /**
     * The native primitives where they load here, else empty — for code that runs both backends itself
     * rather than as two test cases (the differential fuzz targets). Where the build said native must
     * load ({@link #nativeRequired}) and it cannot, fails instead ({@link AssertionError} with the reason).
     */
    public static Optional<Primitives> nativeIfLoadable() {
        if (Primitives.isAvailable(BackendKind.NATIVE)) {
            return Optional.of(Primitives.of(BackendKind.NATIVE));
        }
        if (nativeRequired()) {
            fail("native backend is required here but unavailable: " + Primitives.nativeUnavailableReason());
        }
        return Optional.empty();
    }

    /** The native primitives, failing or aborting the test as {@link #primitives} does. */
    public static Primitives nativeOrAbort() {
        return primitives(BackendKind.NATIVE);
    }

    /** A JCA provider on {@code kind}, one per backend for the whole run. */
    public static synchronized Provider provider(BackendKind kind) {
        Primitives primitives = primitives(kind);
        return PROVIDERS.computeIfAbsent(kind, k -> new OnsCryptoProvider(primitives));
    }

    /** Test data written as hex. */
    public static byte[] hex(String hex) {
        return HEX.parseHex(hex);
    }
}
