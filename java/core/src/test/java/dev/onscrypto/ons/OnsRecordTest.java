package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/** The shared record type: field checks, activity at a height, decryption under the right name only. */
class OnsRecordTest {
    private static byte[] filled(int n, int v) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) v);
        return b;
    }

    private static OnsRecord.Builder lokinet(Ons ons, OnsName name, Long expiration) {
        byte[] key = filled(32, 7);
        MappingValue value = MappingValue.ofBinary(MappingType.LOKINET, filled(32, 9));
        return OnsRecord.builder()
                .type(MappingType.LOKINET)
                .nameHash(ons.names().hash(name))
                .owner(Owner.ed25519(key))
                .encryptedValue(ons.records().encrypt(name, value))
                .txid(filled(32, 1))
                .updateHeight(1000)
                .expirationHeight(expiration);
    }

    @Test
    void activeUpToAndIncludingTheExpirationHeight() {
        Ons ons = Ons.of(dev.onscrypto.primitives.Primitives.of(BackendKind.JAVA));
        OnsRecord r = lokinet(ons, OnsName.of("blocks.loki", MappingType.LOKINET), 5000L).build();
        assertEquals(OptionalLong.of(5000), r.expirationHeight());
        assertTrue(r.isActive(4999));
        assertTrue(r.isActive(5000));
        assertFalse(r.isActive(5001));
        OnsRecord forever = r.toBuilder().expirationHeight(null).build();
        assertTrue(forever.isActive(Long.MAX_VALUE));
        assertNotEquals(r, forever);
        assertEquals(r, r.toBuilder().build());
    }

    @Test
    void refusesMissingOrMalformedFields() {
        Ons ons = Ons.of(dev.onscrypto.primitives.Primitives.of(BackendKind.JAVA));
        OnsName name = OnsName.of("blocks.loki", MappingType.LOKINET);
        assertThrows(InvalidInputException.class, () -> lokinet(ons, name, null).txid(new byte[31]).build());
        assertThrows(InvalidInputException.class, () -> lokinet(ons, name, null).owner(null).build());
        assertThrows(InvalidInputException.class, () -> lokinet(ons, name, null).updateHeight(-1).build());
        assertThrows(InvalidInputException.class, () -> lokinet(ons, name, -5L).build());
    }

    @Test
    void txidIsCopiedInAndOut() {
        Ons ons = Ons.of(dev.onscrypto.primitives.Primitives.of(BackendKind.JAVA));
        byte[] txid = filled(32, 3);
        OnsRecord r = lokinet(ons, OnsName.of("blocks.loki", MappingType.LOKINET), null).txid(txid).build();
        txid[0] = 0;
        r.txid()[1] = 0;
        assertArrayEquals(filled(32, 3), r.txid());
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void decryptsUnderItsOwnNameOnly(BackendKind kind) {
        Ons ons = Ons.of(BothBackends.primitives(kind));
        OnsName name = OnsName.of("blocks.loki", MappingType.LOKINET);
        OnsRecord r = lokinet(ons, name, null).build();
        assertEquals(MappingValue.ofBinary(MappingType.LOKINET, filled(32, 9)), r.decrypt(ons, name));
        assertThrows(InvalidInputException.class,
                () -> r.decrypt(ons, OnsName.of("other.loki", MappingType.LOKINET)));
    }
}
