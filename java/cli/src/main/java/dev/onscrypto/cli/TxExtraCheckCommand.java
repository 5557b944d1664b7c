package dev.onscrypto.cli;

import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import dev.onscrypto.node.Agreed;
import dev.onscrypto.node.FoundRecord;
import dev.onscrypto.node.OnsNodeClient;
import dev.onscrypto.ons.EncryptedValue;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.OnsRecord;
import dev.onscrypto.ons.tx.Chain;
import dev.onscrypto.ons.tx.HardForks;
import dev.onscrypto.ons.tx.OnsExtraField;
import dev.onscrypto.ons.tx.OnsTxRule;
import dev.onscrypto.ons.tx.OnsTxValidator;
import dev.onscrypto.ons.tx.OnsTxVerdict;
import dev.onscrypto.ons.tx.RecordLookup;
import dev.onscrypto.ons.tx.TxExtra;
import dev.onscrypto.ons.tx.TxExtraParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ons tx-extra check HEX}: oxen-core's {@code validate_ons_tx} against the current record given
 * by options (or none: the name is unregistered). Prints {@code rule=} ({@code ok} or the first broken
 * rule) and exits 1 on any rule, {@code parse} included. Only the record of the field's own type is
 * known, so the Session/wallet shared-name rule is reported as not checked.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate an extra as the daemon would, against the record given by --record-* options",
                "(without them: no record). Prints rule=ok or the first broken rule; exit 1 on any rule."})
final class TxExtraCheckCommand extends CliCommand {
    @Parameters(paramLabel = "HEX", description = "The whole tx extra.")
    String extra;

    @Option(names = "--hf", paramLabel = "N",
            description = "Hard-fork version (default: " + HardForks.CURRENT + ", or the network's at --height with --node).")
    Integer hf;

    @Option(names = "--height", paramLabel = "H",
            description = "Height of the block the tx would be mined in (required without --node; default with it: the nodes' height).")
    Long height;

    @Option(names = "--name", paramLabel = "NAME", description = "With --node: the name, whose current record is fetched.")
    String name;

    @Mixin
    NodeOptions node;

    @Option(names = "--record-owner", paramLabel = "O", description = "The record's current owner (gives a record).")
    String recordOwner;

    @Option(names = "--record-backup-owner", paramLabel = "O")
    String recordBackupOwner;

    @Option(names = "--record-txid", paramLabel = "HEX", description = "The record's current txid.")
    String recordTxid;

    @Option(names = "--record-value", paramLabel = "HEX", description = "The record's encrypted value (stored form).")
    String recordValue;

    @Option(names = "--record-expiration", paramLabel = "H", description = "The record's expiration height (lokinet).")
    Long recordExpiration;

    @Mixin
    NetworkOption network;

    @Override
    public Integer call() {
        byte[] bytes = Args.hex(extra, "HEX", -1);
        if (node.given() == (name == null)) {
            throw new CliException(ExitCodes.USAGE, "--name goes with --node (the record is fetched from the nodes)");
        }
        if (!node.given() && height == null) {
            throw new CliException(ExitCodes.USAGE, "--height is required without --node");
        }
        if (node.given() && recordOwner != null) {
            throw new CliException(ExitCodes.USAGE, "give the record either with --record-* options or with --node, not both");
        }
        if (height != null && height < 0) {
            throw new CliException(ExitCodes.USAGE, "--height must not be negative");
        }
        Network net = network.get();
        Ons ons = common.ons();
        OnsTxValidator validator = new OnsTxValidator(ons);
        TxExtra parsed;
        try {
            parsed = TxExtra.parse(bytes);
        } catch (TxExtraParseException e) {
            int fork = TxExtraBuildCommand.hardFork(hf == null ? HardForks.CURRENT : hf);
            return report(validator.validate(bytes, fork, height == null ? 0 : height, RecordLookup.empty()), ons, net);
        }
        if (parsed.onsField().isEmpty()) {
            int fork = TxExtraBuildCommand.hardFork(hf == null ? HardForks.CURRENT : hf);
            return report(validator.validate(parsed, fork, height == null ? 0 : height, RecordLookup.empty()), ons, net);
        }
        OnsExtraField f = parsed.onsField().get();
        if (!node.given()) {
            int fork = TxExtraBuildCommand.hardFork(hf == null ? HardForks.CURRENT : hf);
            return report(validator.validate(parsed, fork, height, RecordLookup.only(f.type(), record(f, ons, net))), ons, net);
        }
        OnsName n = OnsName.of(name, f.type().recordType());
        if (!ons.names().hash(n).equals(f.nameHash())) {
            throw new CliException(ExitCodes.USAGE, "--name does not hash to the ONS field's name hash");
        }
        try (OnsNodeClient client = node.client(ons, null)) {
            Agreed<List<FoundRecord>> found = client.lookup(List.of(n));
            OnsRecord current = found.value().isEmpty() ? null : found.value().get(0).record();
            long h = height != null ? height : found.height();
            Chain chain = Chain.parse(found.network().label());
            int fork;
            if (hf != null) {
                fork = TxExtraBuildCommand.hardFork(hf);
            } else {
                fork = chain.hardForkAt(h).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                        "no hard fork known on " + chain.label() + " at height " + h + ": give --hf"));
            }
            return report(validator.validate(parsed, fork, h, RecordLookup.only(f.type(), current)), ons, found.network());
        }
    }

    private OnsRecord record(OnsExtraField f, Ons ons, Network net) {
        if (recordOwner == null) {
            if (recordBackupOwner != null || recordTxid != null || recordValue != null || recordExpiration != null) {
                throw new CliException(ExitCodes.USAGE, "a record needs --record-owner (and --record-txid, --record-value)");
            }
            return null;
        }
        if (recordTxid == null || recordValue == null) {
            throw new CliException(ExitCodes.USAGE, "a record needs --record-txid and --record-value besides --record-owner");
        }
        MappingType type = f.type().recordType();
        return OnsRecord.builder().type(type).nameHash(f.nameHash())
                .owner(ons.owners().parse(recordOwner, net))
                .backupOwner(recordBackupOwner == null ? null : ons.owners().parse(recordBackupOwner, net))
                .txid(Args.hex(recordTxid, "--record-txid", OnsRecord.TXID_LENGTH))
                .encryptedValue(EncryptedValue.ofStored(type, Args.hex(recordValue, "--record-value", -1)))
                .expirationHeight(recordExpiration).build();
    }

    private int report(OnsTxVerdict v, Ons ons, Network net) {
        HexFormat hex = HexFormat.of();
        Output out = new Output().put("rule", v.rule()).put("valid", v.valid());
        if (!v.valid()) {
            out.put("reason", v.reason());
        }
        v.field().ifPresent(f -> out.put("kind", f.kind().map(k -> k.label()).orElse("none"))
                .put("type", f.type().label()).put("name_hash", f.nameHash().hex()));
        if (v.parsed()) {
            out.put("burn", v.burn() < 0 ? Long.toUnsignedString(v.burn()) : (Object) v.burn());
        }
        v.signedBuffer().ifPresent(b -> out.put("sig_data", hex.formatHex(b)));
        v.signedHash().ifPresent(h -> out.put("sig_hash", hex.formatHex(h)));
        v.signer().ifPresent(s -> out.put("signer", TxExtraPrinter.owner(s, ons, net)));
        if (!v.notChecked().isEmpty()) {
            out.put("not_checked", v.notChecked().stream().map(OnsTxRule::label).collect(Collectors.joining(",")));
        }
        out.print(out(), common.json);
        return v.valid() ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
