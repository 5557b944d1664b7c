package dev.onscrypto.node;

import java.util.Comparator;

import com.fasterxml.jackson.databind.JsonNode;

import dev.onscrypto.OnsCryptoException;
import dev.onscrypto.ons.EncryptedValue;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.NameHash;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsRecord;
import dev.onscrypto.ons.Owner;

/**
 * One record entry of {@code ons_names_to_owners} / {@code ons_owners_to_names} (oxen-core
 * {@code response_entry}: type, name_hash, owner, backup_owner, encrypted_value with its nonce,
 * update_height, expiration_height, txid), owners parsed for the node's network.
 */
final class RecordReader {
    /** The order records are compared and printed in. */
    static final Comparator<OnsRecord> ORDER = Comparator.comparing((OnsRecord r) -> r.nameHash().hex())
            .thenComparing(r -> r.type().code());

    private final Ons ons;

    RecordReader(Ons ons) {
        this.ons = ons;
    }

    OnsRecord read(JsonNode e, Network network) {
        if (!e.isObject()) {
            throw NodeAnswerException.malformed("a record entry is not an object");
        }
        JsonNode t = e.get("type");
        if (t == null || !t.isIntegralNumber() || !t.canConvertToInt() || t.asInt() < 0 || t.asInt() > 5) {
            throw NodeAnswerException.malformed("record type is missing or not 0..5");
        }
        MappingType type = MappingType.ofCode(t.asInt()).recordType();
        NameHash hash;
        try {
            hash = NameHash.parse(RpcFields.text(e, "name_hash"));
        } catch (OnsCryptoException x) {
            throw NodeAnswerException.malformed("record name_hash is not a 32-byte hash");
        }
        Owner owner = owner(RpcFields.text(e, "owner"), network, "owner");
        String backupText = RpcFields.optionalText(e, "backup_owner");
        Owner backup = backupText == null ? null : owner(backupText, network, "backup_owner");
        byte[] stored = RpcFields.hex(RpcFields.text(e, "encrypted_value"), "encrypted_value", EncryptedValue.MAX_LENGTH);
        byte[] txid = RpcFields.hex(RpcFields.text(e, "txid"), "txid", OnsRecord.TXID_LENGTH);
        if (txid.length != OnsRecord.TXID_LENGTH) {
            throw NodeAnswerException.malformed("txid is not 32 bytes");
        }
        long updated = RpcFields.height(e, "update_height");
        Long expires = e.hasNonNull("expiration_height") ? RpcFields.height(e, "expiration_height") : null;
        try {
            return OnsRecord.builder().type(type).nameHash(hash).owner(owner).backupOwner(backup)
                    .encryptedValue(EncryptedValue.ofStored(type, stored)).txid(txid)
                    .updateHeight(updated).expirationHeight(expires).build();
        } catch (OnsCryptoException x) {
            throw NodeAnswerException.malformed("record fields are invalid (" + x.getClass().getSimpleName() + ")");
        }
    }

    private Owner owner(String text, Network network, String field) {
        try {
            return ons.owners().parse(text, network);
        } catch (OnsCryptoException x) {
            throw NodeAnswerException.bad(field + " does not parse as a " + network.label() + " owner");
        }
    }
}
