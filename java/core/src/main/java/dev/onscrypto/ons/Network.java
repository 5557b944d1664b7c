package dev.onscrypto.ons;

import java.util.Locale;

import dev.onscrypto.InvalidInputException;

/**
 * Oxen networks and their base58 address prefixes (oxen-core {@code network_config/*.h}; stagenet
 * exists only on the dev branch). Fakechain uses mainnet's prefixes and localdev devnet's, so they
 * need no constants of their own.
 */
public enum Network {
    MAINNET(114, 115, 116),
    TESTNET(156, 157, 158),
    DEVNET(3930, 4442, 5850),
    STAGENET(4888, 5272, 5656);

    private final int standard;
    private final int integrated;
    private final int subaddress;

    Network(int standard, int integrated, int subaddress) {
        this.standard = standard;
        this.integrated = integrated;
        this.subaddress = subaddress;
    }

    /** The varint prefix that starts an address of {@code kind} on this network. */
    int prefix(AddressKind kind) {
        if (kind == null) {
            throw new InvalidInputException("address kind must not be null");
        }
        return switch (kind) {
            case STANDARD -> standard;
            case INTEGRATED -> integrated;
            case SUBADDRESS -> subaddress;
        };
    }

    /**
     * The network with this name, case-insensitively ({@code mainnet}, {@code testnet}, {@code devnet},
     * {@code stagenet}); the whole string must match, no surrounding blanks.
     *
     * @throws InvalidInputException for null or any other name
     */
    public static Network parse(String text) {
        if (text != null) {
            // ASCII case folding only: String.equalsIgnoreCase would also accept e.g. the dotless ı or the long ſ.
            String lower = asciiLower(text);
            for (Network n : values()) {
                if (n.label().equals(lower)) {
                    return n;
                }
            }
        }
        throw new InvalidInputException("network must be mainnet, testnet, devnet or stagenet");
    }

    private static String asciiLower(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return sb.toString();
    }

    /** Lower-case name ({@code mainnet}, …). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
