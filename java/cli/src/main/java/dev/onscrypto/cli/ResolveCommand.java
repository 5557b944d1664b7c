package dev.onscrypto.cli;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.node.Agreed;
import dev.onscrypto.node.OnsNodeClient;
import dev.onscrypto.node.Resolution;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ons resolve NAME}: {@code ons_resolve} on a quorum of nodes (they must agree on value and
 * nonce), decrypted locally; the nodes only ever see the name hash.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Resolve names on oxend nodes (JSON-RPC ons_resolve) and print the decrypted values.",
                "The type is inferred (.loki: lokinet, else session) unless --type or --all.",
                "Exit 1 if a name has no live record, or the nodes fail, time out or disagree."})
final class ResolveCommand extends CliCommand {
    @Parameters(paramLabel = "NAME", arity = "0..*")
    List<String> names;

    @Option(names = "--from", paramLabel = "FILE|-", description = "Also read names from FILE (or stdin), one per line.")
    String from;

    @Option(names = "--type", paramLabel = "T", description = "session, wallet or lokinet (default: inferred from the name).")
    String type;

    @Option(names = "--all", description = "Every type the name is valid for.")
    boolean all;

    @Mixin
    NodeOptions node;

    @Mixin
    NetworkOption network;

    @Override
    public Integer call() {
        if ((names == null || names.isEmpty()) && from == null) {
            throw new CliException(ExitCodes.USAGE, "give a NAME or --from FILE|-");
        }
        if (all && type != null) {
            throw new CliException(ExitCodes.USAGE, "--all and --type exclude each other");
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
                String text = source.next();
                List<OnsName> asked;
                try {
                    asked = all ? Args.recordNames(text, null)
                            : List.of(Args.recordName(text, type != null ? type : Args.inferredType(text).label()));
                } catch (InvalidInputException e) {
                    cli().err().println("error: " + e.getMessage());
                    exit = Math.max(exit, ExitCodes.USAGE);
                    continue;
                }
                boolean any = false;
                for (OnsName n : asked) {
                    Agreed<Resolution> r = NodeOptions.run(() -> client.resolve(n), insisted);
                    if (r.value().found()) {
                        any = true;
                        if (!print(printer, n, r, ons)) {
                            exit = Math.max(exit, ExitCodes.INVALID);   // shown, but not a valid ID/address
                        }
                    } else if (!all) {
                        cli().err().println("error: not found: no " + n.type().label() + " record for " + n.text());
                    }
                }
                if (!any) {
                    if (all) {
                        cli().err().println("error: not found: no record of any type for " + asked.get(0).text());
                    }
                    exit = Math.max(exit, ExitCodes.INVALID);
                }
            }
        }
        return exit;
    }

    /** Prints one resolved record; false when its value is not a valid Session ID / address. */
    private static boolean print(RecordPrinter printer, OnsName n, Agreed<Resolution> r, Ons ons) {
        ObjectNode o = RecordPrinter.JSON.createObjectNode();
        o.put("name", n.text());
        o.put("type", n.type().label());
        DecryptedValue value = DecryptedValue.of(ons, r.value().value().orElseThrow(), r.network());
        value.putInto(o);
        o.set("nodes", RecordPrinter.strings(r.nodes()));
        if (printer.json()) {
            printer.line(o);
        } else {
            printer.block(o);
        }
        return value.valid();
    }
}
