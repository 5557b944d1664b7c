package dev.onscrypto.ons.tx;

import static dev.onscrypto.ons.tx.TxFixture.concat;
import static dev.onscrypto.ons.tx.TxFixture.filled;
import static dev.onscrypto.ons.tx.TxFixture.pubkey;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.testing.BothBackends;
import dev.onscrypto.internal.Varint;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.OnsRecord;
import dev.onscrypto.ons.UpdateSigningKey;
import dev.onscrypto.primitives.BackendKind;

/** Transaction bytes (prefix, extra, txid) and the history audit over a map of transactions, on both backends. */
class HistoryAuditTest {
    private static final HexFormat HEX = HexFormat.of();

    /** A v4 transaction of {@code txType} holding {@code extra}, with a CLSAG RingCT base and prunable bytes. */
    static byte[] transaction(byte[] extra, int salt, int txType, int rctType) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {0x04, 0x01, 0x00, 0x00});
        b.writeBytes(new byte[] {0x01, 0x02, 0x00, 0x01, 0x05});
        b.writeBytes(filled(32, salt));
        b.writeBytes(new byte[] {0x01, 0x00, 0x02});
        b.writeBytes(filled(32, 0x44));
        b.writeBytes(Varint.encode(extra.length));
        b.writeBytes(extra);
        b.write(txType);
        b.writeBytes(new byte[] {(byte) rctType, (byte) 0x80, 0x01});
        b.writeBytes(filled(8, 0x11));
        b.writeBytes(filled(32, 0x22));
        b.writeBytes(filled(100, salt + 1));
        return b.toByteArray();
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void transactionPrefixAndTxid(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        byte[] extra = concat(pubkey(), new TxExtraField.Burn(5).encode());
        byte[] blob = transaction(extra, 3, TransactionBlob.TYPE_ONS, 5);
        TransactionBlob t = TransactionBlob.parse(blob);
        assertEquals(4, t.version());
        assertEquals(TransactionBlob.TYPE_ONS, t.type());
        assertArrayEquals(extra, t.extra());
        // txid = H(H(prefix) ‖ H(rct base) ‖ H(prunable)); the prefix ends after the type, the base after outPk
        int prefix = blob.length - (3 + 8 + 32 + 100);
        var k = x.ons.primitives().keccak256();
        byte[] expected = k.hash(concat(k.hash(java.util.Arrays.copyOf(blob, prefix)),
                k.hash(java.util.Arrays.copyOfRange(blob, prefix, prefix + 43)), k.hash(java.util.Arrays.copyOfRange(blob, prefix + 43, blob.length))));
        assertArrayEquals(expected, t.txid(x.ons.primitives()).orElseThrow());
        byte[] prunableHash = k.hash(java.util.Arrays.copyOfRange(blob, prefix + 43, blob.length));
        assertArrayEquals(expected, TransactionBlob.parse(java.util.Arrays.copyOf(blob, prefix + 43)).prunedTxid(x.ons.primitives(), prunableHash).orElseThrow());
        // an unknown RingCT type: the txid cannot be recomputed (never a wrong one)
        assertTrue(TransactionBlob.parse(transaction(extra, 3, TransactionBlob.TYPE_ONS, 9)).txid(x.ons.primitives()).isEmpty());
        // truncation anywhere in the prefix is a parse error
        for (int n = 0; n < prefix; n++) {
            byte[] cut = java.util.Arrays.copyOf(blob, n);
            assertThrows(TxExtraParseException.class, () -> TransactionBlob.parse(cut), "length " + n);
        }
        assertThrows(TxExtraParseException.class, () -> TransactionBlob.parse(transaction(extra, 3, 5, 5)));
    }

    /** Transactions by txid, as a node would serve them. */
    private static final class Chainlet implements HistoryAudit.Source {
        final Map<String, HistoryAudit.Fetched> txs = new HashMap<>();
        final TxFixture x;
        final RecordReplay replay = new RecordReplay(Chain.MAINNET);
        OnsRecord record;
        int salt = 1;

        Chainlet(TxFixture x) {
            this.x = x;
        }

        byte[] add(OnsTxExtra e, long height) {
            byte[] blob = transaction(concat(pubkey(), e.extra()), salt++, TransactionBlob.TYPE_ONS, 5);
            byte[] txid = TransactionBlob.parse(blob).txid(x.ons.primitives()).orElseThrow();
            txs.put(HEX.formatHex(txid), new HistoryAudit.Fetched(blob, null, height));
            record = replay.apply(record, e.field(), txid, height);
            return txid;
        }

        @Override
        public HistoryAudit.Fetched fetch(byte[] txid) {
            HistoryAudit.Fetched f = txs.get(HEX.formatHex(txid));
            if (f == null) {
                throw new dev.onscrypto.InvalidInputException("no such transaction");
            }
            return f;
        }
    }

    private static Chainlet history(TxFixture x) {
        Chainlet c = new Chainlet(x);
        c.add(x.builder.buy(x.lokinet, MappingType.LOKINET_5YEARS, x.value(MappingType.LOKINET, 1), x.ed, x.wallet, 19), 1_100_000);
        c.add(x.builder.update(x.lokinet, null, x.ed2, null, c.record.txid(), x.walletKey()), 1_100_001);
        c.add(x.builder.renew(x.lokinet, MappingType.LOKINET, c.record.txid(), 19), 1_100_002);
        return c;
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void aGoodHistoryReplaysToTheRecord(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        Chainlet c = history(x);
        HistoryAudit.Report r = new HistoryAudit(x.ons, Chain.MAINNET).audit(c.record, c, 10, OptionalInt.empty());
        assertTrue(r.ok(), r.detail());
        assertEquals(3, r.steps().size());
        assertEquals(OnsTxKind.BUY, r.steps().get(0).kind());
        assertEquals(19, r.steps().get(0).hardFork());
        assertEquals(x.wallet, r.steps().get(1).verdict().signer().orElseThrow());   // the backup owner signed
        assertTrue(r.txidsVerified());
        assertEquals(c.record, r.replayed().orElseThrow());
        assertEquals(java.util.Set.of(OnsTxRule.ALREADY_REGISTERED), r.notChecked());
        // too few steps allowed: a broken chain, not a pass
        assertEquals(HistoryAudit.Failure.BROKEN_CHAIN,
                new HistoryAudit(x.ons, Chain.MAINNET).audit(c.record, c, 2, OptionalInt.empty()).failure().orElseThrow());
        // fakechain has no fixed forks: the step's fork is unknown unless given
        assertEquals(HistoryAudit.Failure.UNKNOWN_HARD_FORK,
                new HistoryAudit(x.ons, Chain.FAKECHAIN).audit(c.record, c, 10, OptionalInt.empty()).failure().orElseThrow());
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void breaksAreNamed(BackendKind kind) {
        TxFixture x = new TxFixture(kind);
        Chainlet c = history(x);
        HistoryAudit audit = new HistoryAudit(x.ons, Chain.MAINNET);
        // the node's record differs from what the history produces
        OnsRecord claimed = c.record.toBuilder().owner(x.ed).build();
        HistoryAudit.Report mismatch = audit.audit(claimed, c, 10, OptionalInt.empty());
        assertEquals(HistoryAudit.Failure.RECORD_MISMATCH, mismatch.failure().orElseThrow());
        assertTrue(mismatch.detail().contains("owner"), mismatch.detail());
        // an update signed by someone who owns nothing: the step breaks the signature rule
        Chainlet forged = new Chainlet(x);
        forged.add(x.builder.buy(x.lokinet, MappingType.LOKINET, x.value(MappingType.LOKINET, 1), x.ed, null, 19), 1_100_000);
        forged.add(x.builder.update(x.lokinet, null, x.ed2, null, forged.record.txid(), UpdateSigningKey.ed25519(x.edSeed2)), 1_100_001);
        HistoryAudit.Report rule = audit.audit(forged.record, forged, 10, OptionalInt.empty());
        assertEquals(HistoryAudit.Failure.RULE, rule.failure().orElseThrow());
        assertEquals("signature", rule.steps().get(1).verdict().rule());
        // bytes that do not hash to the txid asked for
        String last = HEX.formatHex(c.record.txid());
        HistoryAudit.Fetched f = c.txs.get(last);
        byte[] tampered = f.blob().clone();
        tampered[tampered.length - 1] ^= 1;
        c.txs.put(last, new HistoryAudit.Fetched(tampered, null, f.height()));
        assertEquals(HistoryAudit.Failure.TXID_MISMATCH, audit.audit(c.record, c, 10, OptionalInt.empty()).failure().orElseThrow());
        // a transaction that is not an ONS transaction
        byte[] plain = transaction(pubkey(), 9, 0, 5);
        byte[] plainId = TransactionBlob.parse(plain).txid(x.ons.primitives()).orElseThrow();
        c.txs.put(HEX.formatHex(plainId), new HistoryAudit.Fetched(plain, null, 5));
        OnsRecord pointsAtPlain = c.record.toBuilder().txid(plainId).build();
        assertEquals(HistoryAudit.Failure.NOT_ONS, audit.audit(pointsAtPlain, c, 10, OptionalInt.empty()).failure().orElseThrow());
        // a transaction for another name
        Chainlet other = new Chainlet(x);
        byte[] otherBuy = other.add(x.builder.buy(x.session, MappingType.SESSION, x.value(MappingType.SESSION, 1), x.ed, null, 19), 1_100_000);
        c.txs.putAll(other.txs);
        OnsRecord pointsAtOther = c.record.toBuilder().txid(otherBuy).build();
        assertEquals(HistoryAudit.Failure.OTHER_NAME, audit.audit(pointsAtOther, c, 10, OptionalInt.empty()).failure().orElseThrow());
    }
}
