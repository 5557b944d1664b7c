package dev.onscrypto.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.node.Agreed;
import dev.onscrypto.node.FoundRecord;
import dev.onscrypto.node.OnsNodeClient;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ons lookup NAME…}: the records of each name (every type it is valid for, or {@code --type}),
 * from {@code ons_names_to_owners} on a quorum of nodes, checked and decrypted locally.
 */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = {"Look names up on oxend nodes (ons_names_to_owners, expired records included): per record "
                + "type, owner, backup owner, txid, heights, active, and the value decrypted locally.",
                "Exit 1 if a name has no record or only expired ones, or the nodes fail or disagree."})
final class LookupCommand extends CliCommand {
    /** Names per request batch: results print as each batch is agreed. */
    private static final int BATCH = 64;

    @Parameters(paramLabel = "NAME", arity = "0..*")
    List<String> names;

    @Option(names = "--from", paramLabel = "FILE|-", description = "Also read names from FILE (or stdin), one per line.")
    String from;

    @Option(names = "--type", paramLabel = "T", description = "Only this type (default: every type the name is valid for).")
    String type;

    @Mixin
    NodeOptions node;

    @Mixin
    NetworkOption network;

    @Override
    public Integer call() {
        if ((names == null || names.isEmpty()) && from == null) {
            throw new CliException(ExitCodes.USAGE, "give at least one NAME or --from FILE|-");
        }
        if (type != null) {
            Args.type(type);
        }
        Ons ons = common.ons();
        Network insisted = network.insisted().orElse(null);
        RecordPrinter printer = new RecordPrinter(out(), common.json, ons);
        int exit = ExitCodes.OK;
        try (NameSource source = new NameSource(names, from, cli());
             OnsNodeClient client = node.client(ons, insisted)) {
            while (source.hasNext()) {
                Map<String, List<OnsName>> batch = new LinkedHashMap<>();
                for (String text : source.take(BATCH)) {
                    try {
                        batch.put(text, Args.recordNames(text, type));
                    } catch (InvalidInputException e) {
                        cli().err().println("error: " + e.getMessage());
                        exit = Math.max(exit, ExitCodes.USAGE);
                    }
                }
                if (batch.isEmpty()) {
                    continue;
                }
                List<OnsName> all = batch.values().stream().flatMap(List::stream).toList();
                Agreed<List<FoundRecord>> found = NodeOptions.run(() -> client.lookup(all), insisted);
                for (Map.Entry<String, List<OnsName>> e : batch.entrySet()) {
                    exit = Math.max(exit, print(printer, e.getKey(), e.getValue(), found));
                }
            }
        }
        return exit;
    }

    private int print(RecordPrinter printer, String text, List<OnsName> asked, Agreed<List<FoundRecord>> found) {
        List<FoundRecord> mine = new ArrayList<>();
        for (FoundRecord f : found.value()) {
            if (f.name().isPresent() && asked.contains(f.name().get())) {
                mine.add(f);
            }
        }
        String name = asked.get(0).text();
        boolean live = mine.stream().anyMatch(FoundRecord::active);
        if (printer.json()) {
            ObjectNode o = RecordPrinter.JSON.createObjectNode();
            o.put("name", name);
            o.put("found", !mine.isEmpty());
            o.put("active", live);
            ArrayNode records = o.putArray("records");
            mine.forEach(f -> {
                ObjectNode r = printer.fields(name, f, found.network());
                r.remove("name");
                records.add(r);
            });
            o.put("height", found.height());
            o.set("nodes", RecordPrinter.strings(found.nodes()));
            printer.line(o);
        } else {
            for (FoundRecord f : mine) {
                ObjectNode r = printer.fields(name, f, found.network());
                r.put("height", found.height());
                r.set("nodes", RecordPrinter.strings(found.nodes()));
                printer.block(r);
            }
        }
        if (mine.isEmpty()) {
            cli().err().println("error: not found: no record for " + name);
            return ExitCodes.INVALID;
        }
        if (!live) {
            cli().err().println("error: expired: every record of " + name + " is past its expiration height (nodes at height " + found.height() + ")");
            return ExitCodes.INVALID;
        }
        return ExitCodes.OK;
    }
}
