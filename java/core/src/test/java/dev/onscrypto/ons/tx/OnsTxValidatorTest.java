package dev.onscrypto.ons.tx;

import static dev.onscrypto.ons.tx.TxFixture.HEIGHT;
import static dev.onscrypto.ons.tx.TxFixture.HF;
import static dev.onscrypto.ons.tx.TxFixture.concat;
import static dev.onscrypto.ons.tx.TxFixture.filled;
import static dev.onscrypto.ons.tx.TxFixture.pubkey;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.testing.BothBackends;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.NameHash;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.OnsRecord;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.SignatureType;
import dev.onscrypto.ons.UpdateData;
import dev.onscrypto.primitives.BackendKind;

/** Every rule of validate_ons_tx, each with a transaction that breaks it (and only it), on both backends. */
class OnsTxValidatorTest {
    private static final byte[] ZERO = new byte[32];

    private static void assertRule(OnsTxRule rule, OnsTxVerdict v) {
        assertEquals(rule.label(), v.rule(), v.reason());
        assertFalse(v.valid());
        assertEquals(rule, v.failedRule().orElseThrow());
    }

    private static void assertOk(OnsTxVerdict v) {
        assertEquals(OnsTxVerdict.OK, v.rule(), v.reason());
        assertTrue(v.valid());
    }

    private static byte[] withBurn(OnsExtraField f, long burn) {
        return concat(pubkey(), f.encode(), new TxExtraField.Burn(burn).encode());
    }

    private static OnsExtraField buyField(TxFixture x, MappingType type, int version, NameHash hash, Owner owner, Owner backup, byte[] value) {
        return OnsExtraField.of(version, type, hash, ZERO, owner, backup, null, value);
    }

    private static byte[] value(int n) {
        return filled(n, 0x3c);
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void rulesAreLabelledAsOxenCoreVectorsName(BackendKind kind) {
        assertEquals(List.of("parse", "version", "type_not_allowed", "field_combination", "owner_equals_backup",
                "null_name_hash", "value_length", "record_missing", "record_expired", "same_value", "signature",
                "already_registered", "cross_type_owner", "prev_txid", "burn"),
                Arrays.stream(OnsTxRule.values()).map(OnsTxRule::label).toList());
        for (OnsTxRule r : OnsTxRule.values()) {
            assertEquals(r, OnsTxRule.ofLabel(r.label()));
        }
        new TxFixture(kind); // the backend is there
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void parse(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        OnsTxVerdict bad = x.check(concat(pubkey(), new byte[] {(byte) 0xff}));
        assertRule(OnsTxRule.PARSE, bad);
        assertFalse(bad.parsed());
        assertRule(OnsTxRule.PARSE, x.check(pubkey()));                         // no ONS field
        assertRule(OnsTxRule.PARSE, x.check(new byte[0]));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void version(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        OnsExtraField f = buyField(x, MappingType.LOKINET, 1, x.hash(x.lokinet), x.ed, null, value(72));
        assertRule(OnsTxRule.VERSION, x.check(withBurn(f, Burn.needed(HF, MappingType.LOKINET))));
        OnsExtraField v0 = buyField(x, MappingType.LOKINET, 0, x.hash(x.lokinet), x.ed, null, value(72));
        assertOk(x.check(withBurn(v0, Burn.needed(HF, MappingType.LOKINET))));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void typeNotAllowed(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        OnsExtraField wallet = buyField(x, MappingType.WALLET, 0, x.hash(x.walletName), x.ed, null, value(105));
        assertRule(OnsTxRule.TYPE_NOT_ALLOWED, x.validator.validate(withBurn(wallet, Burn.needed(17, MappingType.WALLET)), 17, HEIGHT, RecordLookup.empty()));
        assertOk(x.validator.validate(withBurn(wallet, Burn.needed(18, MappingType.WALLET)), 18, HEIGHT, RecordLookup.empty()));
        OnsExtraField loki = buyField(x, MappingType.LOKINET_5YEARS, 0, x.hash(x.lokinet), x.ed, null, value(72));
        assertRule(OnsTxRule.TYPE_NOT_ALLOWED, x.validator.validate(withBurn(loki, Burn.needed(15, MappingType.LOKINET_5YEARS)), 15, HEIGHT, RecordLookup.empty()));
        OnsExtraField session = buyField(x, MappingType.SESSION, 0, x.hash(x.session), x.ed, null, value(73));
        assertRule(OnsTxRule.TYPE_NOT_ALLOWED, x.validator.validate(withBurn(session, Burn.needed(14, MappingType.SESSION)), 14, HEIGHT, RecordLookup.empty()));
        assertOk(x.validator.validate(withBurn(session, Burn.needed(15, MappingType.SESSION)), 15, HEIGHT, RecordLookup.empty()));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void fieldCombination(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        NameHash h = x.hash(x.lokinet);
        GenericSignature sig = GenericSignature.of(SignatureType.ED25519, filled(64, 1));
        for (OnsExtraField f : List.of(
                OnsExtraField.of(0, MappingType.LOKINET, h, x.txid, null, null, null, value(72)),       // 0x08: value, no signature
                OnsExtraField.of(0, MappingType.LOKINET, h, x.txid, null, null, sig, null),             // 0x04: signature alone
                OnsExtraField.of(0, MappingType.LOKINET, h, ZERO, null, x.ed, null, value(72)),         // 0x0A: backup + value
                OnsExtraField.of(0, MappingType.LOKINET, h, ZERO, x.ed, null, null, null),              // 0x01: owner alone
                OnsExtraField.of(0, MappingType.LOKINET, h, ZERO, null, null, null, null),              // renewal with zero prev txid
                OnsExtraField.of(0, MappingType.SESSION, x.hash(x.session), x.txid, null, null, null, null))) { // renewal of session
            assertRule(OnsTxRule.FIELD_COMBINATION, x.check(withBurn(f, 0)));
        }
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void ownerEqualsBackup(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        long burn = Burn.needed(HF, MappingType.LOKINET);
        assertRule(OnsTxRule.OWNER_EQUALS_BACKUP, x.check(withBurn(buyField(x, MappingType.LOKINET, 0, x.hash(x.lokinet), x.wallet, x.wallet, value(72)), burn)));
        assertRule(OnsTxRule.OWNER_EQUALS_BACKUP, x.check(withBurn(buyField(x, MappingType.LOKINET, 0, x.hash(x.lokinet), x.ed, x.ed, value(72)), burn)));
        // and in an update (checked before the record is looked at)
        OnsExtraField upd = OnsExtraField.update(MappingType.LOKINET, x.hash(x.lokinet), x.txid, null, x.ed2, x.ed2,
                GenericSignature.of(SignatureType.ED25519, filled(64, 1)));
        assertRule(OnsTxRule.OWNER_EQUALS_BACKUP, x.check(upd.encode()));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void nullNameHash(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        long burn = Burn.needed(HF, MappingType.LOKINET);
        assertRule(OnsTxRule.NULL_NAME_HASH, x.check(withBurn(buyField(x, MappingType.LOKINET, 0, NameHash.of(ZERO), x.ed, null, value(72)), burn)));
        NameHash empty = NameHash.of(x.ons.primitives().blake2b().hash256(new byte[0]));
        assertEquals("0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8", empty.hex());
        assertRule(OnsTxRule.NULL_NAME_HASH, x.check(withBurn(buyField(x, MappingType.LOKINET, 0, empty, x.ed, null, value(72)), burn)));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void valueLength(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        record Case(MappingType type, int length, boolean ok) {}
        for (Case c : List.of(new Case(MappingType.SESSION, 73, true), new Case(MappingType.SESSION, 49, true),
                new Case(MappingType.SESSION, 72, false), new Case(MappingType.SESSION, 200, false),
                new Case(MappingType.SESSION, 0, false), new Case(MappingType.WALLET, 105, true),
                new Case(MappingType.WALLET, 113, true), new Case(MappingType.WALLET, 104, false),
                new Case(MappingType.WALLET, 73, false), new Case(MappingType.LOKINET, 72, true),
                new Case(MappingType.LOKINET_10YEARS, 72, true), new Case(MappingType.LOKINET_2YEARS, 73, false),
                new Case(MappingType.LOKINET, 32, false))) {
            OnsExtraField f = buyField(x, c.type, 0, x.hash(x.name(c.type)), x.ed, null, value(c.length));
            OnsTxVerdict v = x.check(withBurn(f, Burn.needed(HF, c.type)));
            if (c.ok) {
                assertOk(v);
            } else {
                assertRule(OnsTxRule.VALUE_LENGTH, v);
            }
        }
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void recordMissing(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        OnsTxExtra update = x.builder.update(x.session, x.value(MappingType.SESSION, 9), null, null, x.txid, x.edKey());
        assertRule(OnsTxRule.RECORD_MISSING, x.check(update));
        OnsTxExtra renew = x.builder.renew(x.lokinet, MappingType.LOKINET, x.txid, HF);
        assertRule(OnsTxRule.RECORD_MISSING, x.check(renew));
        // a record of another name or another type is no record
        assertRule(OnsTxRule.RECORD_MISSING, x.check(update, x.record(x.walletName, x.ed, null, null)));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void recordExpired(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        OnsTxExtra update = x.builder.update(x.lokinet, x.value(MappingType.LOKINET, 9), null, null, x.txid, x.edKey());
        assertRule(OnsTxRule.RECORD_EXPIRED, x.check(update, x.record(x.lokinet, x.ed, null, HEIGHT - 1)));
        assertOk(x.check(update, x.record(x.lokinet, x.ed, null, HEIGHT)));            // active through its expiration height
        OnsTxExtra renew = x.builder.renew(x.lokinet, MappingType.LOKINET, x.txid, HF);
        assertRule(OnsTxRule.RECORD_EXPIRED, x.check(renew, x.record(x.lokinet, x.ed, null, HEIGHT - 1)));
        assertOk(x.check(renew, x.record(x.lokinet, x.ed, null, HEIGHT)));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void sameValue(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        OnsRecord r = x.record(x.session, x.ed, x.wallet, null);
        UpdateData sameValue = UpdateData.ofRaw(r.encryptedValue().bytes(), null, null, x.txid);
        assertRule(OnsTxRule.SAME_VALUE, x.check(x.builder.update(MappingType.SESSION, r.nameHash(),
                x.ons.updates().sign(sameValue, x.edKey())), r));
        assertRule(OnsTxRule.SAME_VALUE, x.check(x.builder.update(x.session, null, x.ed, null, x.txid, x.edKey()), r));
        assertRule(OnsTxRule.SAME_VALUE, x.check(x.builder.update(x.session, null, null, x.wallet, x.txid, x.edKey()), r));
        // a re-encryption of the same plaintext has a fresh nonce, so it is a different value
        assertOk(x.check(x.builder.update(x.session, x.value(MappingType.SESSION, 0x31), null, null, x.txid, x.edKey()), r));
        // no backup owner is oxen-core's zeroed owner: setting exactly that changes nothing
        OnsRecord noBackup = x.record(x.session, x.ed, null, null);
        assertRule(OnsTxRule.SAME_VALUE, x.check(x.builder.update(x.session, null, null, GenericOwners.NONE, x.txid, x.edKey()), noBackup));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void signature(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        OnsRecord r = x.record(x.session, x.ed, x.wallet, null);
        // signed by neither owner
        OnsTxExtra stranger = x.builder.update(x.session, null, x.ed2, null, x.txid,
                dev.onscrypto.ons.UpdateSigningKey.ed25519(x.edSeed2));
        assertRule(OnsTxRule.SIGNATURE, x.check(stranger, r));
        // the owner's key over other data (a different prev txid than the record's)
        OnsTxExtra stale = x.builder.update(x.session, null, x.ed2, null, filled(32, 0x01), x.edKey());
        assertRule(OnsTxRule.SIGNATURE, x.check(stale, r));
        // an all-zero signature
        OnsTxExtra zero = x.builder.update(MappingType.SESSION, r.nameHash(), UpdateData.ofRaw(null, x.ed2, null, x.txid),
                SignatureType.ED25519, new byte[64]);
        assertRule(OnsTxRule.SIGNATURE, x.check(zero, r));
        // a good ed25519 signature labelled as monero: types must match
        OnsTxExtra good = x.builder.update(x.session, null, x.ed2, null, x.txid, x.edKey());
        byte[] sig = good.field().signature().orElseThrow().bytes();
        OnsTxExtra relabelled = x.builder.update(MappingType.SESSION, r.nameHash(), UpdateData.ofRaw(null, x.ed2, null, x.txid),
                SignatureType.CRYPTONOTE, sig);
        assertRule(OnsTxRule.SIGNATURE, x.check(relabelled, r));
        OnsTxVerdict ok = x.check(good, r);
        assertOk(ok);
        assertEquals(x.ed, ok.signer().orElseThrow());
        // the backup owner may sign too (a wallet owner: CryptoNote signature)
        OnsTxVerdict byBackup = x.check(x.builder.update(x.session, x.value(MappingType.SESSION, 2), null, null, x.txid, x.walletKey()), r);
        assertOk(byBackup);
        assertEquals(x.wallet, byBackup.signer().orElseThrow());
        // the data and hash the daemon checks, with the record's txid: the new owner as type byte 01 then its key
        assertArrayEquals(concat(new byte[] {0x01}, x.ed2.verificationKey(), x.txid), ok.signedBuffer().orElseThrow());
        assertArrayEquals(x.ons.primitives().blake2b().hash256(ok.signedBuffer().orElseThrow()), ok.signedHash().orElseThrow());
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void alreadyRegistered(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        OnsTxExtra buy = x.builder.buy(x.lokinet, MappingType.LOKINET, x.value(MappingType.LOKINET, 3), x.ed2, null, HF);
        assertRule(OnsTxRule.ALREADY_REGISTERED, x.check(buy, x.record(x.lokinet, x.ed, null, HEIGHT)));
        assertRule(OnsTxRule.ALREADY_REGISTERED, x.check(buy, x.record(x.lokinet, x.ed, null, null)));
        // any lokinet type finds the lokinet record
        OnsTxExtra buy5 = x.builder.buy(OnsName.of("blocks.loki", MappingType.LOKINET_5YEARS), MappingType.LOKINET_5YEARS,
                x.value(MappingType.LOKINET, 3), x.ed2, null, HF);
        assertRule(OnsTxRule.ALREADY_REGISTERED, x.check(buy5, x.record(x.lokinet, x.ed, null, HEIGHT)));
        // an expired record may be bought again, and the buy's prev txid stays zero
        assertOk(x.check(buy, x.record(x.lokinet, x.ed, null, HEIGHT - 1)));
        // the same for session: an active session record blocks a session buy of its name
        OnsTxExtra session = x.builder.buy(x.session, MappingType.SESSION, x.value(MappingType.SESSION, 3), x.ed2, null, HF);
        assertRule(OnsTxRule.ALREADY_REGISTERED, x.check(session, x.record(x.session, x.ed, null, null)));
        // a lookup that does not know the type reports the rule as not checked
        OnsTxVerdict unknown = x.validator.validate(concat(pubkey(), buy.extra()), HF, HEIGHT,
                RecordLookup.only(MappingType.SESSION, null));
        assertOk(unknown);
        assertEquals(Set.of(OnsTxRule.ALREADY_REGISTERED), unknown.notChecked());
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void crossTypeOwner(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        OnsRecord sessionRecord = x.record(x.session, x.ed, x.wallet, null);
        // a stranger cannot buy the wallet name of an active session name
        OnsTxExtra stranger = x.builder.buy(x.walletName, MappingType.WALLET, x.value(MappingType.WALLET, 4), x.ed2, null, HF);
        assertRule(OnsTxRule.CROSS_TYPE_OWNER, x.check(stranger, sessionRecord));
        // the session record's owner or backup owner can
        assertOk(x.check(x.builder.buy(x.walletName, MappingType.WALLET, x.value(MappingType.WALLET, 4), x.ed, null, HF), sessionRecord));
        assertOk(x.check(x.builder.buy(x.walletName, MappingType.WALLET, x.value(MappingType.WALLET, 4), x.wallet, x.ed, HF), sessionRecord));
        // … but the new backup owner must come from that record too
        assertRule(OnsTxRule.CROSS_TYPE_OWNER,
                x.check(x.builder.buy(x.walletName, MappingType.WALLET, x.value(MappingType.WALLET, 4), x.ed, x.ed2, HF), sessionRecord));
        // and the other way round: a session buy against an active wallet record
        OnsRecord walletRecord = x.record(x.walletName, x.wallet, null, null);
        assertRule(OnsTxRule.CROSS_TYPE_OWNER,
                x.check(x.builder.buy(x.session, MappingType.SESSION, x.value(MappingType.SESSION, 4), x.ed, null, HF), walletRecord));
        // lokinet names are a separate name space
        assertOk(x.check(x.builder.buy(x.lokinet, MappingType.LOKINET, x.value(MappingType.LOKINET, 4), x.ed2, null, HF),
                x.record(OnsName.of("blocks.loki", MappingType.LOKINET), x.ed, null, HEIGHT - 5)));
        // where the other type's records are unknown, the rule is reported as not checked
        OnsTxVerdict unchecked = x.validator.validate(concat(pubkey(), stranger.extra()), HF, HEIGHT,
                RecordLookup.only(MappingType.WALLET, null));
        assertOk(unchecked);
        assertEquals(Set.of(OnsTxRule.CROSS_TYPE_OWNER), unchecked.notChecked());
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void prevTxid(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        OnsExtraField buy = OnsExtraField.buy(MappingType.LOKINET, x.hash(x.lokinet), x.txid, x.ed, null, value(72));
        assertRule(OnsTxRule.PREV_TXID, x.check(withBurn(buy, Burn.needed(HF, MappingType.LOKINET))));
        OnsRecord r = x.record(x.lokinet, x.ed, null, HEIGHT + 10);
        // an update signed over the record's txid but naming another prev txid in the field
        UpdateData signedOver = UpdateData.ofRaw(null, x.ed2, null, x.txid);
        byte[] sig = x.ons.updates().sign(signedOver, x.edKey()).signature();
        OnsTxExtra update = x.builder.update(MappingType.LOKINET, r.nameHash(), UpdateData.ofRaw(null, x.ed2, null, filled(32, 9)),
                SignatureType.ED25519, sig);
        assertRule(OnsTxRule.PREV_TXID, x.check(update, r));
        assertRule(OnsTxRule.PREV_TXID, x.check(x.builder.renew(x.lokinet, MappingType.LOKINET, filled(32, 9), HF), r));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void burn(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        OnsExtraField buy = buyField(x, MappingType.LOKINET_2YEARS, 0, x.hash(x.lokinet), x.ed, null, value(72));
        long required = Burn.needed(HF, MappingType.LOKINET_2YEARS);
        assertEquals(14 * Burn.COIN, required);
        assertRule(OnsTxRule.BURN, x.check(withBurn(buy, required - 1)));
        assertRule(OnsTxRule.BURN, x.check(withBurn(buy, required + 1)));
        assertRule(OnsTxRule.BURN, x.check(withBurn(buy, -1L)));                       // uint64 max is too much, not negative
        assertRule(OnsTxRule.BURN, x.check(concat(pubkey(), buy.encode())));           // no burn field = 0
        assertOk(x.check(withBurn(buy, required)));
        OnsRecord r = x.record(x.lokinet, x.ed, null, HEIGHT + 10);
        OnsTxExtra update = x.builder.update(x.lokinet, null, x.ed2, null, x.txid, x.edKey());
        assertRule(OnsTxRule.BURN, x.check(concat(pubkey(), update.extra(), new TxExtraField.Burn(1).encode()), r));
        assertOk(x.check(concat(pubkey(), update.extra(), new TxExtraField.Burn(0).encode()), r));
        OnsTxExtra renew = x.builder.renew(x.lokinet, MappingType.LOKINET_10YEARS, x.txid, HF);
        assertEquals(42 * Burn.COIN, renew.burn());
        assertOk(x.check(renew, r));
        assertRule(OnsTxRule.BURN, x.check(concat(pubkey(), renew.onsField(), new TxExtraField.Burn(7 * Burn.COIN).encode()), r));
    }

    // ---- the quirks of oxen-core that these rules reproduce ----

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void quirkLegacySessionValuesAreValidAtEveryFork(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        byte[] legacy = x.ons.records().encryptLegacy(x.session, x.value(MappingType.SESSION, 5)).bytes();
        assertEquals(49, legacy.length);
        OnsExtraField buy = OnsExtraField.buy(MappingType.SESSION, x.hash(x.session), ZERO, x.ed, null, legacy);
        for (int hf : new int[] {15, 16, 18, 21}) {
            assertOk(x.validator.validate(withBurn(buy, Burn.needed(hf, MappingType.SESSION)), hf, HEIGHT, RecordLookup.empty()));
        }
        OnsRecord r = x.record(x.session, x.ed, null, null);
        UpdateData data = UpdateData.ofRaw(legacy, null, null, x.txid);
        assertOk(x.check(x.builder.update(MappingType.SESSION, r.nameHash(), x.ons.updates().sign(data, x.edKey())), r));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void quirkIsSubaddressCountsForOwnerEquality(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        Owner primary = GenericOwners.wallet(x.wallet.verificationKey(), x.wallet.viewKey(), false);
        Owner sub = GenericOwners.wallet(x.wallet.verificationKey(), x.wallet.viewKey(), true);
        OnsExtraField buy = buyField(x, MappingType.LOKINET, 0, x.hash(x.lokinet), primary, sub, value(72));
        assertOk(x.check(withBurn(buy, Burn.needed(HF, MappingType.LOKINET))));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void quirkNullOwnersMayBuyAndRenewButNeverUpdate(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        Owner nullEd = Owner.ed25519(new byte[32]);
        OnsTxExtra buy = x.builder.buy(x.lokinet, MappingType.LOKINET, x.value(MappingType.LOKINET, 6), nullEd, null, HF);
        assertOk(x.check(buy));
        OnsTxExtra walletBuy = x.builder.buy(x.lokinet, MappingType.LOKINET, x.value(MappingType.LOKINET, 6), GenericOwners.NONE, null, HF);
        assertOk(x.check(walletBuy));
        OnsRecord r = x.record(x.lokinet, nullEd, null, HEIGHT + 100);
        assertOk(x.check(x.builder.renew(x.lokinet, MappingType.LOKINET, x.txid, HF), r));
        // no signature verifies for an unset owner, not even one that satisfies the equation for the zero key
        OnsTxExtra upd = x.builder.update(x.lokinet, null, x.ed, null, x.txid, x.edKey());
        assertRule(OnsTxRule.SIGNATURE, x.check(upd, r));
        assertRule(OnsTxRule.SIGNATURE, x.check(upd, x.record(x.lokinet, GenericOwners.NONE, null, HEIGHT + 100)));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void quirkSmallOrderSpendKeyAcceptsKeylessForgeries(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        // The spend key 00…00 decodes to a point of order 4; with a non-zero view key the owner is "set".
        Owner weak = GenericOwners.wallet(new byte[32], filled(32, 0x0d), false);
        OnsRecord r = x.record(x.session, weak, null, null);
        UpdateData data = UpdateData.ofRaw(null, x.ed, null, x.txid);
        byte[] forged = forgeForOrder4Key(x, x.ons.updates().hash(data));
        OnsTxExtra update = x.builder.update(MappingType.SESSION, r.nameHash(), data, SignatureType.CRYPTONOTE, forged);
        assertOk(x.check(update, r));
        // with spend and view both zero the owner is unset, and the same forgery is refused
        assertRule(OnsTxRule.SIGNATURE, x.check(update, x.record(x.session, GenericOwners.NONE, null, null)));
    }

    /**
     * A CryptoNote signature (c, r) for the order-4 public key P = 00…00 made without any secret: with
     * c ≡ 0 (mod 4), c·P is the identity, so the verifier's commitment c·P + r·G is r·G; pick r until
     * c = Hs(hash ‖ P ‖ r·G) is a multiple of 4.
     */
    private static byte[] forgeForOrder4Key(TxFixture x, byte[] hash) {
        BigInteger l = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));
        for (int i = 1; i < 200; i++) {
            byte[] r = TxFixture.scalar(i);
            byte[] commitment = x.ons.primitives().cryptoNote().publicKey(r);
            byte[] k = x.ons.primitives().keccak256().hash(concat(hash, new byte[32], commitment));
            BigInteger c = littleEndian(k).mod(l);
            if (c.signum() != 0 && c.mod(BigInteger.valueOf(4)).signum() == 0) {
                return concat(toLittleEndian(c), r);
            }
        }
        throw new AssertionError("no forgery found");
    }

    private static BigInteger littleEndian(byte[] b) {
        byte[] be = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            be[i] = b[b.length - 1 - i];
        }
        return new BigInteger(1, be);
    }

    private static byte[] toLittleEndian(BigInteger v) {
        byte[] out = new byte[32];
        byte[] be = v.toByteArray();
        for (int i = 0; i < be.length && i < 32; i++) {
            out[i] = be[be.length - 1 - i];
        }
        return out;
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void quirkUpdatesMayCarryAnyLokinetType(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        OnsRecord r = x.record(x.lokinet, x.ed, null, HEIGHT + 10);
        UpdateData data = UpdateData.ofRaw(null, x.ed2, null, x.txid);
        for (MappingType t : List.of(MappingType.LOKINET_2YEARS, MappingType.LOKINET_5YEARS, MappingType.LOKINET_10YEARS)) {
            assertOk(x.check(x.builder.update(t, r.nameHash(), x.ons.updates().sign(data, x.edKey())), r));
        }
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void quirkOnlyTheFirstOnsFieldCounts(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        OnsTxExtra first = x.builder.buy(x.lokinet, MappingType.LOKINET, x.value(MappingType.LOKINET, 6), x.ed, null, HF);
        byte[] second = OnsExtraField.of(7, MappingType.SESSION, NameHash.of(ZERO), ZERO, null, null, null, null).encode();
        OnsTxVerdict v = x.check(concat(pubkey(), first.onsField(), second, first.burnField()));
        assertOk(v);
        assertEquals(first.field(), v.field().orElseThrow());
        // reversed, the broken field is the one judged
        assertRule(OnsTxRule.VERSION, x.check(concat(pubkey(), second, first.onsField(), first.burnField())));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void quirkHf18OverBurnBelowHeight524000(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        OnsExtraField buy = buyField(x, MappingType.LOKINET, 0, x.hash(x.lokinet), x.ed, null, value(72));
        long required = Burn.needed(18, MappingType.LOKINET);
        byte[] over = withBurn(buy, required * 3);
        assertOk(x.validator.validate(over, 18, 523_999, RecordLookup.empty()));
        assertRule(OnsTxRule.BURN, x.validator.validate(over, 18, 524_000, RecordLookup.empty()));
        assertRule(OnsTxRule.BURN, x.validator.validate(withBurn(buy, Burn.needed(19, MappingType.LOKINET) * 3), 19, 523_999, RecordLookup.empty()));
        assertRule(OnsTxRule.BURN, x.validator.validate(withBurn(buy, required - 1), 18, 523_999, RecordLookup.empty()));
    }

    @Test
    void badArgumentsAreTypedErrors() {
        TxFixture x = new TxFixture(BackendKind.JAVA);
        org.junit.jupiter.api.Assertions.assertThrows(dev.onscrypto.InvalidInputException.class,
                () -> x.validator.validate((byte[]) null, HF, HEIGHT, RecordLookup.empty()));
        org.junit.jupiter.api.Assertions.assertThrows(dev.onscrypto.InvalidInputException.class,
                () -> x.validator.validate(new byte[0], 256, HEIGHT, RecordLookup.empty()));
        org.junit.jupiter.api.Assertions.assertThrows(dev.onscrypto.InvalidInputException.class,
                () -> x.validator.validate(new byte[0], HF, -1, RecordLookup.empty()));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedTxExtraFieldException.class,
                () -> x.validator.validate(new byte[] {0x72, 1, 2}, HF, HEIGHT, RecordLookup.empty()));
    }
}
