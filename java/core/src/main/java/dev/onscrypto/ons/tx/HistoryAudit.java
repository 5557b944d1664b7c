package dev.onscrypto.ons.tx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Require;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.NameHash;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsRecord;
import dev.onscrypto.ons.Owner;

/**
 * Checks a record's whole history: from its current txid back through each ONS field's prev txid to
 * the buy, then forward again — every step validated with {@link OnsTxValidator} at its block's hard
 * fork against the record the previous steps produced, applied with {@link RecordReplay}, and the
 * result compared with the record the node reports. Transactions come from a {@link Source} (the
 * caller's node client); each txid is recomputed from the transaction bytes where their layout allows.
 */
public final class HistoryAudit {
    private static final HexFormat HEX = HexFormat.of();

    /** Where the transactions come from. */
    @FunctionalInterface
    public interface Source {
        /** The transaction {@code txid} (its bytes and block height); failures are the source's exceptions. */
        Fetched fetch(byte[] txid);
    }

    /**
     * One fetched transaction.
     *
     * @param blob         the transaction bytes ({@code as_hex}), or its pruned part
     * @param prunableHash for a pruned transaction, the node's hash of the pruned part; else {@code null}
     * @param height       the height of the block holding it
     */
    public record Fetched(byte[] blob, byte[] prunableHash, long height) {
        public Fetched {
            Require.nonNull(blob, "transaction");
            Require.range(height, 0, Long.MAX_VALUE, "block height");
        }
    }

    /** Why a history does not check out. */
    public enum Failure {
        /** A transaction's bytes hash to another txid than the one asked for. */
        TXID_MISMATCH,
        /** A transaction is not an ONS transaction, its prefix or extra does not parse, or it has no ONS field. */
        NOT_ONS,
        /** A transaction's ONS field is for another name or type. */
        OTHER_NAME,
        /** An update or renewal points at no previous transaction, or the chain loops or is too long. */
        BROKEN_CHAIN,
        /** No hard fork is known for a step's height on this chain. */
        UNKNOWN_HARD_FORK,
        /** A step breaks a rule of validate_ons_tx (see the step's verdict). */
        RULE,
        /** The replayed record differs from the record the node reports. */
        RECORD_MISMATCH;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One transaction of the history, oldest first in a {@link Report}. */
    public record Step(byte[] txid, long height, int hardFork, OnsExtraField field, OnsTxVerdict verdict,
                       Optional<Boolean> txidVerified) {
        public OnsTxKind kind() {
            return field.kind().orElseThrow();
        }

        public String txidHex() {
            return HEX.formatHex(txid);
        }
    }

    /** The outcome: the steps read (oldest first), the first failure and its detail, the replayed record. */
    public record Report(List<Step> steps, Optional<Failure> failure, String detail, Optional<OnsRecord> replayed,
                         Set<OnsTxRule> notChecked) {
        public boolean ok() {
            return failure.isEmpty();
        }

        /** True when every txid was recomputed and matched; false when some could not be recomputed. */
        public boolean txidsVerified() {
            return !steps.isEmpty() && steps.stream().allMatch(s -> s.txidVerified().orElse(false));
        }
    }

    private final Ons ons;
    private final Chain chain;
    private final OnsTxValidator validator;
    private final RecordReplay replay;

    public HistoryAudit(Ons ons, Chain chain) {
        this.ons = Require.nonNull(ons, "ons");
        this.chain = Require.nonNull(chain, "network");
        this.validator = new OnsTxValidator(ons);
        this.replay = new RecordReplay(chain);
    }

    /**
     * Audits {@code current} (as a node reports it), reading at most {@code maxSteps} transactions.
     *
     * @param fixedHardFork the hard fork to validate every step at, or empty to take it from each
     *                      step's height on this chain
     */
    public Report audit(OnsRecord current, Source source, int maxSteps, OptionalInt fixedHardFork) {
        Require.nonNull(current, "record");
        Require.nonNull(source, "source");
        Require.range(maxSteps, 1, 100_000, "max steps");
        Require.nonNull(fixedHardFork, "hard fork");
        List<Read> chainRead = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        byte[] txid = current.txid();
        while (true) {
            if (!seen.add(HEX.formatHex(txid)) || chainRead.size() >= maxSteps) {
                return fail(Failure.BROKEN_CHAIN, "the history loops or is longer than " + maxSteps + " transactions");
            }
            Fetched f = source.fetch(txid.clone());
            TransactionBlob tx;
            TxExtra extra;
            try {
                tx = TransactionBlob.parse(f.blob());
                extra = TxExtra.parse(tx.extra());
            } catch (TxExtraParseException e) {
                return fail(Failure.NOT_ONS, "transaction " + HEX.formatHex(txid) + " does not parse: " + e.getMessage());
            }
            Optional<byte[]> computed = f.prunableHash() == null ? tx.txid(ons.primitives())
                    : tx.prunedTxid(ons.primitives(), f.prunableHash());
            if (computed.isPresent() && !Arrays.equals(computed.get(), txid)) {
                return fail(Failure.TXID_MISMATCH, "the bytes given for " + HEX.formatHex(txid) + " hash to "
                        + HEX.formatHex(computed.get()));
            }
            if (tx.version() >= 4 && tx.type() != TransactionBlob.TYPE_ONS || extra.onsField().isEmpty()) {
                return fail(Failure.NOT_ONS, "transaction " + HEX.formatHex(txid) + " is not an ONS transaction");
            }
            OnsExtraField field = extra.onsField().get();
            if (!field.nameHash().equals(current.nameHash()) || field.type().recordType() != current.type().recordType()) {
                return fail(Failure.OTHER_NAME, "transaction " + HEX.formatHex(txid) + " is for another name or type");
            }
            chainRead.add(new Read(txid, f.height(), extra, field, computed.isPresent()));
            if (field.isBuying()) {
                break;
            }
            byte[] prev = field.prevTxid();
            if (OnsExtraField.isZero(prev)) {
                return fail(Failure.BROKEN_CHAIN, "transaction " + HEX.formatHex(txid) + " is no buy but has no prev txid");
            }
            txid = prev;
        }
        Collections.reverse(chainRead);
        return replay(current, chainRead, fixedHardFork);
    }

    private Report replay(OnsRecord current, List<Read> reads, OptionalInt fixedHardFork) {
        List<Step> steps = new ArrayList<>();
        Set<OnsTxRule> notChecked = EnumSet.noneOf(OnsTxRule.class);
        OnsRecord state = null;
        MappingType type = current.type().recordType();
        for (Read r : reads) {
            OptionalInt hf = fixedHardFork.isPresent() ? fixedHardFork : chain.hardForkAt(r.height);
            if (hf.isEmpty()) {
                return report(steps, Failure.UNKNOWN_HARD_FORK, "no hard fork is known on " + chain.label() + " at height " + r.height,
                        null, notChecked);
            }
            // Before the buy nothing is known of this name (an earlier, expired registration may have
            // existed) nor ever of the other type: those rules are reported as not checked.
            RecordLookup lookup = state == null ? unknown() : RecordLookup.only(type, state);
            OnsTxVerdict v = validator.validate(r.extra, hf.getAsInt(), r.height, lookup);
            notChecked.addAll(v.notChecked());
            steps.add(new Step(r.txid, r.height, hf.getAsInt(), r.field, v, r.verified ? Optional.of(true) : Optional.empty()));
            if (!v.valid()) {
                return report(steps, Failure.RULE, "transaction " + HEX.formatHex(r.txid) + " breaks rule " + v.rule() + ": "
                        + v.reason(), state, notChecked);
            }
            try {
                state = replay.apply(state, r.field, r.txid, r.height);
            } catch (InvalidInputException e) {
                return report(steps, Failure.RULE, "transaction " + HEX.formatHex(r.txid) + " cannot be applied: " + e.getMessage(),
                        state, notChecked);
            }
        }
        String diff = differences(state, current);
        if (!diff.isEmpty()) {
            return report(steps, Failure.RECORD_MISMATCH, "the replayed record differs from the node's in " + diff, state, notChecked);
        }
        return report(steps, null, "", state, notChecked);
    }

    private static RecordLookup unknown() {
        return new RecordLookup() {
            @Override
            public Optional<OnsRecord> find(MappingType recordType, NameHash nameHash) {
                return Optional.empty();
            }

            @Override
            public boolean knows(MappingType recordType) {
                return false;
            }
        };
    }

    private static String differences(OnsRecord replayed, OnsRecord node) {
        List<String> out = new ArrayList<>();
        if (!replayed.owner().equals(node.owner())) {
            out.add("owner");
        }
        Owner a = GenericOwners.orNone(replayed.backupOwner().orElse(null));
        Owner b = GenericOwners.orNone(node.backupOwner().orElse(null));
        if (!a.equals(b)) {
            out.add("backup owner");
        }
        if (!replayed.encryptedValue().equals(node.encryptedValue())) {
            out.add("value");
        }
        if (!Arrays.equals(replayed.txid(), node.txid())) {
            out.add("txid");
        }
        if (!Objects.equals(replayed.expirationHeight(), node.expirationHeight())) {
            out.add("expiration height");
        }
        return String.join(", ", out);
    }

    // A failure while reading the chain backwards: no step has been validated yet.
    private static Report fail(Failure failure, String detail) {
        return report(List.of(), failure, detail, null, Set.of());
    }

    private static Report report(List<Step> steps, Failure failure, String detail, OnsRecord state, Set<OnsTxRule> notChecked) {
        return new Report(List.copyOf(steps), Optional.ofNullable(failure), detail, Optional.ofNullable(state),
                notChecked.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(notChecked)));
    }

    private record Read(byte[] txid, long height, TxExtra extra, OnsExtraField field, boolean verified) {}
}
