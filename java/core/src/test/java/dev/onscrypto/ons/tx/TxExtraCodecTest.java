package dev.onscrypto.ons.tx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.NameHash;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.SignatureType;

/** The tx-extra codec: the ONS field's layout, the blob parser, and what oxen-core's parser refuses. */
class TxExtraCodecTest {
    private static final HexFormat HEX = HexFormat.of();
    static final NameHash NAME = NameHash.of(filled(32, 0x11));
    static final byte[] PREV = filled(32, 0x22);
    static final Owner ED = Owner.ed25519(filled(32, 0x33));
    static final Owner WALLET = GenericOwners.wallet(filled(32, 0x44), filled(32, 0x55), true);
    static final GenericSignature SIG = GenericSignature.of(SignatureType.ED25519, filled(64, 0x66));

    static byte[] filled(int n, int v) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) v);
        return b;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] pubkeyField() {
        return concat(new byte[] {0x01}, filled(32, 0x77));
    }

    @Test
    void buyFieldHasTheTracedLayout() {
        OnsExtraField f = OnsExtraField.buy(MappingType.LOKINET_10YEARS, NAME, new byte[32], ED, WALLET, filled(72, 0x09));
        byte[] expected = concat(new byte[] {0x7a, 0x00, 0x05}, NAME.bytes(), new byte[32], new byte[] {0x0b},
                new byte[] {0x01}, filled(32, 0x33),
                new byte[] {0x00}, filled(32, 0x44), filled(32, 0x55), new byte[] {0x01},
                new byte[] {72}, filled(72, 0x09));
        assertArrayEquals(expected, f.encode());
        assertEquals(0x0b, f.fields());
        assertEquals(OnsTxKind.BUY, f.kind().orElseThrow());
    }

    @Test
    void updateFieldPutsTheSignatureAfterTheOwnersAndBeforeTheValue() {
        OnsExtraField f = OnsExtraField.update(MappingType.SESSION, NAME, PREV, filled(200, 0x0a), ED, null, SIG);
        byte[] expected = concat(new byte[] {0x7a, 0x00, 0x00}, NAME.bytes(), PREV, new byte[] {0x0d},
                new byte[] {0x01}, filled(32, 0x33), new byte[] {0x01}, filled(64, 0x66),
                new byte[] {(byte) 0xc8, 0x01}, filled(200, 0x0a)); // a 200-byte value has a 2-byte length
        assertArrayEquals(expected, f.encode());
        assertEquals(OnsTxKind.UPDATE, f.kind().orElseThrow());
    }

    @Test
    void renewFieldHasNoFields() {
        OnsExtraField f = OnsExtraField.renew(MappingType.LOKINET_2YEARS, NAME, PREV);
        assertArrayEquals(concat(new byte[] {0x7a, 0x00, 0x03}, NAME.bytes(), PREV, new byte[] {0x00}), f.encode());
        assertEquals(OnsTxKind.RENEW, f.kind().orElseThrow());
        assertThrows(dev.onscrypto.InvalidInputException.class, () -> OnsExtraField.renew(MappingType.SESSION, NAME, PREV));
        assertThrows(dev.onscrypto.InvalidInputException.class, () -> OnsExtraField.renew(MappingType.LOKINET, NAME, new byte[32]));
    }

    @Test
    void everyFieldCombinationRoundTrips() {
        for (int type = 0; type < 6; type++) {
            for (int mask = 0; mask <= 0x0f; mask++) {
                OnsExtraField f = OnsExtraField.of(0, MappingType.ofCode(type), NAME, PREV,
                        (mask & 1) != 0 ? WALLET : null, (mask & 2) != 0 ? ED : null, (mask & 4) != 0 ? SIG : null,
                        (mask & 8) != 0 ? filled(mask + type, 0x5a) : null);
                assertEquals(mask, f.fields());
                TxExtra parsed = TxExtra.parse(concat(pubkeyField(), f.encode()));
                assertEquals(f, parsed.onsField().orElseThrow());
                assertArrayEquals(f.encode(), parsed.onsField().orElseThrow().encode());
            }
        }
    }

    @Test
    void readsEveryDecodedFieldInAnyOrder() {
        byte[] ons = OnsExtraField.renew(MappingType.LOKINET, NAME, PREV).encode();
        byte[] extra = concat(new TxExtraField.Burn(0x0102030405060708L).encode(), ons,
                new byte[] {0x02, 0x09, 0x01}, filled(8, 0x12),                 // nonce: encrypted payment id
                new byte[] {0x04, 0x02}, filled(32, 0x13), filled(32, 0x14),    // two additional pubkeys
                new byte[] {0x74}, filled(32, 0x15),                            // service node pubkey
                pubkeyField(),
                new byte[] {0x00, 0x00, 0x00});                                 // padding, last
        TxExtra t = TxExtra.parse(extra);
        List<TxExtraField> fields = t.fields();
        assertEquals(7, fields.size());
        assertEquals(0x0102030405060708L, t.burnAmount());
        assertEquals(HEX.formatHex(concat(new byte[] {0x01}, filled(8, 0x12))), ((TxExtraField.Nonce) fields.get(2)).hex());
        assertEquals(2, ((TxExtraField.AdditionalPublicKeys) fields.get(3)).hexKeys().size());
        assertInstanceOf(TxExtraField.ServiceNodePublicKey.class, fields.get(4));
        assertInstanceOf(TxExtraField.PublicKey.class, fields.get(5));
        assertEquals(2, ((TxExtraField.Padding) fields.get(6)).zeros());
    }

    @Test
    void burnIsEightLittleEndianBytesAndTheFirstCounts() {
        byte[] burn = new TxExtraField.Burn(7_000_000_000L).encode();
        assertEquals("7900863ba101000000", HEX.formatHex(burn));
        TxExtra t = TxExtra.parse(concat(burn, new TxExtraField.Burn(1).encode()));
        assertEquals(7_000_000_000L, t.burnAmount());
        assertEquals(0, TxExtra.parse(pubkeyField()).burnAmount());
        assertEquals(-1L, TxExtra.parse(new TxExtraField.Burn(-1L).encode()).burnAmount()); // uint64 max
    }

    @Test
    void theFirstOnsFieldCounts() {
        byte[] first = OnsExtraField.renew(MappingType.LOKINET, NAME, PREV).encode();
        byte[] second = OnsExtraField.renew(MappingType.LOKINET_5YEARS, NAME, PREV).encode();
        assertEquals(MappingType.LOKINET, TxExtra.parse(concat(first, second)).onsField().orElseThrow().type());
        // The later field must still parse: a broken one fails the whole extra.
        byte[] broken = Arrays.copyOf(second, second.length - 1);
        assertThrows(TxExtraParseException.class, () -> TxExtra.parse(concat(first, broken)));
    }

    @Test
    void emptyExtraParsesWithoutOnsField() {
        assertTrue(TxExtra.parse(new byte[0]).fields().isEmpty());
        assertTrue(TxExtra.parse(new byte[0]).onsField().isEmpty());
    }

    @Test
    void everyTruncationIsAParseError() {
        byte[] ons = OnsExtraField.update(MappingType.WALLET, NAME, PREV, filled(105, 1), WALLET, ED, SIG).encode();
        byte[] extra = concat(pubkeyField(), ons, new TxExtraField.Burn(5).encode());
        for (int n = 1; n < extra.length; n++) {
            byte[] cut = Arrays.copyOf(extra, n);
            if (n == pubkeyField().length || n == pubkeyField().length + ons.length) {
                TxExtra.parse(cut); // a whole number of fields
                continue;
            }
            assertThrows(TxExtraParseException.class, () -> TxExtra.parse(cut), "length " + n);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0x05, 0x06, 0x7c, 0x81, 0xfe, 0xff})
    void unregisteredTagsFailTheWholeExtra(int tag) {
        assertThrows(TxExtraParseException.class, () -> TxExtra.parse(concat(pubkeyField(), new byte[] {(byte) tag})));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x03, 0x70, 0x71, 0x72, 0x73, 0x75, 0x76, 0x77, 0x78, 0x7b, 0x7d, 0x7e, 0x7f, 0x80, 0xde})
    void registeredButUndecodedTagsAreNotAParseVerdict(int tag) {
        UnsupportedTxExtraFieldException e = assertThrows(UnsupportedTxExtraFieldException.class,
                () -> TxExtra.parse(concat(pubkeyField(), new byte[] {(byte) tag}, filled(40, 1))));
        assertEquals(tag, e.tag());
        assertFalse(dev.onscrypto.InvalidInputException.class.isInstance(e)); // not a parse verdict
    }

    private static byte[] onsBody(byte[] typeVarint, byte[] fieldsVarint, byte[]... rest) {
        return concat(new byte[] {0x7a, 0x00}, typeVarint, NAME.bytes(), PREV, fieldsVarint, concat(rest));
    }

    @Test
    void parseTimeRangeChecks() {
        // type < 6: 6 (_count) and 7 (update_record_internal) fail to parse
        assertThrows(TxExtraParseException.class, () -> TxExtra.parse(onsBody(new byte[] {6}, new byte[] {0})));
        assertThrows(TxExtraParseException.class, () -> TxExtra.parse(onsBody(new byte[] {7}, new byte[] {0})));
        TxExtra.parse(onsBody(new byte[] {5}, new byte[] {0}));
        // fields <= 0x0f
        assertThrows(TxExtraParseException.class, () -> TxExtra.parse(onsBody(new byte[] {2}, new byte[] {0x10})));
        // owner type < 2, signature type < 2
        assertThrows(TxExtraParseException.class,
                () -> TxExtra.parse(onsBody(new byte[] {2}, new byte[] {0x01}, new byte[] {2}, filled(32, 1))));
        assertThrows(TxExtraParseException.class,
                () -> TxExtra.parse(onsBody(new byte[] {2}, new byte[] {0x04}, new byte[] {2}, filled(64, 1))));
        // the signature is 64 bytes whatever its type
        TxExtra.parse(onsBody(new byte[] {2}, new byte[] {0x04}, new byte[] {0}, filled(64, 1)));
        // is_subaddress is a C++ bool: only 0 and 1 have a meaning
        assertThrows(TxExtraParseException.class, () -> TxExtra.parse(
                onsBody(new byte[] {2}, new byte[] {0x01}, new byte[] {0}, filled(64, 1), new byte[] {2})));
        // a value longer than what is left fails before allocating
        assertThrows(TxExtraParseException.class, () -> TxExtra.parse(
                onsBody(new byte[] {2}, new byte[] {0x08}, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f})));
    }

    @Test
    void varintsMustBeMinimalAndFitTheirType() {
        // type 2 as 82 00: a zero final byte is over-long
        assertThrows(TxExtraParseException.class, () -> TxExtra.parse(onsBody(new byte[] {(byte) 0x82, 0x00}, new byte[] {0})));
        // fields is a uint8: 0x80 0x01 = 128 fits (then fails the range check); 0x80 0x02 overflows 8 bits
        assertThrows(TxExtraParseException.class, () -> TxExtra.parse(onsBody(new byte[] {2}, new byte[] {(byte) 0x80, 0x02})));
        // type is a uint16: a third byte may hold 2 bits only
        assertThrows(TxExtraParseException.class,
                () -> TxExtra.parse(onsBody(new byte[] {(byte) 0x80, (byte) 0x80, 0x04}, new byte[] {0})));
        // a canonical three-byte type parses as its value (16384), which the range check refuses
        TxExtraParseException e = assertThrows(TxExtraParseException.class,
                () -> TxExtra.parse(onsBody(new byte[] {(byte) 0x80, (byte) 0x80, 0x01}, new byte[] {0})));
        assertTrue(e.getMessage().contains("not below 6"), e.getMessage());
    }

    @Test
    void paddingNonceAndAdditionalKeysBounds() {
        TxExtra.parse(concat(new byte[] {0x00}, new byte[254]));
        assertThrows(TxExtraParseException.class, () -> TxExtra.parse(concat(new byte[] {0x00}, new byte[255])));
        assertThrows(TxExtraParseException.class, () -> TxExtra.parse(new byte[] {0x00, 0x00, 0x01}));
        // padding takes everything after it: a field after padding is not a field
        assertThrows(TxExtraParseException.class, () -> TxExtra.parse(concat(new byte[] {0x00, 0x00}, pubkeyField())));
        TxExtra.parse(concat(new byte[] {0x02, (byte) 0xff, 0x01}, new byte[255]));
        assertThrows(TxExtraParseException.class, () -> TxExtra.parse(concat(new byte[] {0x02, (byte) 0x80, 0x02}, new byte[256])));
        assertThrows(TxExtraParseException.class, () -> TxExtra.parse(concat(new byte[] {0x02, 0x05}, new byte[4])));
        assertThrows(TxExtraParseException.class, () -> TxExtra.parse(
                new byte[] {0x04, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f}));
    }
}
