package dev.onscrypto.ons.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.ons.MappingType;

/** expiry_blocks per chain and type, burn_needed per fork and type, mapping_type_allowed, hard-fork heights. */
class ExpiryBurnTest {

    @Test
    void expiryBlocksPerChain() {
        long[][] expected = {
                // lokinet, 2y, 5y, 10y
                {264_960, 529_920, 1_324_800, 2_649_600},   // mainnet
                {720, 1_440, 3_600, 2_649_600},             // testnet: days, 10y unchanged
                {264_960, 529_920, 1_324_800, 2_649_600},   // devnet
                {264_960, 529_920, 1_324_800, 2_649_600},   // stagenet
                {6_359_040, 12_718_080, 31_795_200, 63_590_400}, // localdev: 5 s blocks
                {2, 4, 10, 20}};                            // fakechain
        for (Chain c : Chain.values()) {
            assertEquals(OptionalLong.empty(), Expiry.blocks(c, MappingType.SESSION));
            assertEquals(OptionalLong.empty(), Expiry.blocks(c, MappingType.WALLET));
            MappingType[] lokinet = {MappingType.LOKINET, MappingType.LOKINET_2YEARS, MappingType.LOKINET_5YEARS, MappingType.LOKINET_10YEARS};
            for (int i = 0; i < 4; i++) {
                assertEquals(expected[c.ordinal()][i], Expiry.blocks(c, lokinet[i]).getAsLong(), c + " " + lokinet[i]);
            }
        }
        assertEquals(OptionalLong.of(100 + 264_960), Expiry.expirationHeight(Chain.MAINNET, MappingType.LOKINET, 100));
        assertEquals(OptionalLong.empty(), Expiry.expirationHeight(Chain.MAINNET, MappingType.SESSION, 100));
    }

    @Test
    void chainNames() {
        for (Chain c : Chain.values()) {
            assertEquals(c, Chain.parse(c.label().toUpperCase()));
        }
        assertThrows(InvalidInputException.class, () -> Chain.parse("regtest"));
        assertThrows(InvalidInputException.class, () -> Chain.parse(null));
    }

    @Test
    void burnNeededPerForkAndType() {
        long coin = Burn.COIN;
        assertEquals(20 * coin, Burn.needed(15, MappingType.SESSION));
        assertEquals(40 * coin, Burn.needed(15, MappingType.LOKINET_2YEARS));
        assertEquals(15 * coin, Burn.needed(16, MappingType.WALLET));
        assertEquals(60 * coin, Burn.needed(17, MappingType.LOKINET_5YEARS));
        assertEquals(7 * coin, Burn.needed(18, MappingType.LOKINET));
        assertEquals(42 * coin, Burn.needed(21, MappingType.LOKINET_10YEARS));
        assertEquals(0, Burn.needed(21, Burn.UPDATE_RECORD_INTERNAL));
        assertEquals(0, Burn.required(21, OnsTxKind.UPDATE, MappingType.LOKINET_10YEARS));
        assertEquals(28 * coin, Burn.required(21, OnsTxKind.RENEW, MappingType.LOKINET_5YEARS));
        assertThrows(InvalidInputException.class, () -> Burn.needed(21, 6));
        assertThrows(InvalidInputException.class, () -> Burn.needed(-1, 0));
    }

    @Test
    void typesAllowedPerFork() {
        assertFalse(HardForks.typeAllowed(14, MappingType.SESSION));
        assertTrue(HardForks.typeAllowed(15, MappingType.SESSION));
        assertFalse(HardForks.typeAllowed(15, MappingType.LOKINET_10YEARS));
        assertTrue(HardForks.typeAllowed(16, MappingType.LOKINET_10YEARS));
        assertFalse(HardForks.typeAllowed(17, MappingType.WALLET));
        assertTrue(HardForks.typeAllowed(18, MappingType.WALLET));
    }

    @Test
    void hardForkHeights() {
        assertEquals(OptionalInt.of(14), Chain.MAINNET.hardForkAt(496_968));
        assertEquals(OptionalInt.of(15), Chain.MAINNET.hardForkAt(496_969));
        assertEquals(OptionalInt.of(16), Chain.MAINNET.hardForkAt(641_111));
        assertEquals(OptionalInt.of(18), Chain.MAINNET.hardForkAt(785_000));
        assertEquals(OptionalInt.of(19), Chain.MAINNET.hardForkAt(2_000_000));
        assertEquals(OptionalInt.of(18), Chain.TESTNET.hardForkAt(252));
        assertEquals(OptionalInt.of(21), Chain.STAGENET.hardForkAt(250));
        assertEquals(OptionalInt.of(21), Chain.LOCALDEV.hardForkAt(171));
        assertEquals(OptionalInt.empty(), Chain.FAKECHAIN.hardForkAt(10));
    }
}
