package dev.onscrypto.ons;

import java.util.Arrays;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Require;
import dev.onscrypto.internal.Varint;
import dev.onscrypto.primitives.Primitives;

/**
 * Oxen wallet address strings (oxen-core {@code src/cryptonote_basic/cryptonote_basic_impl.cpp},
 * {@code get_account_address_from_str} /
 * {@code get_account_address_as_str}):
 * {@code base58(varint(prefix) ‖ spend ‖ view [‖ payment id] ‖ checksum)}, the checksum being the
 * first 4 bytes of Keccak-256 (original padding) of everything before it.
 *
 * <p>Parsing is strict: the prefix must be the canonical varint of one of the network's three
 * prefixes, the payload must have exactly the kind's length (64, or 72 for integrated), and both keys
 * must be valid points ({@code check_key}). Failures are {@link InvalidAddressException}s whose message
 * names the rule and never contains the address.
 *
 * <p>Immutable and thread-safe.
 */
public final class AddressCodec {
    private static final int CHECKSUM_LENGTH = 4;
    private static final int KEYS_LENGTH = 2 * OxenAddress.KEY_LENGTH;

    private final Primitives primitives;

    /** A codec whose Keccak-256 and point checks run on {@code primitives}' backend. */
    AddressCodec(Primitives primitives) {
        this.primitives = Require.nonNull(primitives, "primitives");
    }

    /**
     * Parses an address of {@code network}.
     *
     * @throws InvalidInputException if an argument is null
     * @throws InvalidAddressException if {@code text} is not a valid address of that network
     */
    public OxenAddress parse(String text, Network network) {
        Require.nonNull(text, "address");
        Require.nonNull(network, "network");
        Decoded d = decode(text);
        AddressKind kind = kindOf(network, d.prefix);
        if (kind == null) {
            Network actual = networkOf(d.prefix);
            throw new InvalidAddressException(actual == null
                    ? "address prefix " + Long.toUnsignedString(d.prefix) + " is not an Oxen address prefix"
                    : "address is a " + actual.label() + " address, not a " + network.label() + " one");
        }
        return build(network, kind, d.payload);
    }

    /**
     * Parses an address of whichever network it belongs to. The networks' prefixes are disjoint, so
     * this is the first network that parses it, trying mainnet, testnet, devnet, stagenet in turn.
     *
     * @throws InvalidInputException if {@code text} is null
     * @throws InvalidAddressException if it is not a valid address of any network
     */
    public OxenAddress parseAnyNetwork(String text) {
        Require.nonNull(text, "address");
        Decoded d = decode(text);
        Network network = networkOf(d.prefix);
        if (network == null) {
            throw new InvalidAddressException(
                    "address prefix " + Long.toUnsignedString(d.prefix) + " is not an Oxen address prefix");
        }
        return build(network, kindOf(network, d.prefix), d.payload);
    }

    /**
     * The address string of {@code address}. Like oxen-core, this does not check that the keys are
     * curve points: an address built from arbitrary bytes formats, but will not parse back.
     *
     * @throws InvalidInputException if {@code address} is null
     */
    public String format(OxenAddress address) {
        Require.nonNull(address, "address");
        byte[] prefix = Varint.encode(address.network().prefix(address.kind()));
        byte[] pid = address.paymentIdRef();
        int bodyLength = prefix.length + KEYS_LENGTH + (pid == null ? 0 : pid.length);
        byte[] raw = new byte[bodyLength + CHECKSUM_LENGTH];
        System.arraycopy(prefix, 0, raw, 0, prefix.length);
        System.arraycopy(address.spendKeyRef(), 0, raw, prefix.length, OxenAddress.KEY_LENGTH);
        System.arraycopy(address.viewKeyRef(), 0, raw, prefix.length + OxenAddress.KEY_LENGTH, OxenAddress.KEY_LENGTH);
        if (pid != null) {
            System.arraycopy(pid, 0, raw, prefix.length + KEYS_LENGTH, pid.length);
        }
        byte[] checksum = checksum(raw, bodyLength);
        System.arraycopy(checksum, 0, raw, bodyLength, CHECKSUM_LENGTH);
        return CryptoNoteBase58.encode(raw);
    }

    /** Prefix and payload (keys [+ payment id]) of an address whose base58, checksum and varint are valid. */
    private record Decoded(long prefix, byte[] payload) {}

    private Decoded decode(String text) {
        if (text.isEmpty()) {
            throw new InvalidAddressException("address is empty");
        }
        byte[] raw = CryptoNoteBase58.decode(text);
        if (raw.length <= CHECKSUM_LENGTH) {
            throw new InvalidAddressException("address is too short (" + raw.length + " bytes decoded)");
        }
        int bodyLength = raw.length - CHECKSUM_LENGTH;
        byte[] expected = checksum(raw, bodyLength);
        if (!Arrays.equals(raw, bodyLength, raw.length, expected, 0, CHECKSUM_LENGTH)) {
            throw new InvalidAddressException("address checksum does not match");
        }
        byte[] body = Arrays.copyOf(raw, bodyLength); // the varint must not run into the checksum
        Varint.Decoded prefix;
        try {
            prefix = Varint.read(body, 0);
        } catch (InvalidInputException e) {
            throw new InvalidAddressException("address prefix: " + e.getMessage());
        }
        return new Decoded(prefix.value(), Arrays.copyOfRange(body, prefix.length(), bodyLength));
    }

    private OxenAddress build(Network network, AddressKind kind, byte[] payload) {
        int expected = kind == AddressKind.INTEGRATED ? KEYS_LENGTH + OxenAddress.PAYMENT_ID_LENGTH : KEYS_LENGTH;
        if (payload.length != expected) {
            throw new InvalidAddressException("a " + kind.label() + " address must carry " + expected
                    + " bytes after its prefix, this one carries " + payload.length);
        }
        byte[] spend = Arrays.copyOfRange(payload, 0, OxenAddress.KEY_LENGTH);
        byte[] view = Arrays.copyOfRange(payload, OxenAddress.KEY_LENGTH, KEYS_LENGTH);
        String invalidKey = invalidKey(spend, view);
        if (invalidKey != null) {
            throw new InvalidAddressException("address " + invalidKey);
        }
        byte[] pid = kind == AddressKind.INTEGRATED ? Arrays.copyOfRange(payload, KEYS_LENGTH, expected) : null;
        return OxenAddress.of(network, kind, spend, view, pid);
    }

    /** Which key of an address is not a point ({@code check_key}), or null when both are. */
    String invalidKey(byte[] spend, byte[] view) {
        if (!primitives.group().isValidPoint(spend)) {
            return "spend key is not a valid ed25519 point";
        }
        if (!primitives.group().isValidPoint(view)) {
            return "view key is not a valid ed25519 point";
        }
        return null;
    }

    private byte[] checksum(byte[] raw, int bodyLength) {
        return primitives.keccak256().hash(Arrays.copyOf(raw, bodyLength));
    }

    /** The kind whose prefix on {@code network} is {@code prefix}, or null. */
    static AddressKind kindOf(Network network, long prefix) {
        for (AddressKind kind : AddressKind.values()) {
            if (network.prefix(kind) == prefix) {
                return kind;
            }
        }
        return null;
    }

    /** The network that uses {@code prefix}, or null (the four networks share no prefix). */
    static Network networkOf(long prefix) {
        for (Network n : Network.values()) {
            if (kindOf(n, prefix) != null) {
                return n;
            }
        }
        return null;
    }
}
