package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/** Record encryption round trips, scheme detection and tamper detection, on both backends. */
class RecordCipherTest {
    private static final HexFormat HEX = HexFormat.of();
    private final Random random = new Random(7);

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private MappingValue randomValue(MappingType type) {
        return switch (type) {
            case SESSION -> {
                byte[] b = bytes(33);
                b[0] = 5;
                yield MappingValue.ofBinary(type, b);
            }
            case WALLET -> {
                boolean integrated = random.nextBoolean();
                byte[] b = bytes(integrated ? 73 : 65);
                b[0] = (byte) (integrated ? 2 : random.nextInt(2));
                yield MappingValue.ofBinary(type, b);
            }
            default -> MappingValue.ofBinary(MappingType.LOKINET, bytes(32));
        };
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void roundTripAndEveryFlippedBitFails(BackendKind kind) {
        Ons ons = Ons.of(BothBackends.primitives(kind));
        String[][] names = {{"alice", "SESSION"}, {"wallet_1", "WALLET"}, {"blocks.loki", "LOKINET"}};
        for (String[] n : names) {
            MappingType type = MappingType.valueOf(n[1]);
            OnsName name = OnsName.of(n[0], type);
            MappingValue value = randomValue(type);
            EncryptedValue e = ons.records().encrypt(name, value);
            assertEquals(RecordScheme.XCHACHA20POLY1305, e.scheme());
            assertEquals(value.length() + 40, e.length());
            assertEquals(value, ons.records().decrypt(name, e));
            assertEquals(value, ons.records().decrypt(name, e.withoutNonce(), e.nonce().orElseThrow()));
            assertNotEquals(e, ons.records().encrypt(name, value), "fresh nonce each time");
            byte[] stored = e.bytes();
            for (int bit = 0; bit < stored.length * 8; bit++) {
                byte[] bad = stored.clone();
                bad[bit / 8] ^= (byte) (1 << (bit % 8));
                assertThrows(DecryptionFailedException.class, () -> ons.records().decrypt(name, bad));
            }
            OnsName other = OnsName.of(type.isLokinet() ? "other.loki" : "bob", type);
            assertThrows(DecryptionFailedException.class, () -> ons.records().decrypt(other, stored));
        }
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void lengthsThatFitNoSchemeAreRejected(BackendKind kind) {
        Ons ons = Ons.of(BothBackends.primitives(kind));
        OnsName session = OnsName.of("alice", MappingType.SESSION);
        OnsName lokinet = OnsName.of("alice.loki", MappingType.LOKINET);
        OnsName wallet = OnsName.of("alice", MappingType.WALLET);
        for (int len : new int[] {0, 16, 48, 50, 72, 74, 113}) {
            assertThrows(DecryptionFailedException.class, () -> ons.records().decrypt(session, new byte[len]), "" + len);
        }
        assertThrows(DecryptionFailedException.class, () -> ons.records().decrypt(lokinet, new byte[73]));
        assertThrows(DecryptionFailedException.class, () -> ons.records().decrypt(lokinet, new byte[49]));
        assertThrows(DecryptionFailedException.class, () -> ons.records().decrypt(wallet, new byte[106]));
        assertThrows(InvalidInputException.class, () -> ons.records().decrypt(
                OnsName.of("alice.loki", MappingType.LOKINET_2YEARS), new byte[72]));
        assertThrows(InvalidInputException.class, () -> ons.records().encrypt(session, randomValue(MappingType.LOKINET)));
        assertThrows(InvalidInputException.class, () -> ons.records().decrypt(session, new byte[30], new byte[23]));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void realRecordsDecrypt(BackendKind kind) {
        Ons ons = Ons.of(BothBackends.primitives(kind));
        MappingValue jagerman = ons.records().decrypt(OnsName.of("JaGeRmAn", MappingType.SESSION),
                HEX.parseHex("d9bca6752665f2254ec7522f98aa5f2dfb13c9fa1ad1e39cd3d7a89a0df04719e348da537bc310a53e3b59ca24639b9b42"),
                HEX.parseHex("73e8243f3fadd471be36c6df3d62f863f9bb3a9d1cc696c0"));
        assertEquals("05fb466d312e1666ad1c84c4ee55b7e034151c0e366a313d95d11436a5f36e1e75",
                ons.values().format(jagerman, Network.MAINNET));
        MappingValue blocks = ons.records().decrypt(OnsName.of("blocks.loki", MappingType.LOKINET),
                HEX.parseHex("b52c088ae51171a9e2e44cc98c10006547e2981d4cbe196525c948fa2fa48a11e8712eccd0ba20e4b93fb3989361df8a"),
                HEX.parseHex("6e3e80c7927108612475a0eeddf472af6177c9776d6943ed"));
        assertEquals("kcpyawm9se7trdbzncimdi5t7st4p5mh9i1mg7gkpuubi4k4ku1y.loki", ons.values().format(blocks, Network.MAINNET));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void legacyRoundTripIsDetectedByLength(BackendKind kind) {
        Ons ons = Ons.of(BothBackends.primitives(kind));
        OnsName name = OnsName.of("jagerman", MappingType.SESSION);
        MappingValue value = MappingValue.ofBinary(MappingType.SESSION,
                HEX.parseHex("05fb466d312e1666ad1c84c4ee55b7e034151c0e366a313d95d11436a5f36e1e75"));
        EncryptedValue legacy = ons.records().encryptLegacy(name, value);
        assertArrayEquals(HEX.parseHex("30312f3f9e746a1b935b64513027d58a77d137657ec9844c1cd54956c9e4a8ea1192b9f1fe9392d95c52d55f6dcd5c6e09"),
                legacy.bytes());
        assertEquals(RecordScheme.LEGACY, EncryptedValue.ofStored(MappingType.SESSION, legacy.bytes()).scheme());
        assertEquals(value, ons.records().decrypt(name, legacy.bytes()));
        byte[] bad = legacy.bytes();
        bad[20] ^= 1;
        assertThrows(DecryptionFailedException.class, () -> ons.records().decrypt(name, bad));
        assertTrue(legacy.nonce().isEmpty());
    }
}
