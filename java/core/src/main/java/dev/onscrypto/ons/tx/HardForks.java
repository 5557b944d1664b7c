package dev.onscrypto.ons.tx;

import dev.onscrypto.internal.Require;
import dev.onscrypto.ons.MappingType;

/** The hard forks that changed ONS ({@code cryptonote::hf}) and which mapping types each allows. */
public final class HardForks {
    /** Session names. */
    public static final int HF15_ONS = 15;
    /** Lokinet names; lower fees. */
    public static final int HF16_PULSE = 16;
    /** Wallet names; lower fees again. */
    public static final int HF18 = 18;
    /** The version the CLI assumes when none is given. */
    public static final int CURRENT = 21;

    private HardForks() {}

    /** {@code mapping_type_allowed}: session from HF15, every lokinet type from HF16, wallet from HF18. */
    public static boolean typeAllowed(int hf, MappingType type) {
        Burn.checkHardFork(hf);
        Require.nonNull(type, "mapping type");
        return type == MappingType.SESSION ? hf >= HF15_ONS
                : type == MappingType.WALLET ? hf >= HF18
                : hf >= HF16_PULSE;
    }
}
