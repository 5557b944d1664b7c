package dev.onscrypto.ons.tx;

import java.util.Arrays;
import java.util.Optional;

import dev.onscrypto.internal.Require;
import dev.onscrypto.primitives.Primitives;

/**
 * A serialized Oxen transaction read as far as its prefix (oxen-core {@code transaction_prefix},
 * {@code cryptonote_basic.h}): version, type, inputs and outputs skipped over, the extra; and the
 * RingCT base right after it, so the txid can be recomputed: for v2+ transactions
 * Keccak(Keccak(prefix) ‖ Keccak(rct base) ‖ Keccak(rct prunable) or zero for {@code RCTType::Null})
 * ({@code calculate_transaction_hash}), for v1 Keccak of the whole blob. Immutable.
 */
public final class TransactionBlob {
    /** {@code txtype::oxen_name_system}. */
    public static final int TYPE_ONS = 4;
    private static final int V3_PER_OUTPUT_UNLOCK_TIMES = 3;
    private static final int V4_TX_TYPES = 4;

    private final byte[] blob;
    private final int version;
    private final int type;
    private final byte[] extra;
    private final int prefixLength;
    private final int unprunableLength; // -1 when the RingCT base could not be read
    private final int rctType;

    private TransactionBlob(byte[] blob, int version, int type, byte[] extra, int prefixLength, int unprunableLength, int rctType) {
        this.blob = blob;
        this.version = version;
        this.type = type;
        this.extra = extra;
        this.prefixLength = prefixLength;
        this.unprunableLength = unprunableLength;
        this.rctType = rctType;
    }

    /**
     * Reads a transaction ({@code as_hex}, or {@code pruned_as_hex} of a pruned one).
     *
     * @throws TxExtraParseException if the prefix does not parse
     */
    public static TransactionBlob parse(byte[] blob) {
        Require.nonNull(blob, "transaction");
        TxExtraReader r = new TxExtraReader(blob);
        int version = (int) r.varint(16);
        if (version < 1 || version > V4_TX_TYPES) {
            throw new TxExtraParseException("transaction version " + version + " is not 1..4");
        }
        int type = 0;
        long unlockTimes = -1;
        if (version >= V3_PER_OUTPUT_UNLOCK_TIMES) {
            unlockTimes = count(r, 1);
            for (long i = 0; i < unlockTimes; i++) {
                r.varint(64);
            }
            if (version == V3_PER_OUTPUT_UNLOCK_TIMES) {
                int stateChange = r.u8();
                if (stateChange > 1) {
                    throw new TxExtraParseException("is_state_change byte must be 0 or 1");
                }
                type = stateChange; // txtype::state_change is 1
            }
        }
        r.varint(64); // unlock_time
        long inputs = count(r, 2);
        for (long i = 0; i < inputs; i++) {
            int tag = r.u8();
            if (tag == 0xff) {          // txin_gen
                r.varint(64);
            } else if (tag == 0x02) {   // txin_to_key: amount, key offsets, key image
                r.varint(64);
                long offsets = count(r, 1);
                for (long k = 0; k < offsets; k++) {
                    r.varint(64);
                }
                r.bytes(32);
            } else {
                throw new TxExtraParseException(String.format("input type 0x%02x is not read here", tag));
            }
        }
        long outputs = count(r, 2);
        for (long i = 0; i < outputs; i++) {
            r.varint(64);               // amount
            int tag = r.u8();
            if (tag != 0x02) {
                throw new TxExtraParseException(String.format("output type 0x%02x is not read here", tag));
            }
            r.bytes(32);
        }
        if (version >= V3_PER_OUTPUT_UNLOCK_TIMES && outputs != unlockTimes) {
            throw new TxExtraParseException("v3 tx without correct unlock times");
        }
        long extraLength = r.varint(64);
        byte[] extra = r.bytes(Long.compareUnsigned(extraLength, Integer.MAX_VALUE) > 0 ? -1 : extraLength);
        if (version >= V4_TX_TYPES) {
            long t = r.varint(16);
            if (t >= 5) {
                throw new TxExtraParseException("transaction type " + t + " is not below 5");
            }
            type = (int) t;
        }
        int prefixLength = r.position();
        int unprunable = -1;
        int rctType = -1;
        if (version >= 2) {
            try {
                rctType = (int) r.varint(8);
                if (rctType != 0) {
                    r.varint(64); // txnFee
                    if (rctType == 2) {
                        r.bytes(32 * inputs);                    // Simple: pseudoOuts
                    }
                    r.bytes((rctType == 4 || rctType == 5 ? 8 : 64) * outputs); // ecdhInfo
                    r.bytes(32 * outputs);                                      // outPk masks
                    if (rctType > 5) {
                        throw new TxExtraParseException("RingCT type " + rctType + " is unknown");
                    }
                }
                unprunable = r.position();
            } catch (TxExtraParseException e) {
                unprunable = -1;
            }
        }
        return new TransactionBlob(blob.clone(), version, type, extra, prefixLength, unprunable, rctType);
    }

    // A count of elements each at least minBytes long: more than the rest of the blob holds is truncation.
    private static long count(TxExtraReader r, int minBytes) {
        long n = r.varint(64);
        if (Long.compareUnsigned(n, r.remaining() / minBytes) > 0) {
            throw new TxExtraParseException("truncated: " + Long.toUnsignedString(n) + " elements declared, " + r.remaining() + " bytes left");
        }
        return n;
    }

    public int version() {
        return version;
    }

    /** {@code txtype}: 0 standard, 1 state change, 2 key image unlock, 3 stake, 4 ONS. */
    public int type() {
        return type;
    }

    /** The transaction's extra. */
    public byte[] extra() {
        return extra.clone();
    }

    /**
     * The txid recomputed from a full blob; empty when it cannot be (an unknown RingCT layout).
     */
    public Optional<byte[]> txid(Primitives primitives) {
        Require.nonNull(primitives, "primitives");
        if (version == 1) {
            return Optional.of(primitives.keccak256().hash(blob));
        }
        if (unprunableLength < 0) {
            return Optional.empty();
        }
        byte[] prunable = rctType == 0 ? new byte[32]
                : primitives.keccak256().hash(Arrays.copyOfRange(blob, unprunableLength, blob.length));
        return Optional.of(hashOfHashes(primitives, prunable));
    }

    /** The txid of a pruned transaction ({@code pruned_as_hex}) from the node's {@code prunable_hash}. */
    public Optional<byte[]> prunedTxid(Primitives primitives, byte[] prunableHash) {
        Require.nonNull(primitives, "primitives");
        Require.length(prunableHash, 32, "prunable hash");
        if (version == 1 || unprunableLength < 0) {
            return Optional.empty();
        }
        return Optional.of(hashOfHashes(primitives, rctType == 0 ? new byte[32] : prunableHash));
    }

    private byte[] hashOfHashes(Primitives p, byte[] prunableHash) {
        byte[] hashes = new byte[96];
        System.arraycopy(p.keccak256().hash(Arrays.copyOf(blob, prefixLength)), 0, hashes, 0, 32);
        System.arraycopy(p.keccak256().hash(Arrays.copyOfRange(blob, prefixLength, unprunableLength)), 0, hashes, 32, 32);
        System.arraycopy(prunableHash, 0, hashes, 64, 32);
        return p.keccak256().hash(hashes);
    }
}
