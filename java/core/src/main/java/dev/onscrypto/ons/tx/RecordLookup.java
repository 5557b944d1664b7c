package dev.onscrypto.ons.tx;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.onscrypto.internal.Require;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.NameHash;
import dev.onscrypto.ons.OnsRecord;

/**
 * The ONS database state a transaction is validated against (oxen-core {@code name_system_db::get_mapping}):
 * the record of a (record type, name hash), expired or not. A lookup may also say it does not know a
 * type at all (e.g. an audit that walked one record's history knows nothing of the other type); rules
 * that need such a record are then reported as not checked instead of passed or failed.
 */
public interface RecordLookup {
    /** The record of {@code recordType} (session, wallet or lokinet) and {@code nameHash}, active or expired. */
    Optional<OnsRecord> find(MappingType recordType, NameHash nameHash);

    /** Whether {@link #find} answers for {@code recordType}: {@code true} unless the data is missing. */
    default boolean knows(MappingType recordType) {
        return true;
    }

    /** Exactly these records: every other (type, name hash) has none. At most one record per key is expected; the first wins. */
    static RecordLookup of(Collection<OnsRecord> records) {
        List<OnsRecord> copy = List.copyOf(Require.nonNull(records, "records"));
        return (type, hash) -> copy.stream()
                .filter(r -> r.type().recordType() == type.recordType() && r.nameHash().equals(hash)).findFirst();
    }

    /** No records at all (a fresh database). */
    static RecordLookup empty() {
        return of(List.of());
    }

    /**
     * Knows one record type only: {@code record} (or none) for {@code recordType} — and nothing about
     * the other types, whose rules are then reported as not checked.
     */
    static RecordLookup only(MappingType recordType, OnsRecord record) {
        Require.nonNull(recordType, "record type");
        MappingType known = recordType.recordType();
        return new RecordLookup() {
            @Override
            public Optional<OnsRecord> find(MappingType type, NameHash hash) {
                return type.recordType() == known && record != null && record.nameHash().equals(hash)
                        ? Optional.of(record) : Optional.empty();
            }

            @Override
            public boolean knows(MappingType type) {
                return type.recordType() == known;
            }
        };
    }
}
