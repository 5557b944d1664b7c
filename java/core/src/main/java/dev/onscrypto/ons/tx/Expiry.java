package dev.onscrypto.ons.tx;

import java.util.OptionalLong;

import dev.onscrypto.internal.Require;
import dev.onscrypto.ons.MappingType;

/**
 * How long a lokinet registration lasts (oxen-core {@code ons::expiry_blocks},
 * {@code oxen_name_system.cpp}): blocks per day × 368 ({@code REGISTRATION_YEAR_DAYS}, a "year"
 * padded for drift and leap years) × 1, 2, 5 or 10 years. Testnet shortens the 1/2/5-year types to
 * days; fakechain to 2/4/10/20 blocks. Session and wallet records never expire.
 */
public final class Expiry {
    /** {@code REGISTRATION_YEAR_DAYS} ({@code oxen_economy.h}). */
    static final long REGISTRATION_YEAR_DAYS = 368;

    private Expiry() {}

    /** The registration length in blocks; empty for types that never expire. */
    public static OptionalLong blocks(Chain chain, MappingType type) {
        Require.nonNull(chain, "network");
        Require.nonNull(type, "mapping type");
        if (!type.isLokinet()) {
            return OptionalLong.empty();
        }
        long years = switch (type) {
            case LOKINET_2YEARS -> 2;
            case LOKINET_5YEARS -> 5;
            case LOKINET_10YEARS -> 10;
            default -> 1;
        };
        long bpd = chain.blocksPerDay();
        long result = bpd * REGISTRATION_YEAR_DAYS * years;
        if (chain == Chain.TESTNET && type != MappingType.LOKINET_10YEARS) {
            result /= REGISTRATION_YEAR_DAYS;
        } else if (chain == Chain.FAKECHAIN) {
            result /= bpd * REGISTRATION_YEAR_DAYS / 2;
        }
        return OptionalLong.of(result);
    }

    /**
     * The expiration height a buy at {@code height} gets: height + blocks; empty for types that never
     * expire.
     */
    public static OptionalLong expirationHeight(Chain chain, MappingType type, long height) {
        Require.range(height, 0, Long.MAX_VALUE, "height");
        OptionalLong b = blocks(chain, type);
        return b.isPresent() ? OptionalLong.of(Math.addExact(height, b.getAsLong())) : OptionalLong.empty();
    }
}
