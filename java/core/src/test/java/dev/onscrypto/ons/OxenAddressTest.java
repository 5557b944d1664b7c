package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.onscrypto.InvalidInputException;

class OxenAddressTest {
    private static final byte[] SPEND = filled(32, 1);
    private static final byte[] VIEW = filled(32, 2);
    private static final byte[] PID = filled(8, 3);

    private static byte[] filled(int n, int b) {
        byte[] out = new byte[n];
        java.util.Arrays.fill(out, (byte) b);
        return out;
    }

    @Test
    void validatesLengthsAndPaymentIdPairing() {
        assertThrows(InvalidInputException.class, () -> OxenAddress.of(null, AddressKind.STANDARD, SPEND, VIEW));
        assertThrows(InvalidInputException.class, () -> OxenAddress.of(Network.MAINNET, null, SPEND, VIEW));
        assertThrows(InvalidInputException.class, () -> OxenAddress.of(Network.MAINNET, AddressKind.STANDARD, null, VIEW));
        assertThrows(InvalidInputException.class, () -> OxenAddress.of(Network.MAINNET, AddressKind.STANDARD, SPEND, new byte[31]));
        assertThrows(InvalidInputException.class, () -> OxenAddress.of(Network.MAINNET, AddressKind.STANDARD, new byte[33], VIEW));
        assertThrows(InvalidInputException.class, () -> OxenAddress.of(Network.MAINNET, AddressKind.INTEGRATED, SPEND, VIEW));
        assertThrows(InvalidInputException.class, () -> OxenAddress.of(Network.MAINNET, AddressKind.INTEGRATED, SPEND, VIEW, new byte[7]));
        assertThrows(InvalidInputException.class, () -> OxenAddress.of(Network.MAINNET, AddressKind.STANDARD, SPEND, VIEW, PID));
        assertThrows(InvalidInputException.class, () -> OxenAddress.of(Network.MAINNET, AddressKind.SUBADDRESS, SPEND, VIEW, PID));
    }

    @Test
    void accessorsCopy() {
        byte[] spend = SPEND.clone();
        byte[] pid = PID.clone();
        OxenAddress a = OxenAddress.of(Network.TESTNET, AddressKind.INTEGRATED, spend, VIEW, pid);
        spend[0] = 9;
        pid[0] = 9;
        assertArrayEquals(SPEND, a.spendKey());
        assertArrayEquals(PID, a.paymentId().orElseThrow());
        a.spendKey()[0] = 9;
        a.viewKey()[0] = 9;
        a.paymentId().orElseThrow()[0] = 9;
        assertArrayEquals(SPEND, a.spendKey());
        assertArrayEquals(VIEW, a.viewKey());
        assertArrayEquals(PID, a.paymentId().orElseThrow());
        assertEquals(Network.TESTNET, a.network());
        assertEquals(AddressKind.INTEGRATED, a.kind());
        assertFalse(a.isSubaddress());
        assertTrue(OxenAddress.of(Network.TESTNET, AddressKind.SUBADDRESS, SPEND, VIEW).isSubaddress());
        assertTrue(OxenAddress.of(Network.TESTNET, AddressKind.STANDARD, SPEND, VIEW).paymentId().isEmpty());
    }

    @Test
    void equality() {
        OxenAddress a = OxenAddress.of(Network.MAINNET, AddressKind.STANDARD, SPEND, VIEW);
        OxenAddress b = OxenAddress.of(Network.MAINNET, AddressKind.STANDARD, SPEND.clone(), VIEW.clone(), null);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, OxenAddress.of(Network.TESTNET, AddressKind.STANDARD, SPEND, VIEW));
        assertNotEquals(a, OxenAddress.of(Network.MAINNET, AddressKind.SUBADDRESS, SPEND, VIEW));
        assertNotEquals(a, OxenAddress.of(Network.MAINNET, AddressKind.STANDARD, VIEW, SPEND));
        assertNotEquals(OxenAddress.of(Network.MAINNET, AddressKind.INTEGRATED, SPEND, VIEW, PID),
                OxenAddress.of(Network.MAINNET, AddressKind.INTEGRATED, SPEND, VIEW, new byte[8]));
        String s = OxenAddress.of(Network.MAINNET, AddressKind.INTEGRATED, SPEND, VIEW, PID).toString();
        assertTrue(s.contains("mainnet integrated"), s);
        assertFalse(s.contains("0303030303030303"), s);
    }
}
