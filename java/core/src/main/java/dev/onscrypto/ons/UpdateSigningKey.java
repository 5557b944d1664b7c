package dev.onscrypto.ons;

import java.util.Arrays;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Require;

/**
 * The secret that signs an update for an owner: a 32-byte ed25519 seed, or a wallet's spend and view
 * secret keys with the subaddress index (major, minor) of the owner address — (0, 0) is the primary
 * address. Holds copies of the secrets; {@link #close()} wipes them. Never printed.
 */
public final class UpdateSigningKey implements AutoCloseable {
    private final SignatureType type;
    private final byte[] first;   // ed25519 seed, or spend secret
    private final byte[] view;    // wallet view secret (null for ed25519 or a primary address without one)
    private final int major;
    private final int minor;

    private UpdateSigningKey(SignatureType type, byte[] first, byte[] view, int major, int minor) {
        this.type = type;
        this.first = first;
        this.view = view;
        this.major = major;
        this.minor = minor;
    }

    /** An ed25519 owner's key, from its 32-byte seed. */
    public static UpdateSigningKey ed25519(byte[] seed) {
        return new UpdateSigningKey(SignatureType.ED25519, Require.length(seed, 32, "ed25519 seed").clone(), null, 0, 0);
    }

    /** A wallet owner's primary address key: the spend secret alone signs. */
    public static UpdateSigningKey walletPrimary(byte[] spendSecret) {
        return new UpdateSigningKey(SignatureType.MONERO, Require.length(spendSecret, 32, "spend secret key").clone(),
                null, 0, 0);
    }

    /**
     * A wallet owner's key for the subaddress (major, minor); (0, 0) is the primary address. The view
     * secret is needed to derive a subaddress's spend secret.
     */
    public static UpdateSigningKey wallet(byte[] spendSecret, byte[] viewSecret, int major, int minor) {
        Require.length(spendSecret, 32, "spend secret key");
        Require.length(viewSecret, 32, "view secret key");
        if (major < 0 || minor < 0) {
            // Java ints are signed; oxen-core's indices are uint32 — accept the full range via the bit pattern.
            throw new InvalidInputException("subaddress index must be non-negative");
        }
        return new UpdateSigningKey(SignatureType.MONERO, spendSecret.clone(), viewSecret.clone(), major, minor);
    }

    public SignatureType type() {
        return type;
    }

    boolean isPrimary() {
        return major == 0 && minor == 0;
    }

    int major() {
        return major;
    }

    int minor() {
        return minor;
    }

    /** The seed or spend secret (a copy: the caller wipes it). */
    byte[] secret() {
        return first.clone();
    }

    /** The view secret (a copy), or {@code null}. */
    byte[] viewSecret() {
        return view == null ? null : view.clone();
    }

    @Override
    public void close() {
        Arrays.fill(first, (byte) 0);
        if (view != null) {
            Arrays.fill(view, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "UpdateSigningKey[" + type.label() + (type == SignatureType.MONERO ? " " + major + "," + minor : "") + "]";
    }
}
