package dev.onscrypto.internal.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;

import org.bouncycastle.crypto.engines.ChaCha7539Engine;
import org.bouncycastle.crypto.engines.XSalsa20Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our Salsa20, ChaCha20 and Poly1305 and the two compositions on them: the published known answers
 * (RFC 8439, draft-irtf-cfrg-xchacha, NaCl's secretbox and onetimeauth tests), and agreement with Bouncy
 * Castle's engines at random lengths and keystream positions (the block boundaries above all).
 */
class StreamCipherKnownAnswerTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] SUNSCREEN = ("Ladies and Gentlemen of the class of '99: If I could offer you only one"
            + " tip for the future, sunscreen would be it.").getBytes(StandardCharsets.US_ASCII);
    private final SplittableRandom random = new SplittableRandom(0x5a15a_20L);

    private static byte[] hex(String s) {
        return HEX.parseHex(s.replace(" ", ""));
    }

    private static byte[] sequence(int first, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (first + i);
        }
        return b;
    }

    private static int[] words(byte[] b) {
        int[] w = new int[b.length / 4];
        for (int i = 0; i < w.length; i++) {
            w[i] = (int) KeystreamCipher.LE_INT.get(b, 4 * i);
        }
        return w;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    @Test
    void chacha20BlockFunction() {
        // RFC 8439 §2.3.2: key 00..1f, nonce 000000090000004a00000000, block counter 1.
        ChaCha20 c = ChaCha20.ietf(sequence(0, 32), hex("000000090000004a00000000"));
        byte[] block = new byte[64];
        c.xor(64, block, 0, block, 0, 64);
        assertEquals("10f1e7e4d13b5915500fdd1fa32071c4c7d1f4c733c068030422aa9ac3d46c4e"
                + "d2826446079faa0914c2d705d98b02a2b5129cd1de164eb9cbd083e8a2503c4e", HEX.formatHex(block));
    }

    @Test
    void chacha20Encryption() {
        // RFC 8439 §2.4.2: the sunscreen text from block counter 1.
        ChaCha20 c = ChaCha20.ietf(sequence(0, 32), hex("000000000000004a00000000"));
        byte[] out = new byte[SUNSCREEN.length];
        c.xor(64, SUNSCREEN, 0, out, 0, SUNSCREEN.length);
        assertEquals("6e2e359a2568f98041ba0728dd0d6981e97e7aec1d4360c20a27afccfd9fae0b"
                + "f91b65c5524733ab8f593dabcd62b3571639d624e65152ab8f530c359f0861d8"
                + "07ca0dbf500d6a6156a38e088a22b65e52bc514d16ccf806818ce91ab7793736"
                + "5af90bbf74a35be6b40b8eedf2785e42874d", HEX.formatHex(out));
    }

    @Test
    void hchacha20Subkey() {
        // draft-irtf-cfrg-xchacha §2.2.1; the subkey is the XChaCha20 key, words 4..11 of the state.
        byte[] nonce = Arrays.copyOf(hex("000000090000004a0000000031415927"), 24);
        ChaCha20 c = ChaCha20.xchacha(sequence(0, 32), nonce);
        assertArrayEquals(words(hex("82413b4227b27bfed30e42508a877d73a0f9e4d58a74a853c12ec41326d3ecdc")),
                Arrays.copyOfRange(c.state, 4, 12));
    }

    @Test
    void hsalsa20Subkey() {
        // NaCl's "firstkey": HSalsa20 of the curve25519 shared secret and a zero nonce (tests/secretbox.c).
        Salsa20 s = Salsa20.xsalsa(hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"), new byte[24]);
        int[] expected = words(hex("1b27556473e985d462cd51197a9a46c76009549eac6474f206c4ee0844f68389"));
        assertArrayEquals(Arrays.copyOfRange(expected, 0, 4), Arrays.copyOfRange(s.state, 1, 5));
        assertArrayEquals(Arrays.copyOfRange(expected, 4, 8), Arrays.copyOfRange(s.state, 11, 15));
    }

    @ParameterizedTest
    @CsvSource({
        // RFC 8439 §2.5.2
        "85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b, "
                + "43727970746f6772617068696320466f72756d2052657365617263682047726f7570, a8061dc1305136c6c22b8baf0c0127a9",
        // RFC 8439 A.3 #5–#11: the edge cases of the final reduction and of the carries
        "0200000000000000000000000000000000000000000000000000000000000000, ffffffffffffffffffffffffffffffff, "
                + "03000000000000000000000000000000",
        "02000000000000000000000000000000ffffffffffffffffffffffffffffffff, 02000000000000000000000000000000, "
                + "03000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000, "
                + "fffffffffffffffffffffffffffffffff0ffffffffffffffffffffffffffffff11000000000000000000000000000000, "
                + "05000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000, "
                + "fffffffffffffffffffffffffffffffffbfefefefefefefefefefefefefefefe01010101010101010101010101010101, "
                + "00000000000000000000000000000000",
        "0200000000000000000000000000000000000000000000000000000000000000, fdffffffffffffffffffffffffffffff, "
                + "faffffffffffffffffffffffffffffff",
        "0100000000000000040000000000000000000000000000000000000000000000, "
                + "e33594d7505e43b900000000000000003394d7505e4379cd010000000000000000000000000000000000000000000000"
                + "01000000000000000000000000000000, 14000000000000005500000000000000",
        "0100000000000000040000000000000000000000000000000000000000000000, "
                + "e33594d7505e43b900000000000000003394d7505e4379cd010000000000000000000000000000000000000000000000, "
                + "13000000000000000000000000000000",
        // NaCl tests/onetimeauth.c: 131 bytes, a short final block
        "eea6a7251c1e72916d11c2cb214d3c252539121d8e234e652d651fa4c8cff880, "
                + "8e993b9f48681273c29650ba32fc76ce48332ea7164d96a4476fb8c531a1186ac0dfc17c98dce87b4da7f011ec48c972"
                + "71d2c20f9b928fe2270d6fb863d51738b48eeee314a7cc8ab932164548e526ae90224368517acfeabd6bb3732bc0e9da"
                + "99832b61ca01b6de56244a9e88d5f9b37973f622a43d14a6599b1f654cb45a74e355a5, f3ffc7703f9400e52a7dfb4b3d3305d9",
    })
    void poly1305(String key, String message, String tag) {
        byte[] m = hex(message);
        Poly1305 mac = new Poly1305(words(hex(key)));
        mac.update(m, 0, m.length);
        byte[] out = new byte[16];
        mac.finish(out, 0);
        assertEquals(tag, HEX.formatHex(out));

        Poly1305 again = new Poly1305(words(hex(key)));
        again.update(m, 0, m.length);
        assertTrue(again.verify(hex(tag), 0));
        byte[] wrong = hex(tag);
        wrong[15] ^= (byte) 0x80;
        Poly1305 third = new Poly1305(words(hex(key)));
        third.update(m, 0, m.length);
        assertFalse(third.verify(wrong, 0));
    }

    @Test
    void secretboxNaClVector() {
        // NaCl tests/secretbox.c
        byte[] key = hex("1b27556473e985d462cd51197a9a46c76009549eac6474f206c4ee0844f68389");
        byte[] nonce = hex("69696ee955b62b73cd62bda875fc73d68219e0036b7a0b37");
        byte[] m = hex("be075fc53c81f2d5cf141316ebeb0c7b5228c52a4c62cbd44b66849b64244ffce5ecbaaf33bd751a1ac728d45e"
                + "6c61296cdc3c01233561f41db66cce314adb310e3be8250c46f06dceea3a7fa1348057e2f6556ad6b1318a024a83"
                + "8f21af1fde048977eb48f59ffd4924ca1c60902e52f0a089bc76897040e082f937763848645e0705");
        String c = "f3ffc7703f9400e52a7dfb4b3d3305d98e993b9f48681273c29650ba32fc76ce48332ea7164d96a4476fb8c531"
                + "a1186ac0dfc17c98dce87b4da7f011ec48c97271d2c20f9b928fe2270d6fb863d51738b48eeee314a7cc8ab93216"
                + "4548e526ae90224368517acfeabd6bb3732bc0e9da99832b61ca01b6de56244a9e88d5f9b37973f622a43d14a659"
                + "9b1f654cb45a74e355a5";
        byte[] box = new byte[m.length + 16];
        XSalsa20Poly1305Box.seal(m, 0, m.length, nonce, key, box, 0);
        assertEquals(c, HEX.formatHex(box));

        byte[] opened = new byte[m.length];
        assertTrue(XSalsa20Poly1305Box.open(box, 0, box.length, nonce, key, opened, 0));
        assertArrayEquals(m, opened);
        for (int i : new int[] {0, 15, 16, box.length - 1}) {
            byte[] forged = box.clone();
            forged[i] ^= 1;
            byte[] untouched = new byte[m.length];
            assertFalse(XSalsa20Poly1305Box.open(forged, 0, forged.length, nonce, key, untouched, 0), "byte " + i);
            assertArrayEquals(new byte[m.length], untouched, "nothing is decrypted before the tag is checked");
        }
    }

    @Test
    void xchacha20Poly1305DraftVector() {
        // draft-irtf-cfrg-xchacha §A.3.1
        byte[] key = sequence(0x80, 32);
        byte[] nonce = sequence(0x40, 24);
        byte[] ad = hex("50515253c0c1c2c3c4c5c6c7");
        String expected = "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb"
                + "731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452"
                + "2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9"
                + "21f9664c97637da9768812f615c68b13b52e" + "c0875924c1c7987947deafd8780acf49";
        byte[] sealed = new byte[SUNSCREEN.length + 16];
        XChaCha20Poly1305Aead.seal(SUNSCREEN, 0, SUNSCREEN.length, ad, nonce, key, sealed, 0);
        assertEquals(expected, HEX.formatHex(sealed));

        byte[] opened = new byte[SUNSCREEN.length];
        assertTrue(XChaCha20Poly1305Aead.open(sealed, 0, sealed.length, ad, nonce, key, opened, 0));
        assertArrayEquals(SUNSCREEN, opened);
        byte[] otherAd = ad.clone();
        otherAd[0] ^= 1;
        byte[] garbage = bytes(SUNSCREEN.length);
        assertFalse(XChaCha20Poly1305Aead.open(sealed, 0, sealed.length, otherAd, nonce, key, garbage, 0));
        assertArrayEquals(new byte[SUNSCREEN.length], garbage, "a failed open leaves zeros, as libsodium does");
    }

    @Test
    void salsa20MatchesBouncyCastleAtEveryPosition() {
        for (int i = 0; i < 300; i++) {
            byte[] key = bytes(32);
            byte[] nonce = bytes(24);
            int position = random.nextInt(4) == 0 ? 64 * random.nextInt(4) : random.nextInt(200);
            int len = random.nextInt(8) == 0 ? random.nextInt(70_000) : random.nextInt(300);
            byte[] in = bytes(position + len);

            XSalsa20Engine bc = new XSalsa20Engine();
            bc.init(true, new ParametersWithIV(new KeyParameter(key), nonce));
            byte[] expected = new byte[in.length];
            bc.processBytes(in, 0, in.length, expected, 0);

            Salsa20 ours = Salsa20.xsalsa(key, nonce);
            byte[] out = new byte[len + 3];
            ours.xor(position, in, position, out, 3, len);
            assertArrayEquals(Arrays.copyOfRange(expected, position, position + len), Arrays.copyOfRange(out, 3, 3 + len),
                    "position " + position + ", length " + len);
        }
    }

    @Test
    void chacha20MatchesBouncyCastleAtEveryPosition() {
        for (int i = 0; i < 300; i++) {
            byte[] key = bytes(32);
            byte[] nonce = bytes(12);
            int position = random.nextInt(4) == 0 ? 64 * random.nextInt(4) : random.nextInt(200);
            int len = random.nextInt(8) == 0 ? random.nextInt(70_000) : random.nextInt(300);
            byte[] in = bytes(position + len);

            ChaCha7539Engine bc = new ChaCha7539Engine();
            bc.init(true, new ParametersWithIV(new KeyParameter(key), nonce));
            byte[] expected = new byte[in.length];
            bc.processBytes(in, 0, in.length, expected, 0);

            ChaCha20 ours = ChaCha20.ietf(key, nonce);
            byte[] out = new byte[len + 5];
            ours.xor(position, in, position, out, 5, len);
            assertArrayEquals(Arrays.copyOfRange(expected, position, position + len), Arrays.copyOfRange(out, 5, 5 + len),
                    "position " + position + ", length " + len);
        }
    }

    @Test
    void poly1305MatchesBouncyCastle() {
        for (int i = 0; i < 2000; i++) {
            byte[] key = bytes(32);
            byte[] m = bytes(random.nextInt(8) == 0 ? random.nextInt(5000) : random.nextInt(100));
            if (random.nextInt(4) == 0) {
                Arrays.fill(m, (byte) 0xff); // the largest limbs: carries at their limit
            }
            org.bouncycastle.crypto.macs.Poly1305 bc = new org.bouncycastle.crypto.macs.Poly1305();
            bc.init(new KeyParameter(key));
            bc.update(m, 0, m.length);
            byte[] expected = new byte[16];
            bc.doFinal(expected, 0);

            Poly1305 ours = new Poly1305(words(key));
            ours.update(m, 0, m.length);
            byte[] tag = new byte[16];
            ours.finish(tag, 0);
            assertArrayEquals(expected, tag, "length " + m.length);
        }
    }

    @Test
    void wipeZeroesKeyAndKeystream() {
        ChaCha20 c = ChaCha20.xchacha(bytes(32), bytes(24));
        int[] first = c.firstBlock();
        c.wipe();
        assertArrayEquals(new int[16], c.state);
        assertArrayEquals(new int[16], first);
        Salsa20 s = Salsa20.xsalsa(bytes(32), bytes(24));
        int[] sFirst = s.firstBlock();
        s.wipe();
        assertArrayEquals(new int[16], s.state);
        assertArrayEquals(new int[16], sFirst);
    }
}
