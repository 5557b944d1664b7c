package dev.onscrypto.ons.tx;

import java.util.OptionalLong;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Require;
import dev.onscrypto.ons.EncryptedValue;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.OnsRecord;
import dev.onscrypto.ons.Owner;

/**
 * Applies a validated buy, update or renewal to a record, as oxen-core's {@code add_ons_entry} writes
 * the ONS database ({@code oxen_name_system.cpp}), so a name's history can be replayed from its
 * transactions:
 * <ul>
 *   <li>buy — a new record: owner, backup owner (only if set), value, txid, update height = the block
 *       height, expiration = height + {@link Expiry#blocks} for lokinet;</li>
 *   <li>update — the previous record with the given fields replaced (a backup owner is stored as
 *       given), new txid and update height, expiration unchanged;</li>
 *   <li>renewal — the previous record with expiration = <em>previous expiration</em> + blocks of the
 *       renewal type, new txid and update height.</li>
 * </ul>
 * Validation is not repeated here: run {@link OnsTxValidator} first.
 */
public final class RecordReplay {
    private final Chain chain;

    public RecordReplay(Chain chain) {
        this.chain = Require.nonNull(chain, "network");
    }

    /**
     * The record after {@code field} (mined in transaction {@code txid} at block {@code height}) applies
     * to {@code previous} ({@code null} before a buy; required for an update or renewal).
     *
     * @throws InvalidInputException if the field is no buy, update or renewal, or {@code previous} is missing
     */
    public OnsRecord apply(OnsRecord previous, OnsExtraField field, byte[] txid, long height) {
        Require.nonNull(field, "ONS field");
        Require.length(txid, OnsRecord.TXID_LENGTH, "txid");
        Require.range(height, 0, Long.MAX_VALUE, "height");
        OnsTxKind kind = field.kind().orElseThrow(
                () -> new InvalidInputException("the ONS field is not a buy, update or renewal"));
        MappingType recordType = field.type().recordType();
        if (kind == OnsTxKind.BUY) {
            Owner backup = field.backupOwner().filter(GenericOwners::isSet).orElse(null);
            OptionalLong expiry = Expiry.expirationHeight(chain, field.type(), height);
            return OnsRecord.builder().type(recordType).nameHash(field.nameHash()).owner(field.owner().orElseThrow())
                    .backupOwner(backup).encryptedValue(EncryptedValue.ofStored(recordType, field.encryptedValue().orElseThrow()))
                    .txid(txid).updateHeight(height).expirationHeight(expiry.isPresent() ? expiry.getAsLong() : null).build();
        }
        Require.nonNull(previous, "previous record");
        if (previous.type().recordType() != recordType || !previous.nameHash().equals(field.nameHash())) {
            throw new InvalidInputException("the ONS field is for another record (type or name hash differ)");
        }
        OnsRecord.Builder next = previous.toBuilder().txid(txid).updateHeight(height);
        if (kind == OnsTxKind.RENEW) {
            if (previous.expirationHeight().isEmpty()) {
                return next.build(); // SQL: NULL + blocks stays NULL
            }
            long blocks = Expiry.blocks(chain, field.type()).orElse(0);
            return next.expirationHeight(Math.addExact(previous.expirationHeight().getAsLong(), blocks)).build();
        }
        field.owner().ifPresent(next::owner);
        field.backupOwner().ifPresent(next::backupOwner);
        field.encryptedValue().ifPresent(v -> next.encryptedValue(EncryptedValue.ofStored(recordType, v)));
        return next.build();
    }
}
