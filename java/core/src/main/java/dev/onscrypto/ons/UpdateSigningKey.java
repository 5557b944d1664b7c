package dev.onscrypto.ons;

import javax.security.auth.Destroyable;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Require;
import dev.onscrypto.secret.SecretBytes;

/**
 * The secret that signs an update for an owner: a 32-byte ed25519 seed, or a wallet's spend and view
 * secret keys with the subaddress index (major, minor) of the owner address — (0, 0) is the primary
 * address. Holds copies of the secrets; {@link #close()} (or {@link #destroy()}) wipes them, after
 * which signing with it, or asking its public key, throws {@link IllegalStateException} — a closed key
 * never signs as the all-zero key. Never printed.
 */
public final class UpdateSigningKey implements AutoCloseable, Destroyable {
    private final SignatureType type;
    private final SecretBytes first;   // ed25519 seed, or spend secret
    private final SecretBytes view;    // wallet view secret (null for ed25519 or a primary address without one)
    private final int major;
    private final int minor;

    private UpdateSigningKey(SignatureType type, SecretBytes first, SecretBytes view, int major, int minor) {
        this.type = type;
        this.first = first;
        this.view = view;
        this.major = major;
        this.minor = minor;
    }

    /** An ed25519 owner's key, from its 32-byte seed. */
    public static UpdateSigningKey ed25519(byte[] seed) {
        return new UpdateSigningKey(SignatureType.ED25519, SecretBytes.copyOf(Require.length(seed, 32, "ed25519 seed")), null,
                0, 0);
    }

    /** A wallet owner's primary address key: the spend secret alone signs. */
    public static UpdateSigningKey walletPrimary(byte[] spendSecret) {
        return new UpdateSigningKey(SignatureType.CRYPTONOTE, SecretBytes.copyOf(Require.length(spendSecret, 32, "spend secret key")),
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
        return new UpdateSigningKey(SignatureType.CRYPTONOTE, SecretBytes.copyOf(spendSecret), SecretBytes.copyOf(viewSecret),
                major, minor);
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

    /** The seed or spend secret. */
    SecretBytes secret() {
        requireOpen();
        return first;
    }

    /** The view secret, or {@code null}. */
    SecretBytes viewSecret() {
        requireOpen();
        return view;
    }

    private void requireOpen() {
        if (isDestroyed()) {
            throw new IllegalStateException("the update signing key has been closed and can no longer be used");
        }
    }

    /** Wipes the secrets; the key can no longer be used. Idempotent. */
    @Override
    public void close() {
        first.destroy();
        if (view != null) {
            view.destroy();
        }
    }

    /** Same as {@link #close()}. */
    @Override
    public void destroy() {
        close();
    }

    @Override
    public boolean isDestroyed() {
        return first.isDestroyed();
    }

    @Override
    public String toString() {
        return "UpdateSigningKey[" + type.canonicalName() + (type == SignatureType.CRYPTONOTE ? " " + major + "," + minor : "")
                + (isDestroyed() ? ", closed" : "") + "]";
    }
}
