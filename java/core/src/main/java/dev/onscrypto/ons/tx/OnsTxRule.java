package dev.onscrypto.ons.tx;

import java.util.Locale;

import dev.onscrypto.InvalidInputException;

/**
 * Why the daemon refuses an ONS transaction: one constant per check of oxen-core's
 * {@code validate_ons_tx} and {@code validate_against_previous_mapping} ({@code oxen_name_system.cpp}),
 * declared in the order they run. Labels are lower-case names ({@code type_not_allowed}, …).
 */
public enum OnsTxRule {
    /** The extra does not parse, or holds no ONS field. */
    PARSE,
    /** {@code version} is not 0. */
    VERSION,
    /** The type is not allowed at this hard fork (session HF15, lokinet HF16, wallet HF18). */
    TYPE_NOT_ALLOWED,
    /** The fields mask is neither a buy, an update nor a renewal. */
    FIELD_COMBINATION,
    /** Owner and backup owner are the same owner (type, keys and is-subaddress flag). */
    OWNER_EQUALS_BACKUP,
    /** The name hash is all zero or the hash of the empty name. */
    NULL_NAME_HASH,
    /** The encrypted value has the wrong length for the type. */
    VALUE_LENGTH,
    /** Update or renewal of a name with no record. */
    RECORD_MISSING,
    /** Update or renewal of an expired record. */
    RECORD_EXPIRED,
    /** An updated field equals the record's current one. */
    SAME_VALUE,
    /** The update's signature verifies against neither the record's owner nor its backup owner. */
    SIGNATURE,
    /** Buy of a name with an active record. */
    ALREADY_REGISTERED,
    /** Session/wallet buy of a name the other type holds, by someone who does not own that record. */
    CROSS_TYPE_OWNER,
    /** {@code prev_txid} is not zero (buy) or not the record's txid (update, renewal). */
    PREV_TXID,
    /** The burned amount is not exactly the required one. */
    BURN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rule with this label. */
    public static OnsTxRule ofLabel(String label) {
        for (OnsTxRule r : values()) {
            if (r.label().equals(label)) {
                return r;
            }
        }
        throw new InvalidInputException("unknown ONS transaction rule '" + label + "'");
    }
}
