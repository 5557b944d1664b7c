package dev.onscrypto.ons;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Require;

/**
 * One ONS mapping as the chain holds it (oxen-core {@code ons::mapping_record}): type, name hash, owner,
 * optional backup owner, encrypted value, the txid of the transaction that last changed it, the height
 * of that change and, for Lokinet records, the expiration height. Immutable.
 *
 * <p>The same type is returned by the node client ({@code dev.onscrypto.node}) and produced by
 * replaying transactions ({@code dev.onscrypto.ons.tx}), so a record read from a node can be compared
 * with one rebuilt from its history.
 */
public final class OnsRecord {
    /** A transaction id is a 32-byte hash. */
    public static final int TXID_LENGTH = 32;

    private final MappingType type;
    private final NameHash nameHash;
    private final Owner owner;
    private final Owner backupOwner;
    private final EncryptedValue encryptedValue;
    private final byte[] txid;
    private final long updateHeight;
    private final Long expirationHeight;

    private OnsRecord(Builder b) {
        this.type = Require.nonNull(b.type, "mapping type");
        this.nameHash = Require.nonNull(b.nameHash, "name hash");
        this.owner = Require.nonNull(b.owner, "owner");
        this.backupOwner = b.backupOwner;
        this.encryptedValue = Require.nonNull(b.encryptedValue, "encrypted value");
        this.txid = Require.length(b.txid, TXID_LENGTH, "txid").clone();
        this.updateHeight = Require.range(b.updateHeight, 0, Long.MAX_VALUE, "update height");
        this.expirationHeight = b.expirationHeight;
        if (expirationHeight != null) {
            Require.range(expirationHeight, 0, Long.MAX_VALUE, "expiration height");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this record's fields (for applying an update or renewal). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.nameHash = nameHash;
        b.owner = owner;
        b.backupOwner = backupOwner;
        b.encryptedValue = encryptedValue;
        b.txid = txid.clone();
        b.updateHeight = updateHeight;
        b.expirationHeight = expirationHeight;
        return b;
    }

    public MappingType type() {
        return type;
    }

    public NameHash nameHash() {
        return nameHash;
    }

    public Owner owner() {
        return owner;
    }

    public Optional<Owner> backupOwner() {
        return Optional.ofNullable(backupOwner);
    }

    public EncryptedValue encryptedValue() {
        return encryptedValue;
    }

    /** The txid of the transaction that last bought, updated or renewed this record. */
    public byte[] txid() {
        return txid.clone();
    }

    public long updateHeight() {
        return updateHeight;
    }

    /** Empty for records that never expire (Session, wallet). */
    public OptionalLong expirationHeight() {
        return expirationHeight == null ? OptionalLong.empty() : OptionalLong.of(expirationHeight);
    }

    /**
     * Whether the record is live at chain height {@code height}: oxen-core treats a record as expired
     * once the height passes its expiration height ({@code expiration_height} is the last height at
     * which it is still active).
     */
    public boolean isActive(long height) {
        return expirationHeight == null || height <= expirationHeight;
    }

    /** The plaintext value under {@code name}, on the default backend. */
    public MappingValue decrypt(OnsName name) {
        return decrypt(Ons.get(), name);
    }

    /**
     * The plaintext value under {@code name}.
     *
     * @throws InvalidInputException if {@code name} does not hash to this record's name hash
     * @throws DecryptionFailedException if the value does not decrypt under the name
     */
    public MappingValue decrypt(Ons ons, OnsName name) {
        Require.nonNull(ons, "ons");
        Require.nonNull(name, "name");
        if (!ons.names().hash(name).equals(nameHash)) {
            throw new InvalidInputException("the name does not hash to this record's name hash");
        }
        return ons.records().decrypt(name, encryptedValue);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnsRecord r && type == r.type && nameHash.equals(r.nameHash)
                && owner.equals(r.owner) && Objects.equals(backupOwner, r.backupOwner)
                && encryptedValue.equals(r.encryptedValue) && Arrays.equals(txid, r.txid)
                && updateHeight == r.updateHeight && Objects.equals(expirationHeight, r.expirationHeight);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, nameHash, owner, Arrays.hashCode(txid));
    }

    @Override
    public String toString() {
        return "OnsRecord[" + type.label() + " " + nameHash.base64() + " owner=" + owner
                + (backupOwner == null ? "" : " backup=" + backupOwner) + " txid=" + HexFormat.of().formatHex(txid)
                + " updated=" + updateHeight + (expirationHeight == null ? "" : " expires=" + expirationHeight) + "]";
    }

    /** Collects a record's fields; {@link #build()} checks them. */
    public static final class Builder {
        private MappingType type;
        private NameHash nameHash;
        private Owner owner;
        private Owner backupOwner;
        private EncryptedValue encryptedValue;
        private byte[] txid;
        private long updateHeight;
        private Long expirationHeight;

        private Builder() {}

        public Builder type(MappingType type) { this.type = type; return this; }
        public Builder nameHash(NameHash nameHash) { this.nameHash = nameHash; return this; }
        public Builder owner(Owner owner) { this.owner = owner; return this; }
        /** {@code null} for none. */
        public Builder backupOwner(Owner backupOwner) { this.backupOwner = backupOwner; return this; }
        public Builder encryptedValue(EncryptedValue value) { this.encryptedValue = value; return this; }
        public Builder txid(byte[] txid) { this.txid = txid == null ? null : txid.clone(); return this; }
        public Builder updateHeight(long height) { this.updateHeight = height; return this; }
        /** {@code null} for a record that never expires. */
        public Builder expirationHeight(Long height) { this.expirationHeight = height; return this; }

        public OnsRecord build() {
            return new OnsRecord(this);
        }
    }
}
