package dev.onscrypto.ons;

import dev.onscrypto.internal.Require;
import dev.onscrypto.primitives.Primitives;

/** Computes ONS name hashes: unkeyed BLAKE2b-256 of the normalized name (oxen-core
 * {@code ons::name_to_hash}, {@code src/cryptonote_core/oxen_name_system.cpp}). */
public final class NameHasher {
    private final Primitives primitives;

    NameHasher(Primitives primitives) {
        this.primitives = primitives;
    }

    public NameHash hash(OnsName name) {
        return NameHash.adopt(primitives.blake2b().hash256(Require.nonNull(name, "name").bytes()));
    }
}
