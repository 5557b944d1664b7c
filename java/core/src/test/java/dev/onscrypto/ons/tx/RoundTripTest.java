package dev.onscrypto.ons.tx;

import static dev.onscrypto.ons.tx.TxFixture.HEIGHT;
import static dev.onscrypto.ons.tx.TxFixture.HF;
import static dev.onscrypto.ons.tx.TxFixture.concat;
import static dev.onscrypto.ons.tx.TxFixture.filled;
import static dev.onscrypto.ons.tx.TxFixture.pubkey;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.testing.BothBackends;
import dev.onscrypto.InvalidInputException;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.OnsRecord;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.UpdateSigningKey;
import dev.onscrypto.primitives.BackendKind;

/**
 * Build → parse → validate → apply for every kind and type, on both backends: a name's history
 * replayed from the extras the builders make, each step accepted by the validator against the record
 * the previous step produced.
 */
class RoundTripTest {

    private static OnsTxVerdict validate(TxFixture x, OnsTxExtra built, OnsRecord current, long height) {
        byte[] extra = concat(pubkey(), built.extra());
        TxExtra parsed = TxExtra.parse(extra);
        assertEquals(built.field(), parsed.onsField().orElseThrow());
        assertEquals(built.burn(), parsed.burnAmount());
        return x.validator.validate(extra, HF, height, RecordLookup.of(current == null ? List.of() : List.of(current)));
    }

    private static OnsRecord step(TxFixture x, RecordReplay replay, OnsTxExtra built, OnsRecord current, long height, int txByte) {
        OnsTxVerdict v = validate(x, built, current, height);
        assertEquals(OnsTxVerdict.OK, v.rule(), v.reason());
        return replay.apply(current, v.field().orElseThrow(), filled(32, txByte), height);
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void everyTypeBuysUpdatesAndRenews(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        RecordReplay replay = new RecordReplay(Chain.MAINNET);
        for (MappingType type : MappingType.values()) {
            OnsName name = x.name(type);
            MappingValue value = x.value(type, 0x21);
            // buy, owner ed25519, backup wallet
            OnsTxExtra buy = x.builder.buy(name, type, value, x.ed, x.wallet, HF);
            assertEquals(Burn.needed(HF, type), buy.burn());
            OnsRecord r = step(x, replay, buy, null, HEIGHT, 1);
            assertEquals(type.recordType(), r.type());
            assertEquals(x.ed, r.owner());
            assertEquals(x.wallet, r.backupOwner().orElseThrow());
            assertEquals(value, r.decrypt(x.ons, OnsName.of(name.text(), type.recordType())));
            OptionalLong blocks = Expiry.blocks(Chain.MAINNET, type);
            assertEquals(blocks.isPresent() ? OptionalLong.of(HEIGHT + blocks.getAsLong()) : OptionalLong.empty(), r.expirationHeight());

            // update the value, signed by the owner (ed25519)
            MappingValue newValue = x.value(type, 0x22);
            OnsTxExtra upd = x.builder.update(OnsName.of(name.text(), type.recordType()), newValue, null, null, r.txid(), x.edKey());
            assertEquals(0, upd.burn());
            assertEquals(0, upd.burnField().length);
            r = step(x, replay, upd, r, HEIGHT + 1, 2);
            assertEquals(newValue, r.decrypt(x.ons, OnsName.of(name.text(), type.recordType())));
            assertArrayEquals(filled(32, 2), r.txid());
            assertEquals(HEIGHT + 1, r.updateHeight());

            // the backup owner (a wallet, CryptoNote signature) changes owner and backup owner
            OnsTxExtra handOver = x.builder.update(OnsName.of(name.text(), type.recordType()), null, x.ed2, x.ed, r.txid(), x.walletKey());
            r = step(x, replay, handOver, r, HEIGHT + 2, 3);
            assertEquals(x.ed2, r.owner());
            assertEquals(x.ed, r.backupOwner().orElseThrow());
            // the old backup owner no longer signs
            OnsTxExtra stale = x.builder.update(OnsName.of(name.text(), type.recordType()), null, x.wallet, null, r.txid(), x.walletKey());
            assertEquals(OnsTxRule.SIGNATURE.label(), validate(x, stale, r, HEIGHT + 3).rule());
            // the new owner does
            r = step(x, replay, x.builder.update(OnsName.of(name.text(), type.recordType()), null, null, x.wallet, r.txid(),
                    UpdateSigningKey.ed25519(x.edSeed2)), r, HEIGHT + 3, 4);
            assertEquals(x.wallet, r.backupOwner().orElseThrow());

            if (type.isLokinet()) {
                long before = r.expirationHeight().getAsLong();
                for (MappingType years : List.of(MappingType.LOKINET, MappingType.LOKINET_2YEARS, MappingType.LOKINET_5YEARS,
                        MappingType.LOKINET_10YEARS)) {
                    OnsTxExtra renew = x.builder.renew(name, years, r.txid(), HF);
                    r = step(x, replay, renew, r, HEIGHT + 4, 5 + years.code());
                    // renewal extends from the previous expiration, not from the renewal's height
                    assertEquals(before + Expiry.blocks(Chain.MAINNET, years).getAsLong(), r.expirationHeight().getAsLong());
                    before = r.expirationHeight().getAsLong();
                }
            } else {
                assertThrows(InvalidInputException.class, () -> x.builder.renew(name, type, filled(32, 9), HF));
            }
        }
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void aBuyWithoutBackupAndAnUnsetBackupStoreNoBackup(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        RecordReplay replay = new RecordReplay(Chain.TESTNET);
        OnsRecord r = step(x, replay, x.builder.buy(x.session, MappingType.SESSION, x.value(MappingType.SESSION, 1), x.ed, null, HF), null, HEIGHT, 1);
        assertTrue(r.backupOwner().isEmpty());
        assertTrue(r.expirationHeight().isEmpty());
        // add_ons_entry stores a buy's backup owner only when it is set
        OnsRecord unset = step(x, replay, x.builder.buy(x.lokinet, MappingType.LOKINET, x.value(MappingType.LOKINET, 1), x.ed,
                Owner.ed25519(new byte[32]), HF), null, HEIGHT, 2);
        assertTrue(unset.backupOwner().isEmpty());
        assertEquals(HEIGHT + 720, unset.expirationHeight().getAsLong()); // testnet: one "year" is one day
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void buildersRefuseWhatOxenCoreCannotBuild(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        assertThrows(InvalidInputException.class, () -> x.builder.update(x.session, null, null, null, x.txid, x.edKey()));
        assertThrows(InvalidInputException.class,
                () -> x.builder.buy(x.session, MappingType.WALLET, x.value(MappingType.SESSION, 1), x.ed, null, HF));
        assertThrows(InvalidInputException.class,
                () -> x.builder.buy(x.session, MappingType.SESSION, x.value(MappingType.SESSION, 1), null, null, HF));
        assertThrows(InvalidInputException.class, () -> x.builder.renew(x.lokinet, MappingType.LOKINET, new byte[32], HF));
        assertThrows(InvalidInputException.class, () -> x.builder.renew(x.lokinet, MappingType.LOKINET, x.txid, 300));
    }
}
