package dev.onscrypto.cli;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.node.Agreed;
import dev.onscrypto.node.FoundRecord;
import dev.onscrypto.node.OnsNodeClient;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.Owner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ons owned-by OWNER…}: the records each owner holds as owner or backup owner
 * ({@code ons_owners_to_names}). Nodes store only name hashes; {@code --names FILE} labels the
 * records whose hash matches a candidate name (and checks their values by decrypting them).
 */
@Command(name = "owned-by", mixinStandardHelpOptions = true,
        description = {"List the records an owner (wallet address or 64-hex ed25519 key) holds as owner or backup owner "
                + "(ons_owners_to_names, expired ones included).",
                "Names cannot be recovered from hashes: --names FILE labels records from candidate names.",
                "Exit 1 if there is no record, or the nodes fail or disagree."})
final class OwnedByCommand extends CliCommand {
    @Parameters(paramLabel = "OWNER", arity = "1..*")
    List<String> owners;

    @Option(names = "--names", paramLabel = "FILE|-", description = "Candidate names, one per line, to label records with.")
    String namesFile;

    @Mixin
    NodeOptions node;

    @Mixin
    NetworkOption network;

    @Override
    public Integer call() {
        Ons ons = common.ons();
        boolean anyAddress = false;
        for (String o : owners) {
            try {
                ons.addresses().parseAnyNetwork(o);
                anyAddress = true;
            } catch (dev.onscrypto.OnsCryptoException notAnAddress) {
                // a hex key
            }
        }
        Network net = anyAddress ? network.get(ons.addresses(), owners.toArray(String[]::new))
                : network.insisted().orElse(null);
        List<Owner> parsed = new ArrayList<>();
        for (String o : owners) {
            try {
                parsed.add(ons.owners().parse(o, net == null ? Network.MAINNET : net));
            } catch (InvalidInputException e) {
                throw new CliException(ExitCodes.USAGE, "invalid owner: " + e.getMessage());
            }
        }
        List<OnsName> candidates = new ArrayList<>();
        if (namesFile != null) {
            try (NameSource source = new NameSource(List.of(), namesFile, cli())) {
                while (source.hasNext()) {
                    try {
                        candidates.addAll(Args.recordNames(source.next(), null));
                    } catch (InvalidInputException e) {
                        // not a valid name: it labels nothing
                    }
                }
            }
        }
        RecordPrinter printer = new RecordPrinter(out(), common.json, ons);
        Agreed<List<FoundRecord>> found;
        try (OnsNodeClient client = node.client(ons, net)) {
            found = NodeOptions.run(() -> client.ownedBy(parsed, candidates), net);
        }
        for (FoundRecord f : found.value()) {
            ObjectNode o = printer.fields(f.name().map(OnsName::text).orElse(""), f, found.network());
            o.put("height", found.height());
            o.set("nodes", RecordPrinter.strings(found.nodes()));
            if (printer.json()) {
                printer.line(o);
            } else {
                printer.block(o);
            }
        }
        if (found.value().isEmpty()) {
            cli().err().println("error: not found: no record is held by " + (owners.size() == 1 ? "this owner" : "these owners"));
            return ExitCodes.INVALID;
        }
        return ExitCodes.OK;
    }
}
