package dev.onscrypto.ons;

import java.util.Locale;

/**
 * ONS mapping types (oxen-core {@code mapping_type}). The lokinet 2/5/10-year types exist only in
 * buy/renew transactions; records and lookups use {@link #LOKINET} for all of them.
 */
public enum MappingType {
    SESSION(0),
    WALLET(1),
    LOKINET(2),
    LOKINET_2YEARS(3),
    LOKINET_5YEARS(4),
    LOKINET_10YEARS(5);

    private final int code;

    MappingType(int code) {
        this.code = code;
    }

    /** The numeric type of transactions and RPC. */
    public int code() {
        return code;
    }

    /** 2 ≤ type ≤ 5. */
    public boolean isLokinet() {
        return code >= 2;
    }

    /** The type stored in the ONS database and used for lookups and record encryption: lokinet variants → {@link #LOKINET}. */
    public MappingType recordType() {
        return isLokinet() ? LOKINET : this;
    }

    /** The type for a numeric code 0–5. */
    public static MappingType ofCode(int code) {
        for (MappingType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new dev.onscrypto.InvalidInputException("mapping type must be 0..5, got " + code);
    }

    /**
     * Parses the wallet's names, case-insensitively: {@code session}, {@code wallet}, {@code lokinet},
     * and {@code lokinet_1y|lokinet_1years}, {@code lokinet_2y|lokinet_2years},
     * {@code lokinet_5y|lokinet_5years}, {@code lokinet_10y|lokinet_10years}.
     */
    public static MappingType parse(String text) {
        if (text != null) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "session": return SESSION;
                case "wallet": return WALLET;
                case "lokinet", "lokinet_1y", "lokinet_1years": return LOKINET;
                case "lokinet_2y", "lokinet_2years": return LOKINET_2YEARS;
                case "lokinet_5y", "lokinet_5years": return LOKINET_5YEARS;
                case "lokinet_10y", "lokinet_10years": return LOKINET_10YEARS;
                default: break;
            }
        }
        throw new dev.onscrypto.InvalidInputException(
                "mapping type must be session, wallet or lokinet (or lokinet_2y/5y/10y), got '" + text + "'");
    }

    /** Lower-case name as the wallet prints it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
