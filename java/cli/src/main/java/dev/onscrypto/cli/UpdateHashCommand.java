package dev.onscrypto.cli;

import java.util.HexFormat;

import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.UpdateData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ons update-hash}: the hash an update signature covers, from already-encrypted fields. */
@Command(name = "update-hash", mixinStandardHelpOptions = true,
        description = "BLAKE2b-256 of an update's signed buffer (encrypted value ‖ owner ‖ backup owner ‖ prev_txid).")
final class UpdateHashCommand extends CliCommand {
    @Option(names = "--prev-txid", required = true, paramLabel = "HEX", description = "The record's current txid.")
    String prevTxid;

    @Option(names = "--value-encrypted", paramLabel = "HEX", description = "The new value, encrypted (stored form).")
    String valueEncrypted;

    @Option(names = "--owner", paramLabel = "O")
    String owner;

    @Option(names = "--backup-owner", paramLabel = "O")
    String backupOwner;

    @Mixin
    NetworkOption network;

    @Override
    public Integer call() {
        if (valueEncrypted == null && owner == null && backupOwner == null) {
            throw new CliException(ExitCodes.USAGE,
                    "an update changes at least one of --value-encrypted, --owner, --backup-owner");
        }
        Ons ons = common.ons();
        Network net = network.get(ons.addresses(), owner, backupOwner);
        byte[] prev = Args.hex(prevTxid, "--prev-txid", UpdateData.TXID_LENGTH);
        byte[] value = valueEncrypted == null ? null : Args.hex(valueEncrypted, "--value-encrypted", -1);
        Owner o = owner == null ? null : ons.owners().parse(owner, net);
        Owner b = backupOwner == null ? null : ons.owners().parse(backupOwner, net);
        UpdateData data = UpdateData.ofRaw(value, o, b, prev);
        HexFormat hex = HexFormat.of();
        return print(new Output()
                .put("hash", hex.formatHex(ons.updates().hash(data)))
                .put("signed_buffer", hex.formatHex(data.signedBuffer())));
    }
}
