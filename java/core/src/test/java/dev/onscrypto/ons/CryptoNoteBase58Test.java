package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** CryptoNote block base58 (oxen-core src/common/base58.cpp); expected strings computed with an independent big-integer script. */
class CryptoNoteBase58Test {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void blockWidthsFollowTheTable() {
        int[] widths = {0, 2, 3, 5, 6, 7, 9, 10, 11};
        for (int n = 0; n <= 40; n++) {
            String s = CryptoNoteBase58.encode(new byte[n]);
            assertEquals((n / 8) * 11 + widths[n % 8], s.length(), "bytes " + n);
            assertTrue(s.chars().allMatch(c -> c == '1'), s); // zero bytes are all digit 0
            assertArrayEquals(new byte[n], CryptoNoteBase58.decode(s));
        }
    }

    @Test
    void knownBlocks() {
        assertEquals("jpXCZedGfVQ", CryptoNoteBase58.encode(filled(8, 0xff)));
        assertEquals("11111111111", CryptoNoteBase58.encode(new byte[8]));
        assertEquals("1An6UebxCZd1A", CryptoNoteBase58.encode(HEX.parseHex("010203040506070809")));
        assertEquals("2222221zGiJU7eG4VjaVPU", CryptoNoteBase58.encode(HEX.parseHex("06156013762346bfa21b6e1c1f00d38f")));
        // largest value of each short block size
        String[] max = {"5Q", "LUv", "2UzHL", "7YXq9G", "VtB5VXc", "3CUsUpv9t", "Ahg1opVcGW"};
        for (int n = 1; n <= 7; n++) {
            assertEquals(max[n - 1], CryptoNoteBase58.encode(filled(n, 0xff)));
            assertArrayEquals(filled(n, 0xff), CryptoNoteBase58.decode(max[n - 1]));
        }
        assertArrayEquals(filled(8, 0xff), CryptoNoteBase58.decode("jpXCZedGfVQ"));
    }

    @Test
    void rejectsOverflowingBlocks() {
        // one more than the largest value of each block size (2^(8n)), and the largest digit string
        String[] over = {"5R", "LUw", "2UzHM", "7YXq9H", "VtB5VXd", "3CUsUpv9u", "Ahg1opVcGX", "jpXCZedGfVR"};
        for (String s : over) {
            assertThrows(InvalidAddressException.class, () -> CryptoNoteBase58.decode(s), s);
            assertThrows(InvalidAddressException.class, () -> CryptoNoteBase58.decode("11111111111" + s), s);
        }
        for (String s : new String[] {"zz", "zzz", "zzzzz", "zzzzzz", "zzzzzzz", "zzzzzzzzz", "zzzzzzzzzz", "zzzzzzzzzzz"}) {
            assertThrows(InvalidAddressException.class, () -> CryptoNoteBase58.decode(s), s);
        }
    }

    @Test
    void rejectsImpossibleLastBlockLengths() {
        for (int chars : new int[] {1, 4, 8, 12, 15, 19}) {
            String s = "1".repeat(chars);
            InvalidAddressException e = assertThrows(InvalidAddressException.class, () -> CryptoNoteBase58.decode(s));
            assertTrue(e.getMessage().contains("length"), e.getMessage());
        }
    }

    @Test
    void rejectsCharactersOutsideTheAlphabet() {
        for (char c : new char[] {'0', 'I', 'O', 'l', '-', '_', '=', '\u00e9', '\u0661', '\uff21'}) {
            InvalidAddressException e = assertThrows(InvalidAddressException.class,
                    () -> CryptoNoteBase58.decode("1" + c));
            assertTrue(e.getMessage().contains("alphabet"), e.getMessage());
        }
    }

    @Test
    void randomRoundTrips() {
        SplittableRandom random = new SplittableRandom(58);
        for (int i = 0; i < 2000; i++) {
            byte[] data = new byte[random.nextInt(120)];
            random.nextBytes(data);
            assertArrayEquals(data, CryptoNoteBase58.decode(CryptoNoteBase58.encode(data)));
        }
    }

    private static byte[] filled(int n, int b) {
        byte[] out = new byte[n];
        java.util.Arrays.fill(out, (byte) b);
        return out;
    }
}
