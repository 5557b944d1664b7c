package dev.onscrypto.cli;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import dev.onscrypto.node.Agreed;
import dev.onscrypto.node.FoundRecord;
import dev.onscrypto.node.OnsNodeClient;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.OnsRecord;
import dev.onscrypto.ons.tx.Chain;
import dev.onscrypto.ons.tx.HistoryAudit;
import dev.onscrypto.ons.tx.OnsTxRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ons audit NAME --node URL…}: the record's history from its current txid back to the buy
 * ({@code get_transactions}), every step validated as the daemon would at its block's hard fork and
 * replayed, and the result compared with the node's record. Exit 1 on any break.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Walk a record's history (current txid -> prev txid -> ... -> buy) from nodes, validate and replay",
                "every step, and compare with the node's record. Exit 1 on any break."})
final class AuditCommand extends CliCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--type", paramLabel = "T", description = "session, wallet or lokinet (default: lokinet for .loki names, else session).")
    String type;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "1000", description = "Most transactions to read (default: ${DEFAULT-VALUE}).")
    int maxSteps;

    @Option(names = "--hf", paramLabel = "N", description = "Validate every step at this hard fork instead of the chain's schedule.")
    Integer hf;

    @Mixin
    NodeOptions node;

    @Override
    public Integer call() {
        if (!node.given()) {
            throw new CliException(ExitCodes.USAGE, "audit needs --node URL (one or more)");
        }
        MappingType t = type != null ? Args.type(type).recordType()
                : name.toLowerCase(java.util.Locale.ROOT).endsWith(".loki") ? MappingType.LOKINET : MappingType.SESSION;
        OnsName n = OnsName.of(name, t);
        if (maxSteps < 1 || maxSteps > 100_000) {
            throw new CliException(ExitCodes.USAGE, "--max-steps must be 1..100000");
        }
        OptionalInt fork = hf == null ? OptionalInt.empty() : OptionalInt.of(TxExtraBuildCommand.hardFork(hf));
        Ons ons = common.ons();
        try (OnsNodeClient client = node.client(ons, null)) {
            Agreed<List<FoundRecord>> found = client.lookup(List.of(n));
            if (found.value().isEmpty()) {
                throw new CliException(ExitCodes.INVALID, "not found: " + n.text() + " (" + t.label() + ")");
            }
            OnsRecord current = found.value().get(0).record();
            Chain chain = Chain.parse(found.network().label());
            HistoryAudit.Report report = new HistoryAudit(ons, chain).audit(current, new NodeTransactions(client), maxSteps, fork);
            Output out = new Output().put("name", n.text()).put("type", t.label()).put("network", chain.label())
                    .put("steps", report.steps().size());
            for (int i = 0; i < report.steps().size(); i++) {
                HistoryAudit.Step s = report.steps().get(i);
                String signer = s.verdict().signer().map(o -> TxExtraPrinter.owner(o, ons, found.network())).orElse("-");
                out.put("step" + i, s.kind().label() + " txid=" + s.txidHex() + " height=" + s.height() + " hf=" + s.hardFork()
                        + " type=" + s.field().type().label() + " rule=" + s.verdict().rule() + " signer=" + signer
                        + " txid_verified=" + s.txidVerified().orElse(false));
            }
            out.put("txids_verified", report.txidsVerified());
            if (!report.notChecked().isEmpty()) {
                out.put("not_checked", report.notChecked().stream().map(OnsTxRule::label).collect(Collectors.joining(",")));
            }
            report.replayed().ifPresent(r -> out.put("owner", TxExtraPrinter.owner(r.owner(), ons, found.network())));
            out.put("result", report.failure().map(HistoryAudit.Failure::label).orElse("ok"));
            if (!report.ok()) {
                out.put("detail", report.detail());
            }
            out.print(out(), common.json);
            return report.ok() ? ExitCodes.OK : ExitCodes.INVALID;
        }
    }
}
