package dev.onscrypto.ons.tx;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Require;
import dev.onscrypto.ons.EncryptedValue;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.NameHash;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.SignatureType;
import dev.onscrypto.ons.SignedUpdate;
import dev.onscrypto.ons.UpdateData;
import dev.onscrypto.ons.UpdateSigningKey;

/**
 * Builds the ONS part of a transaction extra — buy, update, renewal — as oxen-core's wallet does
 * ({@code make_buy} / {@code make_update} / {@code make_renew} and the burn), from the library's ONS
 * objects. Runs on the backend of the {@link Ons} it is made with; immutable and thread-safe.
 *
 * <pre>{@code
 * OnsTxBuilder tx = new OnsTxBuilder(Ons.get());
 * OnsName name = OnsName.of("example.loki", MappingType.LOKINET_5YEARS);
 * OnsTxExtra buy = tx.buy(name, MappingType.LOKINET_5YEARS, value, owner, null, HardForks.CURRENT);
 * byte[] extra = buy.extra();                      // 7a … ‖ 79 + 8-byte burn
 * }</pre>
 */
public final class OnsTxBuilder {
    private static final byte[] ZERO_TXID = new byte[OnsExtraField.TXID_LENGTH];
    private final Ons ons;

    public OnsTxBuilder(Ons ons) {
        this.ons = Require.nonNull(ons, "ons");
    }

    /**
     * A buy of {@code name} as {@code type} (session, wallet, or lokinet for 1/2/5/10 years): the value
     * is encrypted under the name with a fresh nonce, and the burn is {@code burn_needed(hf, type)}.
     * {@code backupOwner} may be {@code null}.
     */
    public OnsTxExtra buy(OnsName name, MappingType type, MappingValue value, Owner owner, Owner backupOwner, int hf) {
        Require.nonNull(name, "name");
        Require.nonNull(type, "mapping type");
        Require.nonNull(value, "value");
        if (name.type().recordType() != type.recordType() || value.type() != type.recordType()) {
            throw new InvalidInputException("name, value and type must be of one record type: name " + name.type().label()
                    + ", value " + value.type().label() + ", type " + type.label());
        }
        EncryptedValue encrypted = ons.records().encrypt(name, value);
        return buy(ons.names().hash(name), type, encrypted, owner, backupOwner, hf);
    }

    /** A buy from an already encrypted value (its exact stored bytes go in the transaction). */
    public OnsTxExtra buy(NameHash nameHash, MappingType type, EncryptedValue value, Owner owner, Owner backupOwner, int hf) {
        Require.nonNull(value, "encrypted value");
        Require.nonNull(owner, "owner");
        OnsExtraField field = OnsExtraField.buy(type, nameHash, ZERO_TXID, owner, backupOwner, value.bytes());
        return new OnsTxExtra(field, Burn.needed(hf, type));
    }

    /**
     * An update signed here: the new value (if any) is encrypted once and the field carries exactly the
     * ciphertext that was signed. Any of {@code newValue}, {@code newOwner}, {@code newBackupOwner} may be
     * {@code null}, not all three. {@code prevTxid} is the record's current txid.
     */
    public OnsTxExtra update(OnsName name, MappingValue newValue, Owner newOwner, Owner newBackupOwner, byte[] prevTxid,
                             UpdateSigningKey key) {
        Require.nonNull(name, "name");
        SignedUpdate signed = ons.updates().prepareAndSign(name, newValue, newOwner, newBackupOwner, prevTxid, key);
        return update(name.type().recordType(), ons.names().hash(name), signed);
    }

    /** An update from a {@link SignedUpdate} (made by {@code UpdateSignatures}): its data and signature as they are. */
    public OnsTxExtra update(MappingType type, NameHash nameHash, SignedUpdate signed) {
        Require.nonNull(signed, "signed update");
        return update(type, nameHash, signed.data(), signed.signatureType(), signed.signature());
    }

    /**
     * An update with a signature made elsewhere (e.g. by the owner's own wallet) over {@code data}: the
     * field carries {@code data}'s value and owners and its prev txid. The signature is not checked here;
     * {@link OnsTxValidator} checks it against the record.
     */
    public OnsTxExtra update(MappingType type, NameHash nameHash, UpdateData data, SignatureType signatureType,
                             byte[] signature) {
        Require.nonNull(data, "update data");
        GenericSignature sig = GenericSignature.of(signatureType, signature);
        OnsExtraField field = OnsExtraField.update(type, nameHash, data.prevTxid(), data.encryptedValue().orElse(null),
                data.owner().orElse(null), data.backupOwner().orElse(null), sig);
        return new OnsTxExtra(field, 0);
    }

    /**
     * A renewal of a lokinet name for the years of {@code type} (lokinet types only); {@code prevTxid} is
     * the record's current txid. Anyone may renew; the burn is {@code burn_needed(hf, type)}.
     */
    public OnsTxExtra renew(NameHash nameHash, MappingType type, byte[] prevTxid, int hf) {
        OnsExtraField field = OnsExtraField.renew(type, nameHash, prevTxid);
        return new OnsTxExtra(field, Burn.needed(hf, type));
    }

    /** A renewal of {@code name} (a lokinet name) for the years of {@code type}. */
    public OnsTxExtra renew(OnsName name, MappingType type, byte[] prevTxid, int hf) {
        Require.nonNull(name, "name");
        return renew(ons.names().hash(name), type, prevTxid, hf);
    }
}
