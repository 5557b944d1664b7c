package dev.onscrypto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;

/** A record that decrypts to no valid Session ID or address is shown as it is: valid=false, reason, binary; exit 1. */
class DecryptInvalidValueTest {
    private static String storedHex(MappingType type, byte[] binary) {
        Ons ons = Ons.of(Primitives.of(BackendKind.JAVA));
        return ons.records().encrypt(OnsName.of("jagerman", type), MappingValue.ofBinary(type, binary), new byte[24]).hex();
    }

    @Test
    void sessionValueNotStartingWith05() {
        byte[] binary = new byte[33];
        binary[0] = 0x04;
        binary[1] = 0x7f;
        CliRun r = CliRun.run("decrypt", "--backend", "java", "--type", "session", "--name", "jagerman",
                storedHex(MappingType.SESSION, binary));
        assertEquals(1, r.code(), r.err());
        assertEquals("false", r.field("valid"));
        assertEquals("047f" + "00".repeat(31), r.field("binary"));
        assertTrue(r.field("reason").startsWith("not a valid Session ID"), r.out());
        assertFalse(r.out().contains("value="), r.out());
        assertEquals("", r.err());
    }

    @Test
    void walletValueWithAKeyThatIsNoPoint() {
        byte[] binary = new byte[65];
        byte[] key = new byte[32];
        for (int y = 2; Primitives.of(BackendKind.JAVA).group().isValidPoint(key); y++) {
            key[0] = (byte) y; // the first y for which no x exists
        }
        System.arraycopy(key, 0, binary, 1, 32);
        binary[33] = 1; // the identity: a point
        CliRun r = CliRun.run("decrypt", "--backend", "java", "--json", "--type", "wallet", "--name", "jagerman",
                storedHex(MappingType.WALLET, binary));
        assertEquals(1, r.code(), r.err());
        String compact = r.out().replaceAll("\\s+", "");
        assertTrue(compact.contains("\"valid\":false"), r.out());
        assertTrue(compact.contains("\"reason\":\"notavalidaddress:itsspendkey"), r.out());
        assertFalse(compact.contains("\"value\""), r.out());
    }

    @Test
    void validValuesSayValidTrue() {
        byte[] binary = new byte[33];
        binary[0] = 0x05;
        CliRun r = CliRun.run("decrypt", "--backend", "java", "--type", "session", "--name", "jagerman",
                storedHex(MappingType.SESSION, binary));
        assertEquals(0, r.code(), r.err());
        assertEquals("true", r.field("valid"));
        assertEquals("05" + "00".repeat(32), r.field("value"));
    }
}
