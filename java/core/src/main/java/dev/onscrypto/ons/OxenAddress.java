package dev.onscrypto.ons;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Require;

/**
 * An Oxen wallet address: network, kind, spend and view public keys, and for an
 * {@link AddressKind#INTEGRATED integrated} address an 8-byte payment id. Immutable; every accessor
 * returns a fresh copy. Keys are public data.
 *
 * <p>This is a plain value: {@link #of} checks lengths and the kind/payment-id pairing, not that the
 * keys are curve points. {@link AddressCodec#parse} does check the points, as oxen-core does when it
 * reads an address string.
 */
public final class OxenAddress {
    /** Length of the spend and of the view public key. */
    public static final int KEY_LENGTH = 32;
    /** Length of an integrated address' payment id. */
    public static final int PAYMENT_ID_LENGTH = 8;

    private final Network network;
    private final AddressKind kind;
    private final byte[] spendKey;
    private final byte[] viewKey;
    private final byte[] paymentId; // null unless INTEGRATED

    private OxenAddress(Network network, AddressKind kind, byte[] spendKey, byte[] viewKey, byte[] paymentId) {
        this.network = network;
        this.kind = kind;
        this.spendKey = spendKey;
        this.viewKey = viewKey;
        this.paymentId = paymentId;
    }

    /**
     * A standard or subaddress address (no payment id).
     *
     * @throws InvalidInputException if an argument is null, a key is not 32 bytes, or {@code kind} is
     *     {@link AddressKind#INTEGRATED} (which needs a payment id)
     */
    public static OxenAddress of(Network network, AddressKind kind, byte[] spendKey, byte[] viewKey) {
        return of(network, kind, spendKey, viewKey, null);
    }

    /**
     * An address of any kind. {@code paymentId} must be 8 bytes for {@link AddressKind#INTEGRATED} and
     * null for the other kinds (a subaddress never carries a payment id).
     *
     * @throws InvalidInputException if a length is wrong or the payment id does not match the kind
     */
    public static OxenAddress of(Network network, AddressKind kind, byte[] spendKey, byte[] viewKey, byte[] paymentId) {
        Require.nonNull(network, "network");
        Require.nonNull(kind, "address kind");
        Require.length(spendKey, KEY_LENGTH, "spend key");
        Require.length(viewKey, KEY_LENGTH, "view key");
        if (kind == AddressKind.INTEGRATED) {
            Require.length(paymentId, PAYMENT_ID_LENGTH, "payment id");
        } else if (paymentId != null) {
            throw new InvalidInputException("only an integrated address has a payment id, not a " + kind.label() + " one");
        }
        return new OxenAddress(network, kind, spendKey.clone(), viewKey.clone(),
                paymentId == null ? null : paymentId.clone());
    }

    public Network network() {
        return network;
    }

    public AddressKind kind() {
        return kind;
    }

    /** The spend public key (32 bytes, a copy). */
    public byte[] spendKey() {
        return spendKey.clone();
    }

    /** The view public key (32 bytes, a copy). */
    public byte[] viewKey() {
        return viewKey.clone();
    }

    /** The 8-byte payment id (a copy) for an integrated address; empty for the other kinds. */
    public Optional<byte[]> paymentId() {
        return paymentId == null ? Optional.empty() : Optional.of(paymentId.clone());
    }

    /** Whether this is a {@link AddressKind#SUBADDRESS subaddress}. */
    public boolean isSubaddress() {
        return kind == AddressKind.SUBADDRESS;
    }

    // Package-private views without copies, for the codecs of this package, which never modify them.
    byte[] spendKeyRef() {
        return spendKey;
    }

    byte[] viewKeyRef() {
        return viewKey;
    }

    byte[] paymentIdRef() {
        return paymentId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OxenAddress a
                && network == a.network
                && kind == a.kind
                && Arrays.equals(spendKey, a.spendKey)
                && Arrays.equals(viewKey, a.viewKey)
                && Arrays.equals(paymentId, a.paymentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(network, kind, Arrays.hashCode(spendKey), Arrays.hashCode(viewKey), Arrays.hashCode(paymentId));
    }

    /** Network, kind and keys in hex (all public); the payment id is only flagged, not shown. */
    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return "OxenAddress[" + network.label() + " " + kind.label()
                + ", spend=" + hex.formatHex(spendKey) + ", view=" + hex.formatHex(viewKey)
                + (paymentId == null ? "" : ", with payment id") + "]";
    }
}
