package dev.onscrypto.ons;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Require;

/**
 * What an ONS update signature covers (oxen-core {@code tx_extra_signature}): the changed fields and
 * the record's previous txid. The signed buffer is
 * {@code encrypted value ‖ [type ‖ owner key(s)] ‖ [type ‖ backup owner key(s)] ‖ prev_txid}, where
 * the encrypted value is exactly as placed in the transaction (nonce included) and an owner is its
 * type byte and raw keys — not the 80-byte struct, no is-subaddress flag, no payment id.
 */
public final class UpdateData {
    public static final int TXID_LENGTH = 32;

    private final byte[] encryptedValue; // empty when the value is not changed
    private final Owner owner;
    private final Owner backupOwner;
    private final byte[] prevTxid;

    private UpdateData(byte[] encryptedValue, Owner owner, Owner backupOwner, byte[] prevTxid) {
        this.encryptedValue = encryptedValue;
        this.owner = owner;
        this.backupOwner = backupOwner;
        this.prevTxid = prevTxid;
    }

    /**
     * The fields of one update; each of {@code value}, {@code owner} and {@code backupOwner} is
     * {@code null} when that field is not changed.
     *
     * @throws InvalidInputException if no field changes (oxen-core's {@code is_updating} needs at least one)
     */
    public static UpdateData of(EncryptedValue value, Owner owner, Owner backupOwner, byte[] prevTxid) {
        if (value == null && owner == null && backupOwner == null) {
            throw new InvalidInputException("an update changes at least one of value, owner, backup owner");
        }
        return ofRaw(value == null ? null : value.bytes(), owner, backupOwner, prevTxid);
    }

    /**
     * As {@link #of}, with the encrypted value as raw bytes (at most 113; empty or null = unchanged), but
     * also for an update that changes nothing: the form read back from a transaction, whose signed
     * buffer oxen-core's {@code tx_extra_signature} still computes (then just the prev txid).
     */
    public static UpdateData ofRaw(byte[] encryptedValue, Owner owner, Owner backupOwner, byte[] prevTxid) {
        byte[] value = encryptedValue == null ? new byte[0]
                : Require.maxLength(encryptedValue, EncryptedValue.MAX_LENGTH, "encrypted value").clone();
        Require.length(prevTxid, TXID_LENGTH, "prev_txid");
        return new UpdateData(value, owner, backupOwner, prevTxid.clone());
    }

    public Optional<byte[]> encryptedValue() {
        return encryptedValue.length == 0 ? Optional.empty() : Optional.of(encryptedValue.clone());
    }

    public Optional<Owner> owner() {
        return Optional.ofNullable(owner);
    }

    public Optional<Owner> backupOwner() {
        return Optional.ofNullable(backupOwner);
    }

    public byte[] prevTxid() {
        return prevTxid.clone();
    }

    /** The signed buffer (the vectors' {@code sig_data}). */
    public byte[] signedBuffer() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(encryptedValue.length + 2 * 65 + TXID_LENGTH);
        out.writeBytes(encryptedValue);
        if (owner != null) {
            out.writeBytes(owner.signedForm());
        }
        if (backupOwner != null) {
            out.writeBytes(backupOwner.signedForm());
        }
        out.writeBytes(prevTxid);
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UpdateData other && Arrays.equals(other.signedBuffer(), signedBuffer());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(signedBuffer());
    }
}
