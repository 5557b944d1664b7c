package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.onscrypto.InvalidInputException;

/** z-base-32 (oxenc base32z.h) and the exact shape of a lokinet value. */
class Base32zTest {
    private static final HexFormat HEX = HexFormat.of();
    // blocks.loki (oxen-core's ONS_RESOLVE documentation) and jason.loki (lokinet's test_llarp_service_name.cpp)
    private static final String BLOCKS_KEY = "531a0c517fb23b120c37132ab1d771eda3a6ed7cfd64b374ca6ce61ae95a54e4";
    private static final String BLOCKS = "kcpyawm9se7trdbzncimdi5t7st4p5mh9i1mg7gkpuubi4k4ku1y.loki";
    private static final String JASON_KEY = "c5cb04f736113e5c891cdb3d62f4910e118081fc2497a98b7800ecbb11f0ffb5";
    private static final String JASON = "azfoj73snr9f3neh5c6sf7rtbaeabyxhr1m4un5aydsmsrxo964o.loki";

    @Test
    void specVectors() {
        assertEquals(BLOCKS, Base32z.encodeLokinet(HEX.parseHex(BLOCKS_KEY)));
        assertEquals(JASON, Base32z.encodeLokinet(HEX.parseHex(JASON_KEY)));
        assertArrayEquals(HEX.parseHex(BLOCKS_KEY), Base32z.decodeLokinet(BLOCKS));
        assertArrayEquals(HEX.parseHex(JASON_KEY), Base32z.decodeLokinet(JASON));
    }

    @Test
    void smallKnownValues() {
        assertEquals("", Base32z.encode(new byte[0]));
        assertEquals("yy", Base32z.encode(new byte[1]));
        assertEquals("9h", Base32z.encode(new byte[] {(byte) 0xff})); // 11111 111(00)
        assertEquals("yyyyyyyy", Base32z.encode(new byte[5]));
        assertEquals("99999999", Base32z.encode(new byte[] {-1, -1, -1, -1, -1}));
        assertArrayEquals(new byte[] {(byte) 0xff}, Base32z.decode("9h"));
        assertArrayEquals(new byte[] {(byte) 0xff}, Base32z.decode("9H"));
    }

    @Test
    void decodeAcceptsUpperCaseLetters() {
        String key = BLOCKS.substring(0, 52);
        assertArrayEquals(HEX.parseHex(BLOCKS_KEY), Base32z.decode(key.toUpperCase(Locale.ROOT)));
        // in a lokinet value too, except the case-sensitive 52nd character and suffix
        String upper = key.substring(0, 51).toUpperCase(Locale.ROOT) + "y.loki";
        assertArrayEquals(HEX.parseHex(BLOCKS_KEY), Base32z.decodeLokinet(upper));
        assertThrows(InvalidValueException.class, () -> Base32z.decodeLokinet(key.substring(0, 51) + "Y.loki"));
        assertThrows(InvalidValueException.class, () -> Base32z.decodeLokinet(key + ".LOKI"));
        assertThrows(InvalidValueException.class, () -> Base32z.decodeLokinet(key + ".Loki"));
    }

    @Test
    void lokinetShapeRules() {
        String key = BLOCKS.substring(0, 52);
        // every other last character carries bits beyond 256
        for (char c : Base32z.ALPHABET.toCharArray()) {
            String text = key.substring(0, 51) + c + ".loki";
            if (c == 'y' || c == 'o') {
                assertEquals(32, Base32z.decodeLokinet(text).length);
            } else {
                assertThrows(InvalidValueException.class, () -> Base32z.decodeLokinet(text), text);
            }
        }
        for (String bad : new String[] {"", ".loki", key, key + ".lok", key + ".loki ", " " + key + ".loki",
                key.substring(1) + ".loki", "y" + key + ".loki", key + "xloki", key.substring(0, 10) + "2" + key.substring(11) + ".loki",
                key.substring(0, 10) + "l" + key.substring(11) + ".loki", key.substring(0, 10) + "v" + key.substring(11) + ".loki",
                key.substring(0, 10) + "\u00e9" + key.substring(11) + ".loki", key + ".loki\n"}) {
            assertThrows(InvalidValueException.class, () -> Base32z.decodeLokinet(bad), bad);
        }
    }

    @Test
    void alphabetChecks() {
        assertTrue(Base32z.isBase32z(Base32z.ALPHABET));
        assertTrue(Base32z.isBase32z(Base32z.ALPHABET.toUpperCase(Locale.ROOT)));
        for (char c : "0lv2=-_ .\u00e9".toCharArray()) {
            assertFalse(Base32z.isBase32z(String.valueOf(c)), String.valueOf(c));
        }
        assertThrows(InvalidInputException.class, () -> Base32z.decode("y0"));
        assertThrows(InvalidInputException.class, () -> Base32z.encodeLokinet(new byte[31]));
    }

    @Test
    void randomRoundTrips() {
        SplittableRandom random = new SplittableRandom(32);
        for (int i = 0; i < 2000; i++) {
            byte[] data = new byte[random.nextInt(80)];
            random.nextBytes(data);
            String s = Base32z.encode(data);
            assertEquals((data.length * 8 + 4) / 5, s.length());
            assertArrayEquals(data, Base32z.decode(s));
        }
        for (int i = 0; i < 200; i++) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            String text = Base32z.encodeLokinet(key);
            assertEquals(57, text.length());
            assertArrayEquals(key, Base32z.decodeLokinet(text));
        }
    }
}
