package dev.onscrypto.internal.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;

import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.junit.jupiter.api.Test;

/**
 * Our BLAKE2b: RFC 7693's and the BLAKE2 reference known answers, and agreement with Bouncy Castle's
 * Blake2bDigest for every key and output length, one-shot and fed in random pieces, copies included.
 */
class Blake2bTest {
    private static final HexFormat HEX = HexFormat.of();
    private final SplittableRandom random = new SplittableRandom(0xb1a_2b_2026L);

    private static String hash(byte[] key, byte[] message, int outputLength) {
        Blake2b b = new Blake2b(key, outputLength);
        b.update(message, 0, message.length);
        byte[] out = new byte[outputLength];
        b.finish(out, 0);
        return HEX.formatHex(out);
    }

    private static byte[] sequence(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    @Test
    void knownAnswers() {
        // RFC 7693 Appendix A: BLAKE2b-512("abc")
        assertEquals("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
                hash(new byte[0], "abc".getBytes(StandardCharsets.US_ASCII), 64));
        // BLAKE2 reference blake2b-kat.txt: key 00..3f, inputs 00..(n-1)
        assertEquals("10ebb67700b1868efb4417987acf4690ae9d972fb7a590c2f02871799aaa4786"
                + "b5e996e8f0f4eb981fc214b005f42d2ff4233499391653df7aefcbc13fc51568", hash(sequence(64), new byte[0], 64));
        assertEquals("961f6dd1e4dd30f63901690c512e78e4b45e4742ed197c3c5e45c549fd25f2e4",
                hash(sequence(64), sequence(1), 64).substring(0, 64));
        // unkeyed, empty: one all-zero final block with counter 0
        assertEquals("786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419"
                + "d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce", hash(new byte[0], new byte[0], 64));
    }

    @Test
    void matchesBouncyCastleInPiecesAndCopies() {
        for (int i = 0; i < 3000; i++) {
            byte[] key = new byte[random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(64)];
            random.nextBytes(key);
            int outputLength = 1 + random.nextInt(64);
            int n = random.nextInt(5) == 0 ? 128 * random.nextInt(5) + random.nextInt(3) - 1 : random.nextInt(1200);
            byte[] message = new byte[Math.max(n, 0)];
            random.nextBytes(message);

            Blake2bDigest bc = new Blake2bDigest(key.length == 0 ? null : key, outputLength, null, null);
            bc.update(message, 0, message.length);
            byte[] expected = new byte[outputLength];
            bc.doFinal(expected, 0);

            Blake2b ours = new Blake2b(key, outputLength);
            int split = message.length == 0 ? 0 : random.nextInt(message.length + 1);
            int off = 0;
            while (off < split) {
                int piece = Math.min(split - off, random.nextInt(300));
                ours.update(message, off, piece);
                off += piece;
            }
            Blake2b copy = ours.copy();
            ours.update(message, off, message.length - off);
            copy.update(message, off, message.length - off);
            byte[] out = new byte[outputLength + 2];
            ours.finish(out, 2);
            byte[] fromCopy = new byte[outputLength];
            copy.finish(fromCopy, 0);
            assertArrayEquals(expected, java.util.Arrays.copyOfRange(out, 2, 2 + outputLength),
                    "key " + key.length + ", output " + outputLength + ", message " + message.length);
            assertArrayEquals(expected, fromCopy, "copy");
        }
    }
}
