package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;
import dev.onscrypto.testing.BothBackends;

/**
 * Well-formed is not valid: a record can decrypt to bytes that are no Session ID or address. Those are
 * flagged ({@code isValid}), refused by {@code format} with a typed error, and still shown as hex; every
 * valid value survives format → parse unchanged.
 */
class ValueValidityTest {
    private static final int ROUNDS = 400;

    private static byte[] validPoint(Primitives p, Random random) {
        byte[] b = new byte[32];
        do {
            random.nextBytes(b);
        } while (!p.group().isValidPoint(b));
        return b;
    }

    private static byte[] invalidPoint(Primitives p, Random random) {
        byte[] b = new byte[32];
        do {
            random.nextBytes(b);
        } while (p.group().isValidPoint(b));
        return b;
    }

    private static byte[] wallet(int kind, byte[] spend, byte[] view, Random random) {
        byte[] b = new byte[kind == 2 ? MappingValue.WALLET_INTEGRATED_LENGTH : MappingValue.WALLET_LENGTH];
        b[0] = (byte) kind;
        System.arraycopy(spend, 0, b, 1, 32);
        System.arraycopy(view, 0, b, 33, 32);
        if (kind == 2) {
            byte[] pid = new byte[8];
            random.nextBytes(pid);
            System.arraycopy(pid, 0, b, 65, 8);
        }
        return b;
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void everyValidValueSurvivesFormatThenParse(BackendKind kind) {
        Primitives p = BothBackends.primitives(kind);
        ValueCodec values = Ons.of(p).values();
        Random random = new Random(6);
        for (int i = 0; i < ROUNDS; i++) {
            byte[] session = new byte[33];
            random.nextBytes(session);
            session[0] = 0x05;
            byte[] lokinet = new byte[32];
            random.nextBytes(lokinet);
            for (Network network : Network.values()) {
                roundTrip(values, MappingValue.ofBinary(MappingType.SESSION, session), network);
                roundTrip(values, MappingValue.ofBinary(MappingType.LOKINET, lokinet), network);
                // A key from sec·G as well as any decodable encoding.
                byte[] spend = i % 2 == 0 ? validPoint(p, random) : p.group().scalarMultBase(p.group().reduce(random64(random)));
                byte[] view = validPoint(p, random);
                for (int walletKind = 0; walletKind <= 2; walletKind++) {
                    MappingValue v = MappingValue.ofBinary(MappingType.WALLET, wallet(walletKind, spend, view, random));
                    assertTrue(values.isValid(v));
                    MappingValue back = values.parse(MappingType.WALLET, values.format(v, network), network);
                    if (walletKind == 2) {
                        // oxen-core prints an integrated value as the plain standard address.
                        assertArrayEquals(wallet(0, spend, view, random), back.binary());
                    } else {
                        assertEquals(v, back);
                    }
                }
            }
        }
    }

    private static byte[] random64(Random random) {
        byte[] b = new byte[64];
        random.nextBytes(b);
        return b;
    }

    private static void roundTrip(ValueCodec values, MappingValue v, Network network) {
        assertTrue(values.isValid(v));
        assertArrayEquals(v.binary(), values.parse(v.type(), values.format(v, network), network).binary());
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void wellFormedButInvalidValuesAreFlaggedRefusedByFormatAndShownAsHex(BackendKind kind) {
        Primitives p = BothBackends.primitives(kind);
        ValueCodec values = Ons.of(p).values();
        Random random = new Random(7);
        for (int i = 0; i < ROUNDS; i++) {
            byte[] session = new byte[33];
            random.nextBytes(session);
            if (session[0] == 0x05) {
                session[0] = 0x06;
            }
            MappingValue s = MappingValue.ofBinary(MappingType.SESSION, session);
            assertFalse(values.isValid(s));
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> values.format(s, Network.MAINNET));
            assertTrue(e.getMessage().startsWith("not a valid Session ID"), e.getMessage());
            assertEquals(HexFormat.of().formatHex(session), s.hex());

            byte[] good = validPoint(p, random);
            byte[] bad = invalidPoint(p, random);
            for (byte[][] keys : new byte[][][] {{bad, good}, {good, bad}, {bad, bad}}) {
                MappingValue w = MappingValue.ofBinary(MappingType.WALLET, wallet(i % 3, keys[0], keys[1], random));
                assertFalse(values.isValid(w));
                e = assertThrows(InvalidValueException.class, () -> values.format(w, Network.TESTNET));
                assertTrue(e.getMessage().startsWith("not a valid address: its " + (keys[0] == bad ? "spend" : "view")),
                        e.getMessage());
            }
        }
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void isValidMeansFormatThenParseGivesTheSameBinary(BackendKind kind) {
        // For any well-formed bytes, not only ones built to be valid or invalid.
        Primitives p = BothBackends.primitives(kind);
        ValueCodec values = Ons.of(p).values();
        Random random = new Random(8);
        int valid = 0;
        for (int i = 0; i < ROUNDS; i++) {
            byte[] session = new byte[33];
            random.nextBytes(session);
            session[0] = (byte) (random.nextInt(3) + 4); // 04, 05 or 06
            byte[] walletBytes = new byte[65];
            random.nextBytes(walletBytes);
            walletBytes[0] = (byte) random.nextInt(2);
            for (MappingValue v : new MappingValue[] {MappingValue.ofBinary(MappingType.SESSION, session),
                    MappingValue.ofBinary(MappingType.WALLET, walletBytes)}) {
                boolean roundTrips;
                try {
                    roundTrips = Arrays.equals(v.binary(),
                            values.parse(v.type(), values.format(v, Network.MAINNET), Network.MAINNET).binary());
                } catch (InvalidValueException e) {
                    roundTrips = false;
                }
                assertEquals(roundTrips, values.isValid(v), v.hex());
                valid += roundTrips ? 1 : 0;
            }
        }
        assertTrue(valid > ROUNDS / 8 && valid < 2 * ROUNDS - ROUNDS / 8, "both outcomes were exercised: " + valid);
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void anInvalidValueStillDecrypts(BackendKind kind) {
        Ons ons = Ons.of(BothBackends.primitives(kind));
        OnsName name = OnsName.of("jagerman", MappingType.SESSION);
        byte[] notASessionId = new byte[33];
        notASessionId[0] = 0x04;
        EncryptedValue stored = ons.records().encrypt(name, MappingValue.ofBinary(MappingType.SESSION, notASessionId), new byte[24]);
        MappingValue v = ons.records().decrypt(name, stored);
        assertArrayEquals(notASessionId, v.binary());
        assertFalse(ons.values().isValid(v));
        assertEquals("04" + "00".repeat(32), v.hex());
    }
}
