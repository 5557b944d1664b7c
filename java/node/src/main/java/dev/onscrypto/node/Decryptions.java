package dev.onscrypto.node;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.onscrypto.OnsCryptoException;
import dev.onscrypto.ons.EncryptedValue;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;

/**
 * The decryption check of one lookup, done once per distinct (name, value): nodes that agree share
 * one decryption, which matters for legacy Session values (256 MiB of Argon2id each).
 */
final class Decryptions {
    private record Key(OnsName name, EncryptedValue value) {}

    private final Ons ons;
    private final Map<Key, Object> done = new ConcurrentHashMap<>();

    Decryptions(Ons ons) {
        this.ons = ons;
    }

    /** The plaintext, or a {@link NodeAnswerException} (BAD_ANSWER) when the value does not decrypt under the name. */
    MappingValue decrypt(OnsName name, EncryptedValue value) {
        Object r = done.computeIfAbsent(new Key(name, value), k -> {
            try {
                return ons.records().decrypt(name, value);
            } catch (OnsCryptoException e) {
                return NodeAnswerException.bad("the " + name.type().label()
                        + " value does not decrypt under the name (" + e.getClass().getSimpleName() + ")");
            }
        });
        if (r instanceof NodeAnswerException e) {
            throw NodeAnswerException.bad(e.getMessage());
        }
        return (MappingValue) r;
    }
}
