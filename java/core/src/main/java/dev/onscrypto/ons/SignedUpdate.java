package dev.onscrypto.ons;

import java.util.HexFormat;
import java.util.Optional;

/**
 * An update ready to submit: the exact fields that were signed (including the encrypted value bytes,
 * so the submitter uses the same ciphertext the signature covers), the hash, and the 64-byte signature.
 */
public final class SignedUpdate {
    private final UpdateData data;
    private final byte[] hash;
    private final SignatureType signatureType;
    private final byte[] signature;

    SignedUpdate(UpdateData data, byte[] hash, SignatureType signatureType, byte[] signature) {
        this.data = data;
        this.hash = hash;
        this.signatureType = signatureType;
        this.signature = signature;
    }

    public UpdateData data() {
        return data;
    }

    /** The encrypted value the signature covers, to be placed in the transaction as is. */
    public Optional<byte[]> encryptedValue() {
        return data.encryptedValue();
    }

    /** BLAKE2b-256 of the signed buffer. */
    public byte[] hash() {
        return hash.clone();
    }

    public SignatureType signatureType() {
        return signatureType;
    }

    /** The 64 signature bytes (Ed25519 R ‖ S, or CryptoNote c ‖ r). */
    public byte[] signature() {
        return signature.clone();
    }

    /** As the wallet prints it: 128 hex characters, no type byte. */
    public String signatureHex() {
        return HexFormat.of().formatHex(signature);
    }
}
