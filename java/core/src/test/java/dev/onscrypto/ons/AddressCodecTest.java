package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Varint;
import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;
import dev.onscrypto.testing.BothBackends;

/**
 * Address strings on both backends: oxen-core's base58 test keys in every network and kind, a subaddress
 * wallet, the vector-file addresses, negative cases, round trips.
 */
class AddressCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    /** Test keys of oxen-core's tests/unit_tests/base58.cpp. */
    private static final String SPEND = "123a9342d6a27e8eee0d539a6fa30033c6a907696a52a523e7bfe5aece388d1d";
    private static final String VIEW = "8008ec7d8f780d8ae072277ad3637bea92967e6666976a2ec7ad82a25329b0e9";
    private static final String MAINNET_STANDARD =
            "L5dkQUgpdssQubjyfnkLTh9fHx2ScppAQ71Kv3jdn7rL5wBvMZ4GQWxQEH9QPcn8bLgEebMZqSeZF8pppfi2FGWbTPeQFoL";

    record Vector(String address, Network network, AddressKind kind, String spend, String view, String paymentId) {}

    static List<Vector> vectors() {
        return List.of(
                // the mainnet address of oxen-core's tests/unit_tests/base58.cpp
                new Vector(MAINNET_STANDARD, Network.MAINNET, AddressKind.STANDARD, SPEND, VIEW, null),
                // the same keys encoded here with each network's prefixes (cryptonote_config.h / network_config)
                new Vector("LFLRRHWKF9PQubjyfnkLTh9fHx2ScppAQ71Kv3jdn7rL5wBvMZ4GQWxQEH9QPcn8bLgEebMZqSeZF8pppfi2FGWbfySEHfWe3tYU2C3sik",
                        Network.MAINNET, AddressKind.INTEGRATED, SPEND, VIEW, "0123456789abcdef"),
                new Vector("LR36S6KorQuQubjyfnkLTh9fHx2ScppAQ71Kv3jdn7rL5wBvMZ4GQWxQEH9QPcn8bLgEebMZqSeZF8pppfi2FGWbTPbUSqP",
                        Network.MAINNET, AddressKind.SUBADDRESS, SPEND, VIEW, null),
                new Vector("T6SHjHeKQDFNAmuXnrkT3Y12xoS9wHj6hUd4uX7kESjyQbzgf11HAWb3GNzG7ktwzzMj9K9k8RPieJm781kqL1922X6dMdkVH",
                        Network.TESTNET, AddressKind.STANDARD, SPEND, VIEW, null),
                new Vector("TG8xk6Tp1UmNAmuXnrkT3Y12xoS9wHj6hUd4uX7kESjyQbzgf11HAWb3GNzG7ktwzzMj9K9k8RPieJm781kqL192WbFWyist1sY2mYuMY5pw",
                        Network.TESTNET, AddressKind.INTEGRATED, SPEND, VIEW, "0123456789abcdef"),
                new Vector("TRqdkuHJckHNAmuXnrkT3Y12xoS9wHj6hUd4uX7kESjyQbzgf11HAWb3GNzG7ktwzzMj9K9k8RPieJm781kqL1922X6gPwzRc",
                        Network.TESTNET, AddressKind.SUBADDRESS, SPEND, VIEW, null),
                new Vector("dV1jXaKrgFKNAmuXnrkT3Y12xoS9wHj6hUd4uX7kESjyQbzgf11HAWb3GNzG7ktwzzMj9K9k8RPieJm781kqL1922X6dBP5KE",
                        Network.DEVNET, AddressKind.STANDARD, SPEND, VIEW, null),
                // a wallet with spend secret b and view secret Hs(b): its primary address and subaddress (1,0)
                new Vector("LCeypw8TcTUejDUdxpRXymCEyna4HHAowaDUfyrY8ohu7W4U9KYRjGdWmKSKneVrwVTa75KsQdnzEP89DAGnBCd6EazDred",
                        Network.MAINNET, AddressKind.STANDARD,
                        "cb81ea1dc745ebe18f5ff8b586f6a44334a5f95f32f206c6948ac70943f96426",
                        "ddfbdc2e5b13e2b1f2abd86098920c9edb33fe9d09121b8443fb4670b0bab978", null),
                new Vector("LWQLwYKciWaF5tefWxxjHR3TuxbW1QaLyduHC6ZWpnGsR47QdnsBemyUHvfEwTWVSKaEcGGDsVGS6gUfeVydqxA3Sw9KCPn",
                        Network.MAINNET, AddressKind.SUBADDRESS,
                        "9fd6b784562c6f5434636b48dd70c80ebb3d554efd58e2dc9e6ca9e7c089d48f",
                        "cea7fe961736b4a32ac6627b6d30d4c6b26258aef90c0bec04811c208d6108e5", null),
                // vectors/ons.json, op oxen_address and wallet ons_value
                new Vector("LE59icbdt38SEUb2p9moeBEXYM9YShxBU1Txuk1R9DtmbAbwKDXc4vcKgycgXi6VzAVVKeeSSePgicPEZ27pq4xH7to6JkQ",
                        Network.MAINNET, AddressKind.STANDARD,
                        "f0e489c40c738796dab31b256aa0e450deb977dab7f34b02c788bbeb48bdeacc",
                        "4334c619df4de96fbc55f20b56d93baa5207c8e8d73acfd38b0ca192a5ae623d", null),
                new Vector("LPmpjRR8VJeSEUb2p9moeBEXYM9YShxBU1Txuk1R9DtmbAbwKDXc4vcKgycgXi6VzAVVKeeSSePgicPEZ27pq4xHBKegDYBUXVQNse45Wo",
                        Network.MAINNET, AddressKind.INTEGRATED,
                        "f0e489c40c738796dab31b256aa0e450deb977dab7f34b02c788bbeb48bdeacc",
                        "4334c619df4de96fbc55f20b56d93baa5207c8e8d73acfd38b0ca192a5ae623d", "b55f2bd79a395fc1"),
                new Vector("TG9NpDg5tBtJjAmrD5Wi3yM1qRcXazELYRE5t1FizWP3LR3SzVYuzMiMUmA1sPu3K4cbXUrYYvAs6M7tBtQRVxQ9jJ5U6DUDvvR2VGgooF6E",
                        Network.TESTNET, AddressKind.INTEGRATED,
                        "4291345d427369fbaa3e1105daf877a882fd102730b990d5d82cca45e8ca7412",
                        "63dc2bfd9d057a6f0e03ca959f9fd4cf694c517c8af578481956ff1645fafcdc", "a467032f835ead3e"),
                new Vector("dVCEuNaP9B3D1KE9YPacjjEy6QG7LscFWCJATG4E6sYLTjSWr3huUMMiMjYd233TTtiuonkS9nJPYMVpbZJQvFk863P88Ne5paw2RqaFYhpT",
                        Network.DEVNET, AddressKind.INTEGRATED,
                        "d9f26159608647c694a260bb4f0253810440c3a17d354388aaa4fb2943599fd1",
                        "8af8866eb508f7429b91aa631c4ffa90f726baf5e1e77a8b0224237dcc151e23", "76433507769ca659"),
                new Vector("STBEMBtcRbBD1KE9YPacjjEy6QG7LscFWCJATG4E6sYLTjSWr3huUMMiMjYd233TTtiuonkS9nJPYMVpbZJQvFk863PZR7NJtuL27UfEHmgN",
                        Network.STAGENET, AddressKind.INTEGRATED,
                        "d9f26159608647c694a260bb4f0253810440c3a17d354388aaa4fb2943599fd1",
                        "8af8866eb508f7429b91aa631c4ffa90f726baf5e1e77a8b0224237dcc151e23", "a90bb6909ebf817a"),
                new Vector("T6ShoQrbGvNJjAmrD5Wi3yM1qRcXazELYRE5t1FizWP3LR3SzVYuzMiMUmA1sPu3K4cbXUrYYvAs6M7tBtQRVxQ93AvGvF9fa",
                        Network.TESTNET, AddressKind.STANDARD,
                        "4291345d427369fbaa3e1105daf877a882fd102730b990d5d82cca45e8ca7412",
                        "63dc2bfd9d057a6f0e03ca959f9fd4cf694c517c8af578481956ff1645fafcdc", null),
                new Vector("dV3Sytf5UZTD1KE9YPacjjEy6QG7LscFWCJATG4E6sYLTjSWr3huUMMiMjYd233TTtiuonkS9nJPYMVpbZJQvFk81G1TXrbiZ",
                        Network.DEVNET, AddressKind.STANDARD,
                        "d9f26159608647c694a260bb4f0253810440c3a17d354388aaa4fb2943599fd1",
                        "8af8866eb508f7429b91aa631c4ffa90f726baf5e1e77a8b0224237dcc151e23", null));
    }

    private static AddressCodec codec(BackendKind kind) {
        return new AddressCodec(BothBackends.primitives(kind));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void specAndFileVectors(BackendKind backend) {
        AddressCodec codec = codec(backend);
        for (Vector v : vectors()) {
            OxenAddress a = codec.parse(v.address(), v.network());
            assertEquals(v.network(), a.network(), v.address());
            assertEquals(v.kind(), a.kind(), v.address());
            assertEquals(v.spend(), HEX.formatHex(a.spendKey()), v.address());
            assertEquals(v.view(), HEX.formatHex(a.viewKey()), v.address());
            assertEquals(v.paymentId(), a.paymentId().map(HEX::formatHex).orElse(null), v.address());
            assertEquals(a, codec.parseAnyNetwork(v.address()), v.address());
            assertEquals(v.address(), codec.format(a));
            byte[] pid = v.paymentId() == null ? null : HEX.parseHex(v.paymentId());
            OxenAddress built = OxenAddress.of(v.network(), v.kind(), HEX.parseHex(v.spend()), HEX.parseHex(v.view()), pid);
            assertEquals(v.address(), codec.format(built));
        }
    }

    // ---- negative cases ----

    /** Builds raw = body ‖ checksum(body) and base58-encodes it: a string whose checksum is right. */
    private static String withChecksum(Primitives p, byte[] body) {
        byte[] sum = p.keccak256().hash(body);
        byte[] raw = new byte[body.length + 4];
        System.arraycopy(body, 0, raw, 0, body.length);
        System.arraycopy(sum, 0, raw, body.length, 4);
        return CryptoNoteBase58.encode(raw);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int off = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, off, p.length);
            off += p.length;
        }
        return out;
    }

    /** Asserts the rejection, that the message names {@code rule}, and that it does not echo the input. */
    private static void rejects(AddressCodec codec, String text, Network network, String rule) {
        rejectsFor(codec, text, network, rule);
        assertThrows(InvalidAddressException.class, () -> codec.parseAnyNetwork(text));
    }

    /** As {@link #rejects}, for {@code network} only (the text may be valid on another network). */
    private static void rejectsFor(AddressCodec codec, String text, Network network, String rule) {
        InvalidAddressException e = assertThrows(InvalidAddressException.class, () -> codec.parse(text, network));
        assertTrue(e.getMessage().contains(rule), () -> "'" + e.getMessage() + "' should name '" + rule + "'");
        if (text.length() > 8) {
            assertFalse(e.getMessage().contains(text.substring(0, 8)), e.getMessage());
        }
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void rejectsCharactersOutsideTheAlphabet(BackendKind backend) {
        AddressCodec codec = codec(backend);
        for (char bad : new char[] {'0', 'I', 'O', 'l', '+', ' ', 'é', '\u0000', '\uff11'}) {
            for (int at : new int[] {0, 40, MAINNET_STANDARD.length() - 1}) {
                String text = MAINNET_STANDARD.substring(0, at) + bad + MAINNET_STANDARD.substring(at + 1);
                rejects(codec, text, Network.MAINNET, "alphabet");
            }
        }
        rejects(codec, MAINNET_STANDARD + "\n", Network.MAINNET, "length"); // 96 chars: last block of 8
        rejects(codec, " " + MAINNET_STANDARD, Network.MAINNET, "length");
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void rejectsWrongChecksums(BackendKind backend) {
        AddressCodec codec = codec(backend);
        // vectors/ons.json: last character changed
        rejects(codec, "LE59icbdt38SEUb2p9moeBEXYM9YShxBU1Txuk1R9DtmbAbwKDXc4vcKgycgXi6VzAVVKeeSSePgicPEZ27pq4xH7to6JkA",
                Network.MAINNET, "checksum");
        // every single-character change in the first block (it holds the prefix and the first key bytes)
        for (int i = 0; i < 11; i++) {
            char c = MAINNET_STANDARD.charAt(i);
            char other = c == 'z' ? 'y' : CryptoNoteBase58.ALPHABET.charAt(CryptoNoteBase58.ALPHABET.indexOf(c) + 1);
            String text = MAINNET_STANDARD.substring(0, i) + other + MAINNET_STANDARD.substring(i + 1);
            assertThrows(InvalidAddressException.class, () -> codec.parse(text, Network.MAINNET), text);
        }
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void rejectsOtherNetworks(BackendKind backend) {
        AddressCodec codec = codec(backend);
        for (Vector v : vectors()) {
            for (Network n : Network.values()) {
                if (n != v.network()) {
                    rejectsFor(codec, v.address(), n, "not a " + n.label());
                }
            }
        }
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void rejectsPrefixesThatAreNotCanonicalOrNotKnown(BackendKind backend) {
        Primitives p = BothBackends.primitives(backend);
        AddressCodec codec = new AddressCodec(p);
        byte[] keys = HEX.parseHex(SPEND + VIEW);
        // The canonical encoding parses (sanity check of the helper) ...
        assertEquals(MAINNET_STANDARD, withChecksum(p, concat(new byte[] {0x72}, keys)));
        // ... while over-long encodings of the same prefixes 114 and 156 do not.
        rejects(codec, withChecksum(p, concat(new byte[] {(byte) 0xf2, 0x00}, keys)), Network.MAINNET, "over-long");
        rejects(codec, withChecksum(p, concat(new byte[] {(byte) 0xf2, (byte) 0x80, 0x00}, keys)), Network.MAINNET, "over-long");
        rejects(codec, withChecksum(p, concat(new byte[] {(byte) 0x9c, (byte) 0x81, 0x00}, keys)), Network.TESTNET, "over-long");
        // a prefix of no network (fakechain/localdev reuse mainnet/devnet prefixes, so nothing else exists)
        rejects(codec, withChecksum(p, concat(new byte[] {0x12}, keys)), Network.MAINNET, "not an Oxen address prefix");
        rejects(codec, withChecksum(p, concat(Varint.encode(-1L), keys)), Network.MAINNET, "not an Oxen address prefix");
        // a varint that runs into the checksum, and one that overflows 64 bits
        rejects(codec, withChecksum(p, new byte[] {(byte) 0xf2}), Network.MAINNET, "truncated");
        byte[] overflow = new byte[11];
        java.util.Arrays.fill(overflow, (byte) 0xff);
        rejects(codec, withChecksum(p, concat(overflow, keys)), Network.MAINNET, "overflows");
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void rejectsPayloadsOfTheWrongLength(BackendKind backend) {
        Primitives p = BothBackends.primitives(backend);
        AddressCodec codec = new AddressCodec(p);
        byte[] keys = HEX.parseHex(SPEND + VIEW);
        // vectors/ons.json: standard prefix with a 72-byte payload, checksum valid
        rejects(codec, "LE59icbdt38SEUb2p9moeBEXYM9YShxBU1Txuk1R9DtmbAbwKDXc4vcKgycgXi6VzAVVKeeSSePgicPEZ27pq4xHBMtkktzk185TJ9jkVm",
                Network.MAINNET, "64 bytes");
        rejects(codec, withChecksum(p, concat(new byte[] {0x72}, keys, new byte[1])), Network.MAINNET, "carries 65");
        rejects(codec, withChecksum(p, concat(new byte[] {0x74}, keys, new byte[8])), Network.MAINNET, "carries 72");
        rejects(codec, withChecksum(p, concat(new byte[] {0x73}, keys)), Network.MAINNET, "72 bytes");
        rejects(codec, withChecksum(p, concat(new byte[] {0x72}, HEX.parseHex(SPEND))), Network.MAINNET, "carries 32");
        rejects(codec, withChecksum(p, new byte[] {0x72}), Network.MAINNET, "carries 0");
        // vectors/ons.json: truncations
        // (94 characters: the last block shrinks from 5 bytes to 4 and its value no longer fits)
        rejects(codec, MAINNET_STANDARD.substring(0, MAINNET_STANDARD.length() - 1), Network.MAINNET, "overflow");
        rejects(codec, MAINNET_STANDARD.substring(0, MAINNET_STANDARD.length() - 7) + "11111", Network.MAINNET, "checksum");
        rejects(codec, "LE59icbdt38SEUb2p9moeBEXYM9YShxBU1Txuk1R9DtmbAbwKDXc4vcKgycgXi6VzAVVKeeSSePgicPEZ27pq4xH7to6Jk",
                Network.MAINNET, ""); // vectors/ons.json: truncated by one character
        rejects(codec, "LPmpjRR8VJeSEUb2p9moeBEXYM9YShxBU1Txuk1R9DtmbAbwKDXc4vcKgycgXi6VzAVVKeeSSePgicPEZ27pq4xHBKegDYB",
                Network.MAINNET, "checksum");
        rejects(codec, "", Network.MAINNET, "empty");
        rejects(codec, "11", Network.MAINNET, "too short"); // one zero byte
        rejects(codec, "1111111", Network.MAINNET, "checksum"); // 5 zero bytes: body 00, checksum 00000000
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void rejectsKeysThatAreNotPoints(BackendKind backend) {
        Primitives p = BothBackends.primitives(backend);
        AddressCodec codec = new AddressCodec(p);
        byte[] spend = HEX.parseHex(SPEND);
        byte[] view = HEX.parseHex(VIEW);
        // vectors/ons.json: view key not on the curve, checksum valid
        rejects(codec, "LE59icbdt38SEUb2p9moeBEXYM9YShxBU1Txuk1R9DtmbHZ5Jqyi9zc22Fv5VR5gH6SmGJhXmAPsXC4BSna3vNK9CjyLt4w",
                Network.MAINNET, "view key");
        // y = 2^255 − 1 ≥ p (not canonical) and x = 0 with the sign bit set (y = 1): check_key rejects both
        byte[] nonCanonical = new byte[32];
        java.util.Arrays.fill(nonCanonical, (byte) 0xff);
        nonCanonical[31] = 0x7f;
        byte[] negativeZero = new byte[32];
        negativeZero[0] = 1;
        negativeZero[31] = (byte) 0x80;
        for (byte[] bad : new byte[][] {nonCanonical, negativeZero}) {
            assertFalse(p.group().isValidPoint(bad));
            rejects(codec, codec.format(OxenAddress.of(Network.MAINNET, AddressKind.STANDARD, bad, view)), Network.MAINNET, "spend key");
            rejects(codec, codec.format(OxenAddress.of(Network.TESTNET, AddressKind.SUBADDRESS, spend, bad)), Network.TESTNET, "view key");
            rejects(codec, codec.format(OxenAddress.of(Network.DEVNET, AddressKind.INTEGRATED, bad, view, new byte[8])),
                    Network.DEVNET, "spend key");
        }
        // Small-order points are valid for check_key (oxen-core accepts them): identity as view key.
        OxenAddress smallOrder = OxenAddress.of(Network.MAINNET, AddressKind.STANDARD, spend, dev.onscrypto.primitives.Ed25519Group.identity());
        assertEquals(smallOrder, codec.parse(codec.format(smallOrder), Network.MAINNET));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void rejectsBadBlockLengthsAndOverflow(BackendKind backend) {
        AddressCodec codec = codec(backend);
        // 95 = 8·11 + 7 chars. Cutting to a last block of 1, 4 or 8 chars is no block size at all.
        for (int cut : new int[] {6, 3, 10}) {
            rejects(codec, MAINNET_STANDARD.substring(0, MAINNET_STANDARD.length() - cut), Network.MAINNET, "length");
        }
        String head = MAINNET_STANDARD.substring(0, 88);
        rejects(codec, head + "zzzzzzz", Network.MAINNET, "overflow"); // 58^7 − 1 ≥ 2^40
        rejects(codec, head + "VtB5VXd", Network.MAINNET, "overflow"); // exactly 2^40
        rejects(codec, "zzzzzzzzzzz" + MAINNET_STANDARD.substring(11), Network.MAINNET, "overflow"); // ≥ 2^64
        rejects(codec, "jpXCZedGfVR" + MAINNET_STANDARD.substring(11), Network.MAINNET, "overflow"); // exactly 2^64
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void nullsAreInvalidInput(BackendKind backend) {
        AddressCodec codec = codec(backend);
        assertEquals(InvalidInputException.class,
                assertThrows(InvalidInputException.class, () -> codec.parse(null, Network.MAINNET)).getClass());
        assertEquals(InvalidInputException.class,
                assertThrows(InvalidInputException.class, () -> codec.parse(MAINNET_STANDARD, null)).getClass());
        assertEquals(InvalidInputException.class,
                assertThrows(InvalidInputException.class, () -> codec.parseAnyNetwork(null)).getClass());
        assertEquals(InvalidInputException.class,
                assertThrows(InvalidInputException.class, () -> codec.format(null)).getClass());
        assertThrows(InvalidInputException.class, () -> new AddressCodec(null));
    }

    // ---- round trips ----

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void roundTripsRandomKeysOnEveryNetworkAndKind(BackendKind backend) {
        Primitives p = BothBackends.primitives(backend);
        AddressCodec codec = new AddressCodec(p);
        SplittableRandom random = new SplittableRandom(0x0A11_2E55L);
        List<String> seen = new ArrayList<>();
        for (Network network : Network.values()) {
            for (AddressKind kind : AddressKind.values()) {
                for (int i = 0; i < 16; i++) {
                    byte[] spend = randomPoint(p, random);
                    byte[] view = randomPoint(p, random);
                    byte[] pid = null;
                    if (kind == AddressKind.INTEGRATED) {
                        pid = new byte[8];
                        random.nextBytes(pid);
                    }
                    OxenAddress a = OxenAddress.of(network, kind, spend, view, pid);
                    String text = codec.format(a);
                    assertEquals(expectedLength(network, kind), text.length(), text);
                    assertTrue(text.startsWith(leading(network)), text);
                    OxenAddress back = codec.parse(text, network);
                    assertEquals(a, back);
                    assertArrayEquals(spend, back.spendKey());
                    assertEquals(a, codec.parseAnyNetwork(text));
                    assertEquals(text, codec.format(back));
                    seen.add(text);
                }
            }
        }
        assertEquals(seen.size(), seen.stream().distinct().count());
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void extremePayloadsRoundTrip(BackendKind backend) {
        // All-zero keys are not points (y = 0 has no x), so the extremes are checked at the base58 level.
        Primitives p = BothBackends.primitives(backend);
        for (Network network : Network.values()) {
            for (AddressKind kind : AddressKind.values()) {
                int payload = kind == AddressKind.INTEGRATED ? 72 : 64;
                for (byte fill : new byte[] {0, (byte) 0xff}) {
                    byte[] body = concat(Varint.encode(network.prefix(kind)), filled(payload, fill));
                    String text = withChecksum(p, body);
                    assertEquals(expectedLength(network, kind), text.length());
                    assertArrayEquals(body, java.util.Arrays.copyOf(CryptoNoteBase58.decode(text), body.length));
                }
            }
        }
    }

    private static byte[] filled(int n, byte b) {
        byte[] out = new byte[n];
        java.util.Arrays.fill(out, b);
        return out;
    }

    private static byte[] randomPoint(Primitives p, SplittableRandom random) {
        byte[] wide = new byte[64];
        random.nextBytes(wide);
        return p.group().scalarMultBase(p.group().reduce(wide));
    }

    /**
     * 69 bytes (prefix 1 + keys 64 + checksum 4) are 8 full base58 blocks and a 5-byte one: 95 characters,
     * 106 integrated (77 bytes); a 2-byte prefix (every network but mainnet) gives 97/108.
     */
    private static int expectedLength(Network network, AddressKind kind) {
        int base = network == Network.MAINNET ? 95 : 97;
        return kind == AddressKind.INTEGRATED ? base + 11 : base;
    }

    private static String leading(Network network) {
        return switch (network) {
            case MAINNET -> "L";
            case TESTNET -> "T";
            case DEVNET -> "dV";
            case STAGENET -> "ST";
        };
    }
}
