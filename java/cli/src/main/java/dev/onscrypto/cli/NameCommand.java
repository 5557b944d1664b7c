package dev.onscrypto.cli;

import dev.onscrypto.ons.InvalidNameException;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.NameHash;
import dev.onscrypto.ons.OnsName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ons name NAME}: validity, normalized form and name hash. */
@Command(name = "name", mixinStandardHelpOptions = true,
        description = "Validate and normalize an ONS name and print its hash (hex and base64). Exit 1 if invalid.")
final class NameCommand extends CliCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--type", paramLabel = "T",
            description = "session, wallet or lokinet (default: lokinet if NAME ends in .loki, else session).")
    String type;

    @Override
    public Integer call() {
        MappingType t = type != null ? Args.type(type)
                : OnsName.normalize(name).endsWith(".loki") ? MappingType.LOKINET : MappingType.SESSION;
        OnsName n;
        try {
            n = OnsName.of(name, t.recordType());
        } catch (InvalidNameException e) {
            // Judging the name is this command's job: an invalid one is a result (1), not a usage error.
            throw CliException.invalid("invalid " + t.label() + " name (rule "
                    + e.rule().name().toLowerCase(java.util.Locale.ROOT) + "): " + e.getMessage());
        }
        NameHash hash = common.ons().names().hash(n);
        return print(new Output()
                .put("valid", true)
                .put("type", t.label())
                .put("name", n.text())
                .put("hash_hex", hash.hex())
                .put("hash_base64", hash.base64()));
    }
}
