package dev.onscrypto.benchmarks;

import com.goterl.lazysodium.SodiumJava;
import com.goterl.lazysodium.utils.LibraryLoader;

/**
 * The lazysodium-java anchor. SYSTEM_ONLY makes it bind the system libsodium.so.23 — the same library
 * our native backend calls — so a ratio against it measures JNA versus FFM, not two libsodium builds.
 * Calls go through {@link SodiumJava}'s native methods, which is what lazysodium's own helpers call.
 */
final class Lazysodium {
    private Lazysodium() {
    }

    static SodiumJava sodium() {
        return Holder.SODIUM;
    }

    private static final class Holder {
        static final SodiumJava SODIUM = new SodiumJava(LibraryLoader.Mode.SYSTEM_ONLY);
    }
}
