package dev.onscrypto.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.onscrypto.InvalidInputException;

/** Canonical unsigned LEB128 (CryptoNote varint). */
class VarintTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void encodesTheNetworkPrefixes() {
        // standard/integrated/subaddress prefixes: mainnet, testnet, devnet (oxen-core cryptonote_config.h),
        // stagenet (dev's src/network_config/stagenet.h)
        assertEquals("72", HEX.formatHex(Varint.encode(114)));
        assertEquals("73", HEX.formatHex(Varint.encode(115)));
        assertEquals("74", HEX.formatHex(Varint.encode(116)));
        assertEquals("9c01", HEX.formatHex(Varint.encode(156)));
        assertEquals("9d01", HEX.formatHex(Varint.encode(157)));
        assertEquals("9e01", HEX.formatHex(Varint.encode(158)));
        assertEquals("da1e", HEX.formatHex(Varint.encode(3930)));
        assertEquals("da22", HEX.formatHex(Varint.encode(4442)));
        assertEquals("da2d", HEX.formatHex(Varint.encode(5850)));
        assertEquals("9826", HEX.formatHex(Varint.encode(4888)));
        assertEquals("9829", HEX.formatHex(Varint.encode(5272)));
        assertEquals("982c", HEX.formatHex(Varint.encode(5656)));
    }

    @Test
    void boundaries() {
        assertEquals("00", HEX.formatHex(Varint.encode(0)));
        assertEquals("7f", HEX.formatHex(Varint.encode(127)));
        assertEquals("8001", HEX.formatHex(Varint.encode(128)));
        assertEquals("ffffffffffffffff7f", HEX.formatHex(Varint.encode(Long.MAX_VALUE)));
        assertEquals("80808080808080808001", HEX.formatHex(Varint.encode(Long.MIN_VALUE)));
        assertEquals("ffffffffffffffffff01", HEX.formatHex(Varint.encode(-1L)));
        assertEquals(-1L, Varint.read(HEX.parseHex("ffffffffffffffffff01"), 0).value());
        assertEquals(10, Varint.read(HEX.parseHex("ffffffffffffffffff01"), 0).length());
    }

    @Test
    void readReportsTheBytesConsumed() {
        byte[] data = HEX.parseHex("aa9c01ffee");
        Varint.Decoded d = Varint.read(data, 1);
        assertEquals(156, d.value());
        assertEquals(2, d.length());
        assertEquals(new Varint.Decoded(0x7f, 1), Varint.read(HEX.parseHex("7f80"), 0));
    }

    @Test
    void rejectsOverLongEncodings() {
        for (String s : new String[] {"8000", "f200", "f28000", "9c8100", "ff8000", "80808080808080808000"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Varint.read(HEX.parseHex(s), 0), s);
            assertEquals(true, e.getMessage().contains("over-long"), e.getMessage());
        }
    }

    @Test
    void rejectsTruncationAndOverflow() {
        assertThrows(InvalidInputException.class, () -> Varint.read(new byte[0], 0));
        assertThrows(InvalidInputException.class, () -> Varint.read(HEX.parseHex("80"), 0));
        assertThrows(InvalidInputException.class, () -> Varint.read(HEX.parseHex("9c01"), 2));
        assertThrows(InvalidInputException.class, () -> Varint.read(HEX.parseHex("9c"), 5));
        assertThrows(InvalidInputException.class, () -> Varint.read(HEX.parseHex("ffffffffffffffffff02"), 0));
        assertThrows(InvalidInputException.class, () -> Varint.read(HEX.parseHex("ffffffffffffffffff81"), 0));
        assertThrows(InvalidInputException.class, () -> Varint.read(HEX.parseHex("ffffffffffffffffffff01"), 0));
    }

    @Test
    void randomRoundTrips() {
        SplittableRandom random = new SplittableRandom(128);
        for (int i = 0; i < 5000; i++) {
            long v = random.nextLong() >>> random.nextInt(64);
            byte[] e = Varint.encode(v);
            assertEquals(Varint.encodedLength(v), e.length);
            assertEquals(new Varint.Decoded(v, e.length), Varint.read(e, 0));
        }
    }
}
