package dev.onscrypto.ons.tx;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import dev.onscrypto.internal.Require;
import dev.onscrypto.ons.EncryptedValue;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsRecord;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.UpdateData;

/**
 * oxen-core's {@code name_system_db::validate_ons_tx} with {@code validate_against_previous_mapping}
 * and {@code verify_ons_signature} ({@code oxen_name_system.cpp}, b208672e): the checks in their order,
 * so the first broken {@link OnsTxRule} is the one the daemon reports. Runs on the backend of the
 * {@link Ons} it is made with; immutable and thread-safe.
 */
public final class OnsTxValidator {
    /** The HF18 exception: below this height an over-burn at HF18 counts as exact (a testnet sync fix). */
    static final long HF18_OVERBURN_HEIGHT = 524_000;
    private static final HexFormat HEX = HexFormat.of();

    private final Ons ons;
    private final byte[] emptyNameHash;

    public OnsTxValidator(Ons ons) {
        this.ons = Require.nonNull(ons, "ons");
        // oxen-core's null_name_hash = name_to_hash(""), the unkeyed BLAKE2b-256 of nothing.
        this.emptyNameHash = ons.primitives().blake2b().hash256(new byte[0]);
    }

    /**
     * Validates a whole transaction extra at hard fork {@code hf} and chain height {@code height}
     * (the height of the block being added) against {@code records}.
     *
     * @throws UnsupportedTxExtraFieldException if the extra holds a registered field this library cannot read
     * @throws dev.onscrypto.InvalidInputException for a null argument, a negative height or a hard fork outside 0–255
     */
    public OnsTxVerdict validate(byte[] extra, int hf, long height, RecordLookup records) {
        Require.nonNull(extra, "tx extra");
        check(hf, height, records);
        TxExtra parsed;
        try {
            parsed = TxExtra.parse(extra);
        } catch (TxExtraParseException e) {
            return new Run(null, 0, hf, height, records).fail(OnsTxRule.PARSE, "get_field_from_tx_extra failed: " + e.getMessage());
        }
        return validate(parsed, hf, height, records);
    }

    /** As {@link #validate(byte[], int, long, RecordLookup)}, for an extra already parsed. */
    public OnsTxVerdict validate(TxExtra extra, int hf, long height, RecordLookup records) {
        Require.nonNull(extra, "tx extra");
        check(hf, height, records);
        Optional<OnsExtraField> field = extra.onsField();
        if (field.isEmpty()) {
            return new Run(null, 0, hf, height, records).fail(OnsTxRule.PARSE, "didn't have oxen name service in the tx_extra");
        }
        return new Run(field.get(), extra.burnAmount(), hf, height, records).run();
    }

    private static void check(int hf, long height, RecordLookup records) {
        Burn.checkHardFork(hf);
        Require.range(height, 0, Long.MAX_VALUE, "height");
        Require.nonNull(records, "records");
    }

    /** One validation: the state the checks share. */
    private final class Run {
        final OnsExtraField f;
        final long burn;
        final int hf;
        final long height;
        final RecordLookup records;
        final Set<OnsTxRule> notChecked = EnumSet.noneOf(OnsTxRule.class);
        final Optional<OnsRecord> record;
        UpdateData signedData;
        byte[] signedHash;
        Owner signer;

        Run(OnsExtraField f, long burn, int hf, long height, RecordLookup records) {
            this.f = f;
            this.burn = burn;
            this.hf = hf;
            this.height = height;
            this.records = records;
            this.record = f == null ? Optional.empty() : records.find(f.type().recordType(), f.nameHash());
            if (f != null && f.isUpdating()) {
                prepareSignedData();
            }
        }

        // What the daemon hashes: the fields with the record's txid (expected_prev_txid), or the field's
        // own prev txid when there is no record to take it from.
        private void prepareSignedData() {
            byte[] prev = record.map(OnsRecord::txid).orElseGet(f::prevTxid);
            byte[] value = f.encryptedValue().orElse(null);
            if (value != null && value.length > EncryptedValue.MAX_LENGTH) {
                // tx_extra_signature refuses values above mapping_value::BUFFER_SIZE and returns nothing.
                signedHash = ons.primitives().blake2b().hash256(new byte[0]);
                return;
            }
            signedData = UpdateData.ofRaw(value, f.owner().orElse(null), f.backupOwner().orElse(null), prev);
            signedHash = ons.updates().hash(signedData);
        }

        OnsTxVerdict fail(OnsTxRule rule, String reason) {
            return new OnsTxVerdict(rule, reason, f, burn, signedData, signedHash, null, notChecked);
        }

        OnsTxVerdict run() {
            if (f.version() != 0) {
                return fail(OnsTxRule.VERSION, "unexpected version=" + f.version() + ", expected 0");
            }
            if (!HardForks.typeAllowed(hf, f.type())) {
                return fail(OnsTxRule.TYPE_NOT_ALLOWED, "specifying type=" + f.type().label() + " is disallowed in HF" + hf);
            }
            Optional<OnsTxKind> kind = f.kind();
            if (kind.isEmpty()) {
                return fail(OnsTxRule.FIELD_COMBINATION, "TX extra does not specify valid combination of bits for serialized fields="
                        + String.format("%8s", Integer.toBinaryString(f.fields())).replace(' ', '0'));
            }
            if (f.owner().isPresent() && f.backupOwner().isPresent() && f.owner().get().equals(f.backupOwner().get())) {
                return fail(OnsTxRule.OWNER_EQUALS_BACKUP, "specifying owner the same as the backup owner");
            }
            byte[] nameHash = f.nameHash().bytes();
            if (OnsExtraField.isZero(nameHash) || Arrays.equals(nameHash, emptyNameHash)) {
                return fail(OnsTxRule.NULL_NAME_HASH, "specified the null name hash");
            }
            Optional<byte[]> value = f.encryptedValue();
            if (value.isPresent()) {
                int required = requiredLength(f.type(), value.get().length);
                if (required >= 0) {
                    return fail(OnsTxRule.VALUE_LENGTH, "ONS type=" + f.type().label() + " specifies mapping from name_hash->encrypted_value where the value's length="
                            + value.get().length + " does not equal the required length=" + required);
                }
            }
            OnsTxVerdict previous = switch (kind.get()) {
                case UPDATE -> update();
                case BUY -> buy();
                case RENEW -> renew();
            };
            if (previous != null) {
                return previous;
            }
            return burn(kind.get());
        }

        // validate_encrypted/check_lengths: -1 when the length is right, else the length oxen-core reports as required.
        private int requiredLength(MappingType type, int length) {
            final int extra = 16 + 24; // XChaCha20-Poly1305 tag and nonce
            if (type.isLokinet()) {
                return length == 32 + extra ? -1 : 32 + extra;
            }
            if (type == MappingType.WALLET) {
                return length == 65 + extra || length == 73 + extra ? -1 : extra;
            }
            // Session: 73, or a legacy 49-byte value (tag ‖ ciphertext, no nonce), accepted at every fork.
            return length == 33 + extra || length == 33 + 16 ? -1 : 33 + extra;
        }

        private OnsTxVerdict update() {
            if (record.isEmpty()) {
                return fail(OnsTxRule.RECORD_MISSING, "update requested but mapping does not exist.");
            }
            OnsRecord r = record.get();
            if (!r.isActive(height)) {
                return fail(OnsTxRule.RECORD_EXPIRED, "TX requested to update mapping that has already expired");
            }
            if (f.encryptedValue().isPresent() && Arrays.equals(f.encryptedValue().get(), r.encryptedValue().bytes())) {
                return fail(OnsTxRule.SAME_VALUE, "field to update is specifying the same mapping value");
            }
            if (f.owner().isPresent() && f.owner().get().equals(r.owner())) {
                return fail(OnsTxRule.SAME_VALUE, "field to update is specifying the same mapping owner");
            }
            if (f.backupOwner().isPresent() && f.backupOwner().get().equals(GenericOwners.orNone(r.backupOwner().orElse(null)))) {
                return fail(OnsTxRule.SAME_VALUE, "field to update is specifying the same mapping backup_owner");
            }
            if (signedData == null) {
                return fail(OnsTxRule.SIGNATURE, "unexpectedly failed to generate signature, please inform the Oxen developers");
            }
            GenericSignature sig = f.signature().orElseThrow();
            if (verifies(sig, r.owner())) {
                signer = r.owner();
            } else if (r.backupOwner().isPresent() && verifies(sig, r.backupOwner().get())) {
                signer = r.backupOwner().get();
            } else {
                return fail(OnsTxRule.SIGNATURE, "failed to verify signature for ONS update");
            }
            return prevTxid(r.txid());
        }

        // verify_ons_signature: never for an unset owner (a zero ed25519 key, or a wallet with zero spend and view keys).
        private boolean verifies(GenericSignature sig, Owner owner) {
            return GenericOwners.isSet(owner) && ons.updates().verify(signedHash, owner, sig.type(), sig.bytes());
        }

        private OnsTxVerdict buy() {
            if (!records.knows(f.type())) {
                notChecked.add(OnsTxRule.ALREADY_REGISTERED);
            } else if (record.isPresent() && record.get().isActive(height)) {
                return fail(OnsTxRule.ALREADY_REGISTERED, "Cannot buy an ONS name that is already registered");
            }
            // Session and wallet share one name space: a holder of the other type's active record may
            // register the same name, but only with owners taken from that record.
            if (f.type() == MappingType.SESSION || f.type() == MappingType.WALLET) {
                MappingType alt = f.type() == MappingType.SESSION ? MappingType.WALLET : MappingType.SESSION;
                if (!records.knows(alt)) {
                    notChecked.add(OnsTxRule.CROSS_TYPE_OWNER);
                } else {
                    Optional<OnsRecord> other = records.find(alt, f.nameHash());
                    if (other.isPresent() && other.get().isActive(height)
                            && (!ownsAlt(other.get(), f.owner().orElseThrow())
                                || (f.backupOwner().isPresent() && !ownsAlt(other.get(), f.backupOwner().get())))) {
                        return fail(OnsTxRule.CROSS_TYPE_OWNER, "Cannot buy an ONS " + f.type().label()
                                + " name that has an already registered " + alt.label() + " name");
                    }
                }
            }
            return prevTxid(new byte[OnsExtraField.TXID_LENGTH]);
        }

        private boolean ownsAlt(OnsRecord alt, Owner candidate) {
            return candidate.equals(alt.owner()) || candidate.equals(GenericOwners.orNone(alt.backupOwner().orElse(null)));
        }

        private OnsTxVerdict renew() {
            if (record.isEmpty()) {
                return fail(OnsTxRule.RECORD_MISSING, "renewal requested but mapping does not exist.");
            }
            if (!record.get().isActive(height)) {
                return fail(OnsTxRule.RECORD_EXPIRED, "TX requested to renew mapping that has already expired");
            }
            return prevTxid(record.get().txid());
        }

        private OnsTxVerdict prevTxid(byte[] expected) {
            if (!Arrays.equals(f.prevTxid(), expected)) {
                return fail(OnsTxRule.PREV_TXID, "specified prior txid " + HEX.formatHex(f.prevTxid()) + " but expected "
                        + HEX.formatHex(expected) + "; perhaps a competing ONS TX was submitted and accepted before this ONS update TX was processed?");
            }
            return null;
        }

        private OnsTxVerdict burn(OnsTxKind kind) {
            long required = Burn.required(hf, kind, f.type());
            long effective = burn;
            if (hf == HardForks.HF18 && Long.compareUnsigned(burn, required) > 0 && height < HF18_OVERBURN_HEIGHT) {
                effective = required;
            }
            if (effective != required) {
                return fail(OnsTxRule.BURN, "burned " + (Long.compareUnsigned(effective, required) > 0 ? "too much" : "insufficient")
                        + " OXEN=" + Long.toUnsignedString(effective) + ", required=" + required);
            }
            return new OnsTxVerdict(null, null, f, burn, signedData, signedHash, signer, notChecked);
        }
    }
}
