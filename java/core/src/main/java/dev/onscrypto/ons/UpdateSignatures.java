package dev.onscrypto.ons;


import dev.onscrypto.internal.Require;
import dev.onscrypto.primitives.Primitives;
import dev.onscrypto.secret.SecretBytes;

/**
 * Makes and checks ONS update signatures (oxen-core {@code src/cryptonote_core/oxen_name_system.cpp},
 * {@code tx_extra_signature} and {@code verify_ons_signature}): the hash of the signed buffer, signatures by an
 * ed25519 owner or a wallet owner (CryptoNote, including subaddress owners), and their verdicts.
 */
public final class UpdateSignatures {
    public static final int SIGNATURE_LENGTH = 64;
    private final Primitives primitives;
    private final RecordCipher records;

    UpdateSignatures(Primitives primitives, RecordCipher records) {
        this.primitives = primitives;
        this.records = records;
    }

    /** Unkeyed BLAKE2b-256 of the signed buffer. */
    public byte[] hash(UpdateData data) {
        return primitives.blake2b().hash256(Require.nonNull(data, "update data").signedBuffer());
    }

    /**
     * Encrypts the new value once (fresh nonce) and signs the update, so the signature and the
     * ciphertext placed in the transaction are the same bytes — unlike oxen-core's wallet, which
     * re-encrypts after signing. Any of {@code newValue}, {@code newOwner}, {@code newBackupOwner} may be
     * {@code null} (unchanged), but not all three ({@link UpdateData#of} refuses that).
     */
    public SignedUpdate prepareAndSign(OnsName name, MappingValue newValue, Owner newOwner, Owner newBackupOwner,
                                       byte[] prevTxid, UpdateSigningKey key) {
        Require.nonNull(name, "name");
        EncryptedValue encrypted = newValue == null ? null : records.encrypt(name, newValue);
        return sign(UpdateData.of(encrypted, newOwner, newBackupOwner, prevTxid), key);
    }

    /** Signs already-built update data. */
    public SignedUpdate sign(UpdateData data, UpdateSigningKey key) {
        byte[] hash = hash(data);
        return new SignedUpdate(data, hash, Require.nonNull(key, "signing key").type(), sign(hash, key));
    }

    /**
     * Signs a 32-byte update hash: Ed25519 for an ed25519 key, CryptoNote for a wallet key.
     *
     * @throws IllegalStateException if {@code key} has been closed
     */
    public byte[] sign(byte[] hash, UpdateSigningKey key) {
        Require.length(hash, 32, "update hash");
        Require.nonNull(key, "signing key");
        if (key.type() == SignatureType.ED25519) {
            return key.secret().withCopy(seed -> primitives.ed25519().sign(seed, hash));
        }
        try (SecretBytes secret = SubaddressSecret.of(key, primitives)) {
            return secret.withCopy(scalar -> primitives.cryptoNote().sign(hash, scalar));
        }
    }

    /**
     * The public key an update key signs for: the ed25519 key, or the (subaddress) spend public key.
     *
     * @throws IllegalStateException if {@code key} has been closed
     */
    public byte[] publicKey(UpdateSigningKey key) {
        Require.nonNull(key, "signing key");
        if (key.type() == SignatureType.ED25519) {
            return key.secret().withCopy(seed -> primitives.ed25519().publicKey(seed));
        }
        try (SecretBytes secret = SubaddressSecret.of(key, primitives)) {
            return secret.withCopy(scalar -> primitives.cryptoNote().publicKey(scalar));
        }
    }

    /**
     * oxen-core {@code verify_ons_signature} ({@code oxen_name_system.cpp}): false for an absent or
     * {@linkplain Owner#isUnset() unset} owner (all-zero ed25519 key; wallet with all-zero spend and
     * view keys), for an all-zero signature, or when the signature type differs from the owner's;
     * otherwise Ed25519 (libsodium rules) against the ed25519 key, or CryptoNote
     * {@code check_signature} against the wallet's spend key.
     *
     * <p>The unset check matters: the all-zero spend key is a small-order point, against which a
     * signature can be forged without any secret. A wallet owner whose spend key is zero but whose view
     * key is not is <em>set</em> as oxen-core defines it, so its spend key is checked like any other and
     * such a keyless forgery verifies — exactly as it does in oxen-core, which this method follows.
     * ({@link dev.onscrypto.primitives.CryptoNoteSignature#check} itself keeps oxen-core's
     * {@code check_signature} rules and accepts small-order keys.)
     */
    public boolean verify(byte[] hash, Owner owner, SignatureType type, byte[] signature) {
        Require.length(hash, 32, "update hash");
        Require.nonNull(type, "signature type");
        Require.length(signature, SIGNATURE_LENGTH, "signature");
        if (owner == null || owner.isUnset() || isZero(signature) || owner.type() != type) {
            return false;
        }
        if (type == SignatureType.ED25519) {
            return primitives.ed25519().verify(signature, hash, owner.verificationKey());
        }
        return primitives.cryptoNote().check(hash, owner.verificationKey(), signature);
    }

    private static boolean isZero(byte[] b) {
        int acc = 0;
        for (byte x : b) {
            acc |= x;
        }
        return acc == 0;
    }
}
