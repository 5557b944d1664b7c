package dev.onscrypto.ons.tx;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.UpdateData;

/**
 * What {@link OnsTxValidator} concluded about one transaction extra: valid, or the first rule it
 * breaks in oxen-core's order with oxen-core's reason; the decoded ONS field and burn when the extra
 * parsed; for an update, the data the daemon verifies the signature over and which owner signed.
 */
public final class OnsTxVerdict {
    /** The label of a valid transaction, beside the {@link OnsTxRule} labels. */
    public static final String OK = "ok";

    private final OnsTxRule failed;
    private final String reason;
    private final OnsExtraField field;
    private final long burn;
    private final UpdateData signedData;
    private final byte[] signedHash;
    private final Owner signer;
    private final Set<OnsTxRule> notChecked;

    OnsTxVerdict(OnsTxRule failed, String reason, OnsExtraField field, long burn, UpdateData signedData,
                 byte[] signedHash, Owner signer, Set<OnsTxRule> notChecked) {
        this.failed = failed;
        this.reason = reason;
        this.field = field;
        this.burn = burn;
        this.signedData = signedData;
        this.signedHash = signedHash;
        this.signer = signer;
        this.notChecked = notChecked.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(notChecked));
    }

    /** Whether the daemon would accept it (rules reported in {@link #notChecked()} aside). */
    public boolean valid() {
        return failed == null;
    }

    /** The first broken rule; empty when valid. */
    public Optional<OnsTxRule> failedRule() {
        return Optional.ofNullable(failed);
    }

    /** {@code ok} or the broken rule's label. */
    public String rule() {
        return failed == null ? OK : failed.label();
    }

    /** oxen-core's reason text for the failure (without its transaction dump); empty when valid. */
    public String reason() {
        return reason == null ? "" : reason;
    }

    /** Whether the extra parsed and holds an ONS field. */
    public boolean parsed() {
        return field != null;
    }

    /** The first ONS field, when the extra parsed. */
    public Optional<OnsExtraField> field() {
        return Optional.ofNullable(field);
    }

    /** The burned amount (first burn field, 0 without one; unsigned), when the extra parsed. */
    public long burn() {
        return burn;
    }

    /**
     * For an update: the fields the signature must cover, with the prev txid the daemon uses — the
     * record's txid when the record exists, otherwise the field's own.
     */
    public Optional<UpdateData> signedData() {
        return Optional.ofNullable(signedData);
    }

    /**
     * The signed buffer oxen-core builds ({@code tx_extra_signature}); empty when the value is longer
     * than 113 bytes, where oxen-core builds nothing.
     */
    public Optional<byte[]> signedBuffer() {
        if (field == null || !field.isUpdating()) {
            return Optional.empty();
        }
        return Optional.of(signedData == null ? new byte[0] : signedData.signedBuffer());
    }

    /** BLAKE2b-256 of {@link #signedBuffer()}, for an update. */
    public Optional<byte[]> signedHash() {
        return Optional.ofNullable(signedHash).map(byte[]::clone);
    }

    /** For a valid update: the record owner or backup owner whose key verified the signature. */
    public Optional<Owner> signer() {
        return Optional.ofNullable(signer);
    }

    /** Rules that could not be checked because the lookup lacked the data (e.g. {@link OnsTxRule#CROSS_TYPE_OWNER}). */
    public Set<OnsTxRule> notChecked() {
        return notChecked;
    }

    @Override
    public String toString() {
        return "OnsTxVerdict[" + rule() + (failed == null ? "" : ": " + reason)
                + (notChecked.isEmpty() ? "" : " not checked " + notChecked) + "]";
    }
}
