package dev.onscrypto.node;

import java.util.Optional;

import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.OnsRecord;

/**
 * A record the nodes agreed on, with the name it belongs to and its plaintext when the name is known
 * (both checked locally), and whether it is active at the agreeing nodes' lowest height.
 */
public record FoundRecord(OnsRecord record, Optional<OnsName> name, Optional<MappingValue> value, boolean active) {
}
