package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/** Readable values ↔ binary (op {@code ons_value}), on both backends. */
class ValueCodecTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String SESSION_ID = "05f13213015960b7dd675bc3a225918ebd1877d7bc1a547e3e58abacb8e1c46f68";
    private static final String LE59 =
            "LE59icbdt38SEUb2p9moeBEXYM9YShxBU1Txuk1R9DtmbAbwKDXc4vcKgycgXi6VzAVVKeeSSePgicPEZ27pq4xH7to6JkQ";
    private static final String LE59_KEYS = "f0e489c40c738796dab31b256aa0e450deb977dab7f34b02c788bbeb48bdeacc"
            + "4334c619df4de96fbc55f20b56d93baa5207c8e8d73acfd38b0ca192a5ae623d";
    private static final String BLOCKS = "kcpyawm9se7trdbzncimdi5t7st4p5mh9i1mg7gkpuubi4k4ku1y.loki";
    private static final String BLOCKS_KEY = "531a0c517fb23b120c37132ab1d771eda3a6ed7cfd64b374ca6ce61ae95a54e4";

    private static ValueCodec codec(BackendKind kind) {
        return new ValueCodec(new AddressCodec(BothBackends.primitives(kind)));
    }

    private static void valid(ValueCodec codec, String type, String text, String network, String binary) {
        MappingValue v = codec.parse(MappingType.parse(type), text, Network.parse(network));
        assertEquals(binary, HEX.formatHex(v.binary()), text);
        assertEquals(MappingType.parse(type).recordType(), v.type());
    }

    private static void invalid(ValueCodec codec, String type, String text, String network) {
        assertThrows(InvalidValueException.class,
                () -> codec.parse(MappingType.parse(type), text, Network.parse(network)), text);
    }

    /** The {@code ons_value} cases of vectors/ons.json, verbatim. */
    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void vectorFileCases(BackendKind backend) {
        ValueCodec c = codec(backend);
        valid(c, "session", SESSION_ID, "mainnet", SESSION_ID);
        invalid(c, "session", "06f13213015960b7dd675bc3a225918ebd1877d7bc1a547e3e58abacb8e1c46f68", "mainnet");
        invalid(c, "session", "05f13213015960b7dd675bc3a225918ebd1877d7bc1a547e3e58abacb8e1c46f6", "mainnet");
        valid(c, "wallet", LE59, "mainnet", "00" + LE59_KEYS);
        valid(c, "wallet", "T6ShoQrbGvNJjAmrD5Wi3yM1qRcXazELYRE5t1FizWP3LR3SzVYuzMiMUmA1sPu3K4cbXUrYYvAs6M7tBtQRVxQ93AvGvF9fa",
                "testnet", "004291345d427369fbaa3e1105daf877a882fd102730b990d5d82cca45e8ca741263dc2bfd9d057a6f0e03ca959f9fd4cf694c517c8af578481956ff1645fafcdc");
        valid(c, "wallet", "dV3Sytf5UZTD1KE9YPacjjEy6QG7LscFWCJATG4E6sYLTjSWr3huUMMiMjYd233TTtiuonkS9nJPYMVpbZJQvFk81G1TXrbiZ",
                "devnet", "00d9f26159608647c694a260bb4f0253810440c3a17d354388aaa4fb2943599fd18af8866eb508f7429b91aa631c4ffa90f726baf5e1e77a8b0224237dcc151e23");
        invalid(c, "wallet", LE59.substring(0, LE59.length() - 1) + "A", "mainnet");
        valid(c, "lokinet", BLOCKS, "mainnet", BLOCKS_KEY);
        invalid(c, "lokinet", "tczciczraz9kaj3b1u9ht9qy11acduh4ciz3hd4z5k11joacmcnb.loki", "mainnet");
        invalid(c, "lokinet", "czciczraz9kaj3b1u9ht9qy11acduh4ciz3hd4z5k11joacmcny.loki", "mainnet");
        invalid(c, "lokinet", "tczci2zraz9kaj3b1u9ht9qy11acduh4ciz3hd4z5k11joacmcny.loki", "mainnet");
        invalid(c, "lokinet", "", "mainnet");
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void sessionValues(BackendKind backend) {
        ValueCodec c = codec(backend);
        MappingValue v = c.parse(MappingType.SESSION, SESSION_ID.toUpperCase(Locale.ROOT), null);
        assertEquals(SESSION_ID, HEX.formatHex(v.binary()));
        assertEquals(SESSION_ID, c.format(v, null)); // printed lower-case
        assertEquals(SESSION_ID, c.format(v, Network.TESTNET)); // network irrelevant
        for (String bad : new String[] {"", "05", SESSION_ID + "00", SESSION_ID.substring(2) + "05", "0x" + SESSION_ID.substring(2),
                SESSION_ID.substring(0, 64) + "g8", SESSION_ID.substring(0, 64) + "\uff10\uff15", " " + SESSION_ID.substring(1),
                "15" + SESSION_ID.substring(2)}) {
            assertThrows(InvalidValueException.class, () -> c.parse(MappingType.SESSION, bad, Network.MAINNET), bad);
        }
        // libsession/oxen-core store the 05: it is part of the binary, and formatting does not add another
        assertTrue(c.format(v, null).startsWith("05f1"));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void lokinetValues(BackendKind backend) {
        ValueCodec c = codec(backend);
        for (MappingType t : new MappingType[] {MappingType.LOKINET, MappingType.LOKINET_2YEARS, MappingType.LOKINET_10YEARS}) {
            MappingValue v = c.parse(t, BLOCKS, null);
            assertEquals(MappingType.LOKINET, v.type());
            assertEquals(BLOCKS_KEY, HEX.formatHex(v.binary()));
            assertEquals(BLOCKS, c.format(v, null));
        }
        String upper = BLOCKS.substring(0, 51).toUpperCase(Locale.ROOT) + BLOCKS.substring(51);
        assertEquals(BLOCKS, c.format(c.parse(MappingType.LOKINET, upper, Network.MAINNET), Network.MAINNET));
        assertThrows(InvalidValueException.class, () -> c.parse(MappingType.LOKINET, BLOCKS.toUpperCase(Locale.ROOT), null));
        // a lokinet name is not a lokinet value
        assertThrows(InvalidValueException.class, () -> c.parse(MappingType.LOKINET, "blocks.loki", null));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void walletValues(BackendKind backend) {
        ValueCodec c = codec(backend);
        AddressCodec addresses = new AddressCodec(BothBackends.primitives(backend));
        String integrated = "LPmpjRR8VJeSEUb2p9moeBEXYM9YShxBU1Txuk1R9DtmbAbwKDXc4vcKgycgXi6VzAVVKeeSSePgicPEZ27pq4xHBKegDYBUXVQNse45Wo";
        MappingValue iv = c.parse(MappingType.WALLET, integrated, Network.MAINNET);
        assertEquals("02" + LE59_KEYS + "b55f2bd79a395fc1", HEX.formatHex(iv.binary()));
        // oxen-core prints an integrated value as the plain standard address, payment id dropped
        assertEquals(LE59, c.format(iv, Network.MAINNET));
        MappingValue sv = c.parse(MappingType.WALLET, LE59, Network.MAINNET);
        assertEquals(LE59, c.format(sv, Network.MAINNET));
        // the value has no network: it prints on any
        String onTestnet = c.format(sv, Network.TESTNET);
        assertEquals(Network.TESTNET, addresses.parseAnyNetwork(onTestnet).network());
        assertEquals(sv, c.parse(MappingType.WALLET, onTestnet, Network.TESTNET));
        // a subaddress → kind 01 and back to the subaddress string
        String sub = "LWQLwYKciWaF5tefWxxjHR3TuxbW1QaLyduHC6ZWpnGsR47QdnsBemyUHvfEwTWVSKaEcGGDsVGS6gUfeVydqxA3Sw9KCPn";
        MappingValue subv = c.parse(MappingType.WALLET, sub, Network.MAINNET);
        assertEquals(1, subv.binary()[0]);
        assertEquals(sub, c.format(subv, Network.MAINNET));
        // wrong network: InvalidValueException carrying the address rule, caused by the address failure
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> c.parse(MappingType.WALLET, LE59, Network.TESTNET));
        assertTrue(e.getMessage().contains("not a testnet"), e.getMessage());
        assertInstanceOf(InvalidAddressException.class, e.getCause());
        assertThrows(InvalidValueException.class, () -> c.parse(MappingType.WALLET, SESSION_ID, Network.MAINNET));
        assertThrows(InvalidValueException.class, () -> c.parse(MappingType.WALLET, LE59 + " ", Network.MAINNET));
        // wallet values need a network both ways
        assertEquals(InvalidInputException.class,
                assertThrows(InvalidInputException.class, () -> c.parse(MappingType.WALLET, LE59, null)).getClass());
        assertEquals(InvalidInputException.class,
                assertThrows(InvalidInputException.class, () -> c.format(sv, null)).getClass());
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void nulls(BackendKind backend) {
        ValueCodec c = codec(backend);
        assertThrows(InvalidInputException.class, () -> new ValueCodec(null));
        assertThrows(InvalidInputException.class, () -> c.parse(null, SESSION_ID, Network.MAINNET));
        assertThrows(InvalidInputException.class, () -> c.parse(MappingType.SESSION, null, Network.MAINNET));
        assertThrows(InvalidInputException.class, () -> c.format(null, Network.MAINNET));
    }
}
