package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.onscrypto.InvalidInputException;

/**
 * Binary layouts per record type (oxen-core mapping_value::validate): Session 33 bytes, lokinet 32, wallet
 * flag 00 or 01 with 65 bytes and 02 (integrated) with 73; any other flag or flag/length pair is invalid.
 */
class MappingValueTest {

    private static byte[] wallet(int kind, int length) {
        byte[] b = new byte[length];
        b[0] = (byte) kind;
        return b;
    }

    @Test
    void acceptsExactlyTheLayouts() {
        assertEquals(33, MappingValue.ofBinary(MappingType.SESSION, new byte[33]).length());
        assertEquals(32, MappingValue.ofBinary(MappingType.LOKINET, new byte[32]).length());
        assertEquals(65, MappingValue.ofBinary(MappingType.WALLET, wallet(0, 65)).length());
        assertEquals(65, MappingValue.ofBinary(MappingType.WALLET, wallet(1, 65)).length());
        assertEquals(73, MappingValue.ofBinary(MappingType.WALLET, wallet(2, 73)).length());
    }

    @Test
    void lokinetVariantsAreStoredAsLokinet() {
        for (MappingType t : new MappingType[] {MappingType.LOKINET, MappingType.LOKINET_2YEARS,
                MappingType.LOKINET_5YEARS, MappingType.LOKINET_10YEARS}) {
            MappingValue v = MappingValue.ofBinary(t, new byte[32]);
            assertEquals(MappingType.LOKINET, v.type());
            assertEquals(MappingValue.ofBinary(MappingType.LOKINET, new byte[32]), v);
        }
    }

    @Test
    void rejectsOtherLengthsAndKinds() {
        for (int n : new int[] {0, 1, 32, 34, 49, 73}) {
            assertThrows(InvalidValueException.class, () -> MappingValue.ofBinary(MappingType.SESSION, new byte[n]), "session " + n);
        }
        for (int n : new int[] {0, 31, 33, 52, 72}) {
            assertThrows(InvalidValueException.class, () -> MappingValue.ofBinary(MappingType.LOKINET_5YEARS, new byte[n]), "lokinet " + n);
        }
        assertThrows(InvalidValueException.class, () -> MappingValue.ofBinary(MappingType.WALLET, new byte[0]));
        assertThrows(InvalidValueException.class, () -> MappingValue.ofBinary(MappingType.WALLET, wallet(0, 73)));
        assertThrows(InvalidValueException.class, () -> MappingValue.ofBinary(MappingType.WALLET, wallet(1, 73)));
        assertThrows(InvalidValueException.class, () -> MappingValue.ofBinary(MappingType.WALLET, wallet(2, 65)));
        assertThrows(InvalidValueException.class, () -> MappingValue.ofBinary(MappingType.WALLET, wallet(0, 64)));
        assertThrows(InvalidValueException.class, () -> MappingValue.ofBinary(MappingType.WALLET, wallet(2, 74)));
        for (int kind : new int[] {3, 0x80, 0xff}) {
            assertThrows(InvalidValueException.class, () -> MappingValue.ofBinary(MappingType.WALLET, wallet(kind, 65)));
            assertThrows(InvalidValueException.class, () -> MappingValue.ofBinary(MappingType.WALLET, wallet(kind, 73)));
        }
        assertThrows(InvalidInputException.class, () -> MappingValue.ofBinary(null, new byte[33]));
        assertThrows(InvalidInputException.class, () -> MappingValue.ofBinary(MappingType.SESSION, null));
    }

    @Test
    void isImmutableAndComparesByContent() {
        byte[] in = new byte[33];
        in[0] = 5;
        MappingValue v = MappingValue.ofBinary(MappingType.SESSION, in);
        in[1] = 1;
        assertEquals(0, v.binary()[1]);
        v.binary()[2] = 9;
        assertEquals(0, v.binary()[2]);
        MappingValue same = MappingValue.ofBinary(MappingType.SESSION, v.binary());
        assertEquals(v, same);
        assertEquals(v.hashCode(), same.hashCode());
        assertNotEquals(v, MappingValue.ofBinary(MappingType.SESSION, in));
        // same bytes, different type
        assertNotEquals(MappingValue.ofBinary(MappingType.LOKINET, new byte[32]),
                MappingValue.ofBinary(MappingType.WALLET, wallet(0, 65)));
        assertEquals("MappingValue[session, 33 bytes]", v.toString());
        assertFalse(v.toString().contains("05"));
    }

    @Test
    void walletValueOfAnAddress() {
        byte[] spend = new byte[32];
        byte[] view = new byte[32];
        spend[0] = 1;
        view[0] = 2;
        byte[] pid = {9, 8, 7, 6, 5, 4, 3, 2};
        MappingValue std = MappingValue.ofWallet(OxenAddress.of(Network.MAINNET, AddressKind.STANDARD, spend, view));
        MappingValue sub = MappingValue.ofWallet(OxenAddress.of(Network.TESTNET, AddressKind.SUBADDRESS, spend, view));
        MappingValue integ = MappingValue.ofWallet(OxenAddress.of(Network.DEVNET, AddressKind.INTEGRATED, spend, view, pid));
        assertEquals(MappingType.WALLET, std.type());
        assertEquals(0, std.binary()[0]);
        assertEquals(1, std.binary()[1]);
        assertEquals(2, std.binary()[33]);
        assertEquals(65, std.length());
        assertEquals(1, sub.binary()[0]);
        assertEquals(2, integ.binary()[0]);
        assertEquals(73, integ.length());
        assertArrayEquals(pid, java.util.Arrays.copyOfRange(integ.binary(), 65, 73));
        assertEquals(integ, MappingValue.ofBinary(MappingType.WALLET, integ.binary()));
    }
}
