package dev.onscrypto.ons;

import java.util.HexFormat;

import dev.onscrypto.internal.Require;

/**
 * Owner text forms (oxen-core {@code parse_owner_to_generic_owner} / {@code generic_owner::to_string}):
 * a wallet address of the network (standard, subaddress or integrated), else 64 hex characters
 * (an ed25519 key).
 */
public final class OwnerCodec {
    private final AddressCodec addresses;

    OwnerCodec(AddressCodec addresses) {
        this.addresses = addresses;
    }

    /** Parses an owner; a wallet address is tried first, for {@code network}. */
    public Owner parse(String text, Network network) {
        Require.nonNull(text, "owner");
        Require.nonNull(network, "network");
        InvalidAddressException notAnAddress;
        try {
            return Owner.wallet(addresses.parse(text, network));
        } catch (InvalidAddressException e) {
            notAnAddress = e;
        }
        if (text.length() == 64) {
            try {
                return Owner.ed25519(HexFormat.of().parseHex(text));
            } catch (IllegalArgumentException notHex) {
                // fall through to the combined message
            }
        }
        throw new InvalidOwnerException("owner must be a " + network.label()
                + " wallet address or a 64-hex-character ed25519 key (as an address: " + notAnAddress.getMessage() + ")");
    }

    /** The text form: the standard or subaddress address for {@code network}, or the key in lower-case hex. */
    public String format(Owner owner, Network network) {
        Require.nonNull(owner, "owner");
        Require.nonNull(network, "network");
        if (owner.type() == SignatureType.ED25519) {
            return HexFormat.of().formatHex(owner.verificationKey());
        }
        AddressKind kind = owner.isSubaddress() ? AddressKind.SUBADDRESS : AddressKind.STANDARD;
        return addresses.format(OxenAddress.of(network, kind, owner.verificationKey(), owner.viewKey()));
    }
}
