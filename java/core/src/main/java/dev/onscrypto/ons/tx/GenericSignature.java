package dev.onscrypto.ons.tx;

import java.util.Arrays;
import java.util.HexFormat;

import dev.onscrypto.internal.Require;
import dev.onscrypto.ons.SignatureType;

/**
 * The signature of an ONS update as the transaction carries it (oxen-core {@code ons::generic_signature}):
 * its type and 64 bytes — Ed25519 R ‖ S or CryptoNote c ‖ r. Immutable.
 */
public final class GenericSignature {
    public static final int LENGTH = 64;
    private final SignatureType type;
    private final byte[] bytes;

    private GenericSignature(SignatureType type, byte[] bytes) {
        this.type = type;
        this.bytes = bytes;
    }

    public static GenericSignature of(SignatureType type, byte[] signature) {
        Require.nonNull(type, "signature type");
        return new GenericSignature(type, Require.length(signature, LENGTH, "signature").clone());
    }

    public SignatureType type() {
        return type;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenericSignature g && g.type == type && Arrays.equals(g.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "GenericSignature[" + type.label() + " " + hex() + "]";
    }
}
