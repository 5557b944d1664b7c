package dev.onscrypto.benchmarks;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;

/**
 * The values of the {@code impl} parameter. Every benchmark class measures one operation across
 * implementations in one run, so that summary.md can put them side by side as ratios.
 */
final class Impl {
    /** Our library, native backend (libsodium and our C through FFM). */
    static final String NATIVE = "native";
    /** Our library, pure-Java backend. */
    static final String JAVA = "java";
    /** lazysodium-java: libsodium through JNA. */
    static final String LAZYSODIUM = "lazysodium";
    /** Bouncy Castle used directly, without our API in between. */
    static final String BC = "bc";
    /** Our native backend through the buffer API: direct ByteBuffers in and out, nothing allocated. */
    static final String NATIVE_BUF = "native-buf";
    /** Our Java backend through the buffer API: array ranges into a preallocated output. */
    static final String JAVA_BUF = "java-buf";
    /** Tink's pure-Java {@code com.google.crypto.tink.subtle.XChaCha20Poly1305}. */
    static final String TINK = "tink";

    private Impl() {
    }

    static boolean isOurs(String impl) {
        return NATIVE.equals(impl) || JAVA.equals(impl);
    }

    /** Whether {@code impl} runs our library (either backend, array or buffer API). */
    static boolean usesOurs(String impl) {
        return isOurs(impl.replace("-buf", ""));
    }

    /** Our primitives for {@code native} or {@code java}; fails loudly rather than silently measuring a fallback. */
    static Primitives primitives(String impl) {
        BackendKind kind = BackendKind.parse(impl.replace("-buf", ""));
        if (!Primitives.isAvailable(kind)) {
            throw new IllegalStateException(impl + " backend unavailable: " + Primitives.nativeUnavailableReason());
        }
        return Primitives.of(kind);
    }

    static IllegalArgumentException unknown(String impl) {
        return new IllegalArgumentException("no implementation '" + impl + "' for this benchmark");
    }
}
