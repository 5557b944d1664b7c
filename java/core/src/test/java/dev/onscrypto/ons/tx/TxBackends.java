package dev.onscrypto.ons.tx;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import dev.onscrypto.ons.Ons;
import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;

/**
 * Both backends for the transaction tests: {@code @MethodSource("dev.onscrypto.ons.tx.TxBackends#kinds")}
 * then {@link #ons(BackendKind)}. A missing native backend fails where {@code -Dons.native.required=true}
 * says it must load, and otherwise aborts the test with the reason — never a silent pass.
 */
final class TxBackends {
    private TxBackends() {}

    static Stream<BackendKind> kinds() {
        return Stream.of(BackendKind.JAVA, BackendKind.NATIVE);
    }

    static Ons ons(BackendKind kind) {
        if (kind == BackendKind.NATIVE && !Primitives.isAvailable(BackendKind.NATIVE)) {
            String reason = Primitives.nativeUnavailableReason();
            if (Boolean.getBoolean("ons.native.required")) {
                fail("native backend is required here but unavailable: " + reason);
            }
            Assumptions.abort("native backend unavailable: " + reason);
        }
        return Ons.of(Primitives.of(kind));
    }
}
