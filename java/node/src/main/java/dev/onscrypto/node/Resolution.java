package dev.onscrypto.node;

import java.util.Optional;

import dev.onscrypto.ons.EncryptedValue;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.NameHash;

/**
 * What {@code ons_resolve} gave for a name: the stored encrypted value (value and nonce joined) and
 * its plaintext, decrypted locally; both empty when the node has no live record (oxend leaves
 * expired records out of {@code ons_resolve}).
 */
public record Resolution(MappingType type, NameHash nameHash, Optional<EncryptedValue> encryptedValue,
                         Optional<MappingValue> value) {
    public boolean found() {
        return encryptedValue.isPresent();
    }
}
