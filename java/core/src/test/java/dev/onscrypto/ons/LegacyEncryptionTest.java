package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/**
 * Legacy records are made for Session only (nothing reads any other legacy record); oxen-core's raw
 * legacy transform stays available for any bytes, as the vectors need it.
 */
class LegacyEncryptionTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] SESSION = HEX.parseHex("05fb466d312e1666ad1c84c4ee55b7e034151c0e366a313d95d11436a5f36e1e75");
    /** ons.json: the legacy record of {@link #SESSION} under "jagerman". */
    private static final byte[] SESSION_LEGACY = HEX.parseHex(
            "30312f3f9e746a1b935b64513027d58a77d137657ec9844c1cd54956c9e4a8ea1192b9f1fe9392d95c52d55f6dcd5c6e09");
    private static final String LOKINET = "kcpyawm9se7trdbzncimdi5t7st4p5mh9i1mg7gkpuubi4k4ku1y.loki";
    private static final String WALLET =
            "LE59icbdt38SEUb2p9moeBEXYM9YShxBU1Txuk1R9DtmbAbwKDXc4vcKgycgXi6VzAVVKeeSSePgicPEZ27pq4xH7to6JkQ";

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void legacyRecordsAreRefusedForLokinetAndWallet(BackendKind kind) {
        Ons ons = Ons.of(BothBackends.primitives(kind));
        MappingValue lokinet = ons.values().parse(MappingType.LOKINET, LOKINET, Network.MAINNET);
        MappingValue wallet = ons.values().parse(MappingType.WALLET, WALLET, Network.MAINNET);
        MappingValue session = MappingValue.ofBinary(MappingType.SESSION, SESSION);
        LegacySchemeUnsupportedException e = assertThrows(LegacySchemeUnsupportedException.class,
                () -> ons.records().encryptLegacy(OnsName.of("blocks.loki", MappingType.LOKINET), lokinet));
        assertTrue(e.getMessage().contains("Session") && e.getMessage().contains("lokinet"), e.getMessage());
        e = assertThrows(LegacySchemeUnsupportedException.class,
                () -> ons.records().encryptLegacy(OnsName.of("jagerman", MappingType.WALLET), wallet));
        assertTrue(e.getMessage().contains("wallet"), e.getMessage());
        assertThrows(LegacySchemeUnsupportedException.class,
                () -> ons.records().encryptLegacy(OnsName.of("jagerman", MappingType.SESSION), wallet));
        assertThrows(LegacySchemeUnsupportedException.class,
                () -> ons.records().encryptLegacy(OnsName.of("jagerman", MappingType.WALLET), session));
        assertTrue(InvalidInputException.class.isAssignableFrom(LegacySchemeUnsupportedException.class));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void rawLegacyTransformTakesAnyBytes(BackendKind kind) {
        Ons ons = Ons.of(BothBackends.primitives(kind));
        // A wallet-sized plaintext under the wallet name "jagerman": the key depends on the name alone and
        // the cipher is a stream cipher, so the first 33 bytes after the tag match the Session record.
        byte[] plaintext = Arrays.copyOf(SESSION, MappingValue.WALLET_LENGTH);
        byte[] sealed = ons.records().rawLegacySeal(OnsName.of("jagerman", MappingType.WALLET), plaintext);
        assertEquals(16 + MappingValue.WALLET_LENGTH, sealed.length);
        assertArrayEquals(Arrays.copyOfRange(SESSION_LEGACY, 16, 49), Arrays.copyOfRange(sealed, 16, 49));
    }
}
