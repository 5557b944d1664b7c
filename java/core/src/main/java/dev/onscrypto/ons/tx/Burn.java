package dev.onscrypto.ons.tx;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Require;
import dev.onscrypto.ons.MappingType;

/**
 * The OXEN an ONS transaction must burn (oxen-core {@code ons::burn_needed}, {@code oxen_economy.h}),
 * in atomic units (1 OXEN = 10^9). The basic fee is 20 OXEN before HF16, 15 OXEN for HF16–17 and
 * 7 OXEN from HF18; lokinet 2/5/10 years cost 2/4/6 times it. Updates burn nothing. Whether the type
 * is allowed at that fork is a separate check.
 */
public final class Burn {
    public static final long COIN = 1_000_000_000L;
    /** {@code mapping_type::update_record_internal}: the type the wallet prices updates with; never on chain. */
    public static final int UPDATE_RECORD_INTERNAL = 7;

    private Burn() {}

    /** {@code burn_needed(hf, type)}. */
    public static long needed(int hf, MappingType type) {
        return needed(hf, Require.nonNull(type, "mapping type").code());
    }

    /** {@code burn_needed(hf, type)} for a type code 0–5 or 7 ({@link #UPDATE_RECORD_INTERNAL}, which burns 0). */
    public static long needed(int hf, int typeCode) {
        checkHardFork(hf);
        long basic = hf >= HardForks.HF18 ? 7 * COIN : hf >= HardForks.HF16_PULSE ? 15 * COIN : 20 * COIN;
        return switch (typeCode) {
            case 0, 1, 2 -> basic;
            case 3 -> 2 * basic;
            case 4 -> 4 * basic;
            case 5 -> 6 * basic;
            case UPDATE_RECORD_INTERNAL -> 0;
            default -> throw new InvalidInputException("mapping type must be 0..5 or 7, got " + typeCode);
        };
    }

    /** What a transaction of {@code kind} must burn: {@code burn_needed} for a buy or renewal, 0 for an update. */
    public static long required(int hf, OnsTxKind kind, MappingType type) {
        Require.nonNull(kind, "transaction kind");
        return kind == OnsTxKind.UPDATE ? 0 : needed(hf, type);
    }

    static void checkHardFork(int hf) {
        Require.range(hf, 0, 255, "hard fork version");
    }
}
