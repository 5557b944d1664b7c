package dev.onscrypto.ons;

import java.util.Arrays;
import java.util.HexFormat;

import dev.onscrypto.internal.Require;

/**
 * The plaintext binary value of an ONS record — what gets encrypted — for its record type
 * (oxen-core {@code src/cryptonote_core/oxen_name_system.cpp}, {@code mapping_value}):
 * <ul>
 *   <li>{@link MappingType#SESSION}: 33 bytes, {@code 05} ‖ the 32-byte key of a Session ID;</li>
 *   <li>{@link MappingType#LOKINET}: the 32-byte lokinet public key;</li>
 *   <li>{@link MappingType#WALLET}: a kind byte {@code 00} (standard) or {@code 01} (subaddress) ‖
 *       spend key ‖ view key = 65 bytes, or {@code 02} (integrated) ‖ spend ‖ view ‖ payment id =
 *       73 bytes.</li>
 * </ul>
 * The lokinet 2/5/10-year types are buy/renew variants and are stored as {@link MappingType#LOKINET}.
 *
 * <p>A {@code MappingValue} is <em>well-formed</em> (length and wallet kind byte fit the type), not
 * necessarily <em>valid</em>: a record on chain can hold any bytes of the right length, so
 * {@link #ofBinary} and decryption accept a session value that does not begin with {@code 05} and a
 * wallet value whose keys are not curve points, and {@link #hex()} always shows them.
 * {@link ValueCodec#isValid} tells whether the value is a real Session ID / address, and
 * {@link ValueCodec#format} refuses one that is not ({@link InvalidValueException}); values from
 * {@link ValueCodec#parse} are always valid.
 *
 * <p>Immutable; {@link #binary()} returns a copy. Values are not secret, but {@link #toString()} stays short.
 */
public final class MappingValue {
    /** Session value length: {@code 05} ‖ 32-byte key. */
    public static final int SESSION_LENGTH = 33;
    /** Lokinet value length: the ed25519 public key. */
    public static final int LOKINET_LENGTH = 32;
    /** Wallet value length for a standard or subaddress address. */
    public static final int WALLET_LENGTH = 65;
    /** Wallet value length for an integrated address (payment id appended). */
    public static final int WALLET_INTEGRATED_LENGTH = 73;

    /** Wallet kind bytes (oxen-core {@code ONS_WALLET_TYPE_PRIMARY/SUBADDRESS/INTEGRATED}). */
    static final byte WALLET_STANDARD = 0x00;
    static final byte WALLET_SUBADDRESS = 0x01;
    static final byte WALLET_INTEGRATED = 0x02;

    private final MappingType type;
    private final byte[] binary;

    private MappingValue(MappingType type, byte[] binary) {
        this.type = type;
        this.binary = binary;
    }

    /**
     * A value from its binary form, checked against the type's layout only (see the class comment:
     * the result may be well-formed but not valid).
     *
     * @throws dev.onscrypto.InvalidInputException if an argument is null
     * @throws InvalidValueException if the length (or, for a wallet, the kind byte and length) does not fit the type
     */
    public static MappingValue ofBinary(MappingType type, byte[] binary) {
        Require.nonNull(type, "mapping type");
        Require.nonNull(binary, "value");
        MappingType recordType = type.recordType();
        switch (recordType) {
            case SESSION -> requireLength(binary, SESSION_LENGTH, "session");
            case LOKINET -> requireLength(binary, LOKINET_LENGTH, "lokinet");
            case WALLET -> checkWallet(binary);
            default -> throw new IllegalStateException("record type " + recordType); // recordType() never returns the others
        }
        return new MappingValue(recordType, binary.clone());
    }

    /**
     * The wallet value of {@code address}: kind byte, spend key, view key and, for an integrated
     * address, the payment id. The address' network is not part of the value.
     */
    public static MappingValue ofWallet(OxenAddress address) {
        Require.nonNull(address, "address");
        boolean integrated = address.kind() == AddressKind.INTEGRATED;
        byte[] b = new byte[integrated ? WALLET_INTEGRATED_LENGTH : WALLET_LENGTH];
        b[0] = switch (address.kind()) {
            case STANDARD -> WALLET_STANDARD;
            case SUBADDRESS -> WALLET_SUBADDRESS;
            case INTEGRATED -> WALLET_INTEGRATED;
        };
        System.arraycopy(address.spendKeyRef(), 0, b, 1, OxenAddress.KEY_LENGTH);
        System.arraycopy(address.viewKeyRef(), 0, b, 1 + OxenAddress.KEY_LENGTH, OxenAddress.KEY_LENGTH);
        if (integrated) {
            System.arraycopy(address.paymentIdRef(), 0, b, WALLET_LENGTH, OxenAddress.PAYMENT_ID_LENGTH);
        }
        return new MappingValue(MappingType.WALLET, b);
    }

    private static void requireLength(byte[] binary, int length, String what) {
        if (binary.length != length) {
            throw new InvalidValueException(what + " value must be " + length + " bytes, got " + binary.length);
        }
    }

    private static void checkWallet(byte[] binary) {
        if (binary.length == 0) {
            throw new InvalidValueException("wallet value must be 65 or 73 bytes, got 0");
        }
        // oxen-core's reader trusts the flag; we pair flag and length so every value has one meaning.
        switch (binary[0]) {
            case WALLET_STANDARD, WALLET_SUBADDRESS -> requireLength(binary, WALLET_LENGTH, "wallet (kind 0" + binary[0] + ")");
            case WALLET_INTEGRATED -> requireLength(binary, WALLET_INTEGRATED_LENGTH, "wallet (kind 02, integrated)");
            default -> throw new InvalidValueException(String.format(
                    "wallet value kind byte must be 00, 01 or 02, got %02x", binary[0] & 0xff));
        }
    }

    /** The record type: {@link MappingType#SESSION}, {@link MappingType#WALLET} or {@link MappingType#LOKINET}. */
    public MappingType type() {
        return type;
    }

    /** The binary value (a copy). */
    public byte[] binary() {
        return binary.clone();
    }

    /** The binary value as lower-case hex: shown for every value, valid or not. */
    public String hex() {
        return HexFormat.of().formatHex(binary);
    }

    /** Length of the binary value in bytes. */
    public int length() {
        return binary.length;
    }

    /** No copy, for this package's codecs, which never modify it. */
    byte[] binaryRef() {
        return binary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MappingValue v && type == v.type && Arrays.equals(binary, v.binary);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(binary);
    }

    /** Type and length only. */
    @Override
    public String toString() {
        return "MappingValue[" + type.label() + ", " + binary.length + " bytes]";
    }
}
