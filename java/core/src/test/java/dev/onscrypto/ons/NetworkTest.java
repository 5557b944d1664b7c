package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.onscrypto.InvalidInputException;

class NetworkTest {

    @Test
    void prefixes() {
        int[][] expected = {{114, 115, 116}, {156, 157, 158}, {3930, 4442, 5850}, {4888, 5272, 5656}};
        Set<Integer> all = new HashSet<>();
        for (Network n : Network.values()) {
            assertEquals(expected[n.ordinal()][0], n.prefix(AddressKind.STANDARD));
            assertEquals(expected[n.ordinal()][1], n.prefix(AddressKind.INTEGRATED));
            assertEquals(expected[n.ordinal()][2], n.prefix(AddressKind.SUBADDRESS));
            for (AddressKind k : AddressKind.values()) {
                all.add(n.prefix(k));
                assertEquals(n, AddressCodec.networkOf(n.prefix(k)));
                assertEquals(k, AddressCodec.kindOf(n, n.prefix(k)));
            }
        }
        assertEquals(12, all.size()); // disjoint: "first network that parses" is the owner of the prefix
        assertThrows(InvalidInputException.class, () -> Network.MAINNET.prefix(null));
    }

    @Test
    void parseAndLabel() {
        assertEquals(Network.MAINNET, Network.parse("mainnet"));
        assertEquals(Network.TESTNET, Network.parse("TESTNET"));
        assertEquals(Network.DEVNET, Network.parse("DevNet"));
        assertEquals(Network.STAGENET, Network.parse("stagenet"));
        for (Network n : Network.values()) {
            assertEquals(n, Network.parse(n.label()));
        }
        assertEquals("stagenet", Network.STAGENET.label());
        for (String bad : new String[] {null, "", "main", "mainnet ", " mainnet", "fakechain", "ma\u0131nnet", "\u017Ftagenet"}) {
            assertThrows(InvalidInputException.class, () -> Network.parse(bad), bad);
        }
        assertEquals("integrated", AddressKind.INTEGRATED.label());
        assertEquals("subaddress", AddressKind.SUBADDRESS.label());
        assertEquals("standard", AddressKind.STANDARD.label());
    }
}
