package dev.onscrypto.ons;

import java.util.Arrays;
import java.util.HexFormat;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Require;

/**
 * Human-readable ONS values ↔ {@link MappingValue} (oxen-core
 * {@code src/cryptonote_core/oxen_name_system.cpp}: {@code mapping_value::validate} and {@code to_readable_value}):
 * <ul>
 *   <li>session: 66 hex characters (either case) beginning {@code 05} ↔ the 33 bytes; printed lower-case;</li>
 *   <li>lokinet: 52 z-base-32 characters + {@code .loki}, the 52nd being {@code y} or {@code o} ↔ 32 bytes;</li>
 *   <li>wallet: an address of the given network ↔ kind byte ‖ spend ‖ view [‖ payment id]. An
 *       integrated value prints as the plain standard address — the payment id is dropped, as
 *       oxen-core does.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ValueCodec {
    private static final int SESSION_HEX_LENGTH = 2 * MappingValue.SESSION_LENGTH;
    /** The first byte of every Session ID (its "05" prefix). */
    private static final byte SESSION_PREFIX = 0x05;

    private final AddressCodec addresses;

    /** A codec that reads and writes wallet values with {@code addresses}. */
    ValueCodec(AddressCodec addresses) {
        this.addresses = Require.nonNull(addresses, "address codec");
    }

    /**
     * Parses the readable form of a value of {@code type} (the lokinet 2/5/10-year types parse as lokinet).
     *
     * @param network the network a wallet address must belong to; may be null for session and lokinet values
     * @throws InvalidInputException if {@code type} or {@code text} is null, or {@code network} is null for a wallet value
     * @throws InvalidValueException if {@code text} is not a valid value of that type (for a wallet value,
     *     the message carries the address rule that failed)
     */
    public MappingValue parse(MappingType type, String text, Network network) {
        Require.nonNull(type, "mapping type");
        Require.nonNull(text, "value");
        return switch (type.recordType()) {
            case SESSION -> MappingValue.ofBinary(MappingType.SESSION, parseSession(text));
            case LOKINET -> MappingValue.ofBinary(MappingType.LOKINET, Base32z.decodeLokinet(text));
            case WALLET -> parseWallet(text, Require.nonNull(network, "network"));
            default -> throw new IllegalStateException("record type " + type.recordType()); // never: recordType() is one of the three
        };
    }

    /**
     * The readable form of a {@linkplain #isValid(MappingValue) valid} value: lower-case hex for
     * session, z-base-32 + {@code .loki} for lokinet, and for wallet the standard address (kind 00 or
     * 02, payment id dropped) or the subaddress address (kind 01) on {@code network}. What it returns,
     * {@link #parse} reads back to the same value (an integrated value: to the standard one).
     *
     * @param network required for wallet values; may be null otherwise
     * @throws InvalidInputException if {@code value} is null, or {@code network} is null for a wallet value
     * @throws InvalidValueException if the value is well-formed but not valid — "not a valid Session ID"
     *     or "not a valid address"; its bytes are still available from {@link MappingValue#hex()}
     */
    public String format(MappingValue value, Network network) {
        Require.nonNull(value, "value");
        if (value.type() == MappingType.WALLET) {
            Require.nonNull(network, "network");
        }
        String invalid = invalidReason(value);
        if (invalid != null) {
            throw new InvalidValueException(invalid);
        }
        byte[] b = value.binaryRef();
        return switch (value.type()) {
            case SESSION -> HexFormat.of().formatHex(b);
            case LOKINET -> Base32z.encodeLokinet(b);
            case WALLET -> addresses.format(readableAddress(value, network));
            default -> throw new IllegalStateException("record type " + value.type()); // never: see MappingValue
        };
    }

    /**
     * Whether {@code value} is what {@link #parse} accepts, not only well-formed: a session value must
     * begin with {@code 05} (a Session ID), a wallet value's spend and view keys must be ed25519 points
     * ({@code check_key}); every lokinet value is valid. {@link MappingValue#ofBinary} and decryption
     * check the layout only, because a record on chain can hold any bytes of the right length (the
     * daemon cannot see inside an encrypted value) — this says whether they mean a Session ID or an
     * address.
     *
     * @throws InvalidInputException if {@code value} is null
     */
    public boolean isValid(MappingValue value) {
        return invalidReason(Require.nonNull(value, "value")) == null;
    }

    /** Why a well-formed value is not valid, or null when it is. */
    private String invalidReason(MappingValue value) {
        byte[] b = value.binaryRef();
        return switch (value.type()) {
            case SESSION -> b[0] == SESSION_PREFIX ? null
                    : String.format("not a valid Session ID: it begins with %02x, not 05", b[0] & 0xff);
            case WALLET -> {
                String key = addresses.invalidKey(Arrays.copyOfRange(b, 1, 1 + OxenAddress.KEY_LENGTH),
                        Arrays.copyOfRange(b, 1 + OxenAddress.KEY_LENGTH, MappingValue.WALLET_LENGTH));
                yield key == null ? null : "not a valid address: its " + key;
            }
            default -> null;
        };
    }

    /**
     * The address a wallet value renders as (oxen-core {@code get_wallet_address_info} +
     * {@code to_readable_value}): subaddress for kind 01, otherwise standard — an integrated value's
     * payment id is dropped.
     */
    static OxenAddress readableAddress(MappingValue value, Network network) {
        byte[] b = value.binaryRef();
        AddressKind kind = b[0] == MappingValue.WALLET_SUBADDRESS ? AddressKind.SUBADDRESS : AddressKind.STANDARD;
        return OxenAddress.of(network, kind,
                Arrays.copyOfRange(b, 1, 1 + OxenAddress.KEY_LENGTH),
                Arrays.copyOfRange(b, 1 + OxenAddress.KEY_LENGTH, MappingValue.WALLET_LENGTH));
    }

    private static byte[] parseSession(String text) {
        if (text.length() != SESSION_HEX_LENGTH) {
            throw new InvalidValueException("session value must be " + SESSION_HEX_LENGTH
                    + " hex characters, got " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isAsciiHex(text.charAt(i))) {
                throw new InvalidValueException("session value has a non-hex character at index " + i);
            }
        }
        if (!text.startsWith("05")) {
            throw new InvalidValueException("session value must begin with 05");
        }
        return HexFormat.of().parseHex(text);
    }

    // ASCII only: Character.digit would also take full-width and other Unicode digits.
    private static boolean isAsciiHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private MappingValue parseWallet(String text, Network network) {
        OxenAddress address;
        try {
            address = addresses.parse(text, network);
        } catch (InvalidAddressException e) {
            InvalidValueException v = new InvalidValueException("wallet value is not a valid "
                    + network.label() + " address: " + e.getMessage());
            v.initCause(e);
            throw v;
        }
        return MappingValue.ofWallet(address);
    }
}
