package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;

/**
 * Parameter source for ONS tests that must run on both backends:
 * {@code @MethodSource("dev.onscrypto.ons.BothBackends#kinds")} and then {@link #get(BackendKind)} in
 * the test. The native backend is resolved inside the test, so that a missing native library fails
 * the test where {@code -Dons.native.required=true} says it must load, and otherwise aborts it
 * (reported as skipped, with the reason) — never a silent pass.
 */
final class BothBackends {
    private BothBackends() {}

    static Stream<BackendKind> kinds() {
        return Stream.of(BackendKind.JAVA, BackendKind.NATIVE);
    }

    static Primitives get(BackendKind kind) {
        if (kind == BackendKind.NATIVE && !Primitives.isAvailable(BackendKind.NATIVE)) {
            String reason = Primitives.nativeUnavailableReason();
            if (Boolean.getBoolean("ons.native.required")) {
                fail("native backend is required here but unavailable: " + reason);
            }
            Assumptions.abort("native backend unavailable: " + reason);
        }
        return Primitives.of(kind);
    }
}
