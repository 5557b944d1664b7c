package dev.onscrypto.ons;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import dev.onscrypto.internal.Require;

/**
 * A record owner (oxen-core {@code generic_owner}): an ed25519 public key, or a wallet's spend and
 * view public keys with an is-subaddress flag. Immutable.
 */
public final class Owner {
    /** Size of the {@code generic_owner} struct. */
    public static final int GENERIC_OWNER_LENGTH = 80;

    private final SignatureType type;
    private final byte[] key;      // ed25519 key, or spend ‖ view
    private final boolean subaddress;

    private Owner(SignatureType type, byte[] key, boolean subaddress) {
        this.type = type;
        this.key = key;
        this.subaddress = subaddress;
    }

    /** An ed25519-key owner. Any 32 bytes are accepted, as oxen-core does (no curve check). */
    public static Owner ed25519(byte[] publicKey) {
        return new Owner(SignatureType.ED25519, Require.length(publicKey, 32, "ed25519 owner key").clone(), false);
    }

    /** A wallet owner; an integrated address's payment id is dropped, as oxen-core does. */
    public static Owner wallet(OxenAddress address) {
        Require.nonNull(address, "owner address");
        byte[] keys = Arrays.copyOf(address.spendKey(), 64);
        System.arraycopy(address.viewKey(), 0, keys, 32, 32);
        return new Owner(SignatureType.CRYPTONOTE, keys, address.kind() == AddressKind.SUBADDRESS);
    }

    public SignatureType type() {
        return type;
    }

    /** Whether a wallet owner is a subaddress (irrelevant to signatures; part of the owner blob). */
    public boolean isSubaddress() {
        return subaddress;
    }

    /**
     * Whether this owner is unset, as oxen-core's {@code generic_owner::operator bool} defines it
     * ({@code tx_extra.h}): an ed25519 owner whose key is all zero, or a wallet owner whose spend
     * <em>and</em> view keys are both all zero ({@code null_address}). Nothing ever verifies against an
     * unset owner. A wallet owner with a zero spend key but a non-zero view key is set.
     */
    public boolean isUnset() {
        int acc = 0;
        for (byte b : key) {
            acc |= b;
        }
        return acc == 0;
    }

    /** The key signatures are checked against: the ed25519 key, or the wallet's spend key. */
    public byte[] verificationKey() {
        return Arrays.copyOf(key, 32);
    }

    /** A wallet owner's view public key. */
    public byte[] viewKey() {
        if (type != SignatureType.CRYPTONOTE) {
            throw new IllegalStateException("an ed25519 owner has no view key");
        }
        return Arrays.copyOfRange(key, 32, 64);
    }

    /**
     * The 80-byte {@code generic_owner}: wallet spend ‖ view ‖ is_subaddress ‖ 7×00 ‖ type 00 ‖ 7×00;
     * ed25519 key ‖ 40×00 ‖ type 01 ‖ 7×00. The form the ONS database stores and owner lookups compare.
     */
    public byte[] genericOwner() {
        byte[] blob = new byte[GENERIC_OWNER_LENGTH];
        System.arraycopy(key, 0, blob, 0, key.length);
        if (subaddress) {
            blob[64] = 1;
        }
        blob[72] = (byte) type.code();
        return blob;
    }

    /** The owner as it enters an update's signed buffer: the type byte, then the raw key bytes (33 or 65 bytes). */
    byte[] signedForm() {
        byte[] out = new byte[1 + key.length];
        out[0] = (byte) type.code();
        System.arraycopy(key, 0, out, 1, key.length);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Owner other && other.type == type && other.subaddress == subaddress
                && MessageDigest.isEqual(other.key, key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key) * 31 + type.hashCode() + (subaddress ? 1 : 0);
    }

    @Override
    public String toString() {
        return type == SignatureType.ED25519 ? "Owner[ed25519 " + HexFormat.of().formatHex(key) + "]"
                : "Owner[wallet" + (subaddress ? " subaddress" : "") + " spend " + HexFormat.of().formatHex(key, 0, 32) + "]";
    }
}
