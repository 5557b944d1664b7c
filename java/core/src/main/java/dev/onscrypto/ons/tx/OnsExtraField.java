package dev.onscrypto.ons.tx;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Require;
import dev.onscrypto.internal.Varint;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.NameHash;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.SignatureType;

/**
 * The ONS field of a transaction extra, tag 0x7A (oxen-core {@code tx_extra_oxen_name_system},
 * {@code tx_extra.h}): version, type, name hash, prev txid, fields mask and the flagged fields. The
 * mask is never stored apart from the fields: a field is flagged exactly when it is present, since
 * the serializer writes flagged fields only and the parser reads nothing else. Immutable.
 *
 * <p>Body layout: {@code version} (1 byte) · {@code type} (varint) · name hash (32) · prev txid (32) ·
 * {@code fields} (varint) · [owner] · [backup owner] · [signature type (varint) ‖ 64 bytes] ·
 * [value length (varint) ‖ value]; an owner is its type varint then spend ‖ view ‖ is-subaddress byte
 * (wallet) or the 32-byte key (ed25519).
 */
public final class OnsExtraField implements TxExtraField {
    public static final int OWNER = 0x01;
    public static final int BACKUP_OWNER = 0x02;
    public static final int SIGNATURE = 0x04;
    public static final int ENCRYPTED_VALUE = 0x08;
    /** The largest mask the parser admits ({@code extra_field::all}). */
    public static final int ALL = 0x0F;
    public static final int TXID_LENGTH = 32;

    private final int version;
    private final MappingType type;
    private final NameHash nameHash;
    private final byte[] prevTxid;
    private final Owner owner;
    private final Owner backupOwner;
    private final GenericSignature signature;
    private final byte[] encryptedValue;

    private OnsExtraField(int version, MappingType type, NameHash nameHash, byte[] prevTxid, Owner owner,
                          Owner backupOwner, GenericSignature signature, byte[] encryptedValue) {
        this.version = version;
        this.type = type;
        this.nameHash = nameHash;
        this.prevTxid = prevTxid;
        this.owner = owner;
        this.backupOwner = backupOwner;
        this.signature = signature;
        this.encryptedValue = encryptedValue;
    }

    /**
     * Any field, flagged by presence (each of owner, backup owner, signature and value may be
     * {@code null}). The value is the raw bytes placed in the transaction, of any length the length
     * varint can carry; validation, not construction, judges it.
     */
    static OnsExtraField of(int version, MappingType type, NameHash nameHash, byte[] prevTxid, Owner owner,
                            Owner backupOwner, GenericSignature signature, byte[] encryptedValue) {
        Require.range(version, 0, 255, "version");
        Require.nonNull(type, "mapping type");
        Require.nonNull(nameHash, "name hash");
        Require.length(prevTxid, TXID_LENGTH, "prev_txid");
        return new OnsExtraField(version, type, nameHash, prevTxid.clone(), owner, backupOwner, signature,
                encryptedValue == null ? null : encryptedValue.clone());
    }

    /** oxen-core {@code make_buy}: owner and value, and the backup owner when given (fields 0x09 or 0x0B). */
    public static OnsExtraField buy(MappingType type, NameHash nameHash, byte[] prevTxid, Owner owner, Owner backupOwner,
                                    byte[] encryptedValue) {
        Require.nonNull(owner, "owner");
        Require.nonNull(encryptedValue, "encrypted value");
        return of(0, type, nameHash, prevTxid, owner, backupOwner, null, encryptedValue);
    }

    /**
     * oxen-core {@code make_update}: the signature and whichever of value, owner and backup owner are
     * given; an empty value counts as not given, as there.
     */
    public static OnsExtraField update(MappingType type, NameHash nameHash, byte[] prevTxid, byte[] encryptedValue,
                                       Owner owner, Owner backupOwner, GenericSignature signature) {
        Require.nonNull(signature, "signature");
        byte[] value = encryptedValue == null || encryptedValue.length == 0 ? null : encryptedValue;
        if (value == null && owner == null && backupOwner == null) {
            throw new InvalidInputException("an update changes at least one of value, owner, backup owner");
        }
        return of(0, type, nameHash, prevTxid, owner, backupOwner, signature, value);
    }

    /** oxen-core {@code make_renew}: no fields (0x00); lokinet types only, and the prev txid must not be zero. */
    public static OnsExtraField renew(MappingType type, NameHash nameHash, byte[] prevTxid) {
        Require.nonNull(type, "mapping type");
        if (!type.isLokinet()) {
            throw new InvalidInputException("only lokinet names are renewed, not " + type.label());
        }
        Require.length(prevTxid, TXID_LENGTH, "prev_txid");
        if (isZero(prevTxid)) {
            throw new InvalidInputException("a renewal names the record's current txid: prev_txid must not be zero");
        }
        return of(0, type, nameHash, prevTxid, null, null, null, null);
    }

    @Override
    public int tag() {
        return TAG_ONS;
    }

    @Override
    public String name() {
        return "ons";
    }

    public int version() {
        return version;
    }

    public MappingType type() {
        return type;
    }

    public NameHash nameHash() {
        return nameHash;
    }

    public byte[] prevTxid() {
        return prevTxid.clone();
    }

    /** The fields mask, from which fields are present. */
    public int fields() {
        return (owner != null ? OWNER : 0) | (backupOwner != null ? BACKUP_OWNER : 0)
                | (signature != null ? SIGNATURE : 0) | (encryptedValue != null ? ENCRYPTED_VALUE : 0);
    }

    public Optional<Owner> owner() {
        return Optional.ofNullable(owner);
    }

    public Optional<Owner> backupOwner() {
        return Optional.ofNullable(backupOwner);
    }

    public Optional<GenericSignature> signature() {
        return Optional.ofNullable(signature);
    }

    public Optional<byte[]> encryptedValue() {
        return encryptedValue == null ? Optional.empty() : Optional.of(encryptedValue.clone());
    }

    /** oxen-core {@code is_buying}: fields 0x09 or 0x0B. */
    boolean isBuying() {
        int f = fields();
        return f == (OWNER | ENCRYPTED_VALUE) || f == (OWNER | BACKUP_OWNER | ENCRYPTED_VALUE);
    }

    /** oxen-core {@code is_updating}: the signature bit and at least one updatable field. */
    boolean isUpdating() {
        int f = fields();
        return (f & SIGNATURE) != 0 && (f & (OWNER | BACKUP_OWNER | ENCRYPTED_VALUE)) != 0;
    }

    /** oxen-core {@code is_renewing}: no fields, a non-zero prev txid, a lokinet type. */
    boolean isRenewing() {
        return fields() == 0 && !isZero(prevTxid) && type.isLokinet();
    }

    /** Buy, update or renew; empty for any other combination (which the daemon refuses). */
    public Optional<OnsTxKind> kind() {
        return isBuying() ? Optional.of(OnsTxKind.BUY) : isUpdating() ? Optional.of(OnsTxKind.UPDATE)
                : isRenewing() ? Optional.of(OnsTxKind.RENEW) : Optional.empty();
    }

    /** The field's bytes, tag 0x7A first: exactly what {@code add_oxen_name_system_to_tx_extra} appends. */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(80 + (encryptedValue == null ? 0 : encryptedValue.length) + 2 * 66 + 65);
        out.write(TAG_ONS);
        out.write(version);
        out.writeBytes(Varint.encode(type.code()));
        out.writeBytes(nameHash.bytes());
        out.writeBytes(prevTxid);
        out.writeBytes(Varint.encode(fields()));
        if (owner != null) {
            writeOwner(out, owner);
        }
        if (backupOwner != null) {
            writeOwner(out, backupOwner);
        }
        if (signature != null) {
            out.writeBytes(Varint.encode(signature.type().code()));
            out.writeBytes(signature.bytes());
        }
        if (encryptedValue != null) {
            out.writeBytes(Varint.encode(encryptedValue.length));
            out.writeBytes(encryptedValue);
        }
        return out.toByteArray();
    }

    private static void writeOwner(ByteArrayOutputStream out, Owner o) {
        out.writeBytes(Varint.encode(o.type().code()));
        if (o.type() == SignatureType.ED25519) {
            out.writeBytes(o.verificationKey());
        } else {
            out.writeBytes(o.verificationKey());
            out.writeBytes(o.viewKey());
            out.write(o.isSubaddress() ? 1 : 0);
        }
    }

    /** Reads the body after the 0x7A tag, with the parser's range checks. */
    static OnsExtraField read(TxExtraReader r) {
        int version = r.u8();
        long typeCode = r.varint(16);
        if (typeCode >= 6) {
            throw new TxExtraParseException("ONS mapping type " + typeCode + " is not below 6");
        }
        MappingType type = MappingType.ofCode((int) typeCode);
        NameHash nameHash = NameHash.of(r.bytes(32));
        byte[] prevTxid = r.bytes(TXID_LENGTH);
        long fields = r.varint(8);
        if (fields > ALL) {
            throw new TxExtraParseException(String.format("ONS fields mask 0x%02x is above 0x0f", fields));
        }
        Owner owner = (fields & OWNER) != 0 ? readOwner(r) : null;
        Owner backup = (fields & BACKUP_OWNER) != 0 ? readOwner(r) : null;
        GenericSignature signature = null;
        if ((fields & SIGNATURE) != 0) {
            SignatureType t = readOwnerType(r, "signature");
            signature = GenericSignature.of(t, r.bytes(GenericSignature.LENGTH));
        }
        byte[] value = null;
        if ((fields & ENCRYPTED_VALUE) != 0) {
            long length = r.varint(64);
            value = r.bytes(Long.compareUnsigned(length, Integer.MAX_VALUE) > 0 ? -1 : length);
        }
        return new OnsExtraField(version, type, nameHash, prevTxid, owner, backup, signature, value);
    }

    private static SignatureType readOwnerType(TxExtraReader r, String what) {
        long t = r.varint(8);
        if (t >= 2) {
            throw new TxExtraParseException(what + " type " + t + " is not below 2");
        }
        return t == 0 ? SignatureType.CRYPTONOTE : SignatureType.ED25519;
    }

    private static Owner readOwner(TxExtraReader r) {
        if (readOwnerType(r, "owner") == SignatureType.ED25519) {
            return Owner.ed25519(r.bytes(32));
        }
        byte[] spend = r.bytes(32);
        byte[] view = r.bytes(32);
        int flag = r.u8();
        // oxen-core reads this byte into a C++ bool; anything but 0 or 1 is undefined behaviour there, so refuse it.
        if (flag > 1) {
            throw new TxExtraParseException("owner is_subaddress byte must be 0 or 1, got " + flag);
        }
        return GenericOwners.wallet(spend, view, flag == 1);
    }

    static boolean isZero(byte[] b) {
        int acc = 0;
        for (byte x : b) {
            acc |= x;
        }
        return acc == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnsExtraField f && Arrays.equals(f.encode(), encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "OnsExtraField[v" + version + " " + type.label() + " " + nameHash.hex() + " prev="
                + HexFormat.of().formatHex(prevTxid) + String.format(" fields=0x%02x", fields())
                + (owner == null ? "" : " owner=" + owner) + (backupOwner == null ? "" : " backup=" + backupOwner)
                + (signature == null ? "" : " sig=" + signature.type().label())
                + (encryptedValue == null ? "" : " value=" + encryptedValue.length + " bytes") + "]";
    }
}
