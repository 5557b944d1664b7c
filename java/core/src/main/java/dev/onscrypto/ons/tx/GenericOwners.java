package dev.onscrypto.ons.tx;

import dev.onscrypto.internal.Require;
import dev.onscrypto.ons.AddressKind;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.OxenAddress;

/**
 * Owners as the transaction carries them (oxen-core {@code ons::generic_owner}): made from raw keys,
 * and the "unset" test of {@code generic_owner::operator bool}.
 */
public final class GenericOwners {
    /**
     * What oxen-core holds where a record has no backup owner: a value-initialised {@code generic_owner},
     * i.e. a wallet owner (type 0) with zero keys and no subaddress flag. Comparisons with "no backup
     * owner" compare with this owner (e.g. an update setting exactly this backup owner changes nothing).
     */
    static final Owner NONE = wallet(new byte[32], new byte[32], false);

    private GenericOwners() {}

    /**
     * A wallet owner from its spend and view public keys. Any 32 bytes are accepted, as oxen-core does;
     * the network is not part of an owner.
     */
    public static Owner wallet(byte[] spendKey, byte[] viewKey, boolean subaddress) {
        Require.length(spendKey, 32, "spend key");
        Require.length(viewKey, 32, "view key");
        return Owner.wallet(OxenAddress.of(Network.MAINNET, subaddress ? AddressKind.SUBADDRESS : AddressKind.STANDARD,
                spendKey, viewKey));
    }

    /**
     * oxen-core {@code generic_owner::operator bool} ({@code tx_extra.h}): an ed25519 owner is set when
     * its key is not all zero, a wallet owner when its spend and view keys are not both all zero. An
     * unset owner never authorises an update.
     */
    static boolean isSet(Owner owner) {
        return owner != null && !owner.isUnset();
    }

    /** The owner oxen-core compares with: {@code owner}, or {@link #NONE} for none. */
    static Owner orNone(Owner owner) {
        return owner == null ? NONE : owner;
    }
}
