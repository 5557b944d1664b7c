package dev.onscrypto.ons.tx;

import java.util.Arrays;
import java.util.List;

import dev.onscrypto.testing.BothBackends;
import dev.onscrypto.ons.EncryptedValue;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.NameHash;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.OnsRecord;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.UpdateSigningKey;
import dev.onscrypto.primitives.BackendKind;

/** Keys, names, values and records for the transaction tests, on one backend. */
final class TxFixture {
    static final int HF = 21;
    static final long HEIGHT = 2_000_000;

    final Ons ons;
    final OnsTxBuilder builder;
    final OnsTxValidator validator;
    final byte[] edSeed = filled(32, 0x41);
    final byte[] edSeed2 = filled(32, 0x42);
    final Owner ed;
    final Owner ed2;
    final byte[] spendSecret = scalar(0x07);
    final Owner wallet;
    final OnsName session = OnsName.of("alice", MappingType.SESSION);
    final OnsName walletName = OnsName.of("alice", MappingType.WALLET);
    final OnsName lokinet = OnsName.of("blocks.loki", MappingType.LOKINET);
    final byte[] txid = filled(32, 0x5e);

    TxFixture(BackendKind kind) {
        ons = Ons.of(BothBackends.primitives(kind));
        builder = new OnsTxBuilder(ons);
        validator = new OnsTxValidator(ons);
        ed = Owner.ed25519(ons.primitives().ed25519().publicKey(edSeed));
        ed2 = Owner.ed25519(ons.primitives().ed25519().publicKey(edSeed2));
        wallet = GenericOwners.wallet(ons.primitives().cryptoNote().publicKey(spendSecret), filled(32, 0x0c), false);
    }

    static byte[] filled(int n, int v) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) v);
        return b;
    }

    /** A small reduced non-zero scalar. */
    static byte[] scalar(int v) {
        byte[] s = new byte[32];
        s[0] = (byte) v;
        s[1] = 0x5a;
        return s;
    }

    UpdateSigningKey edKey() {
        return UpdateSigningKey.ed25519(edSeed);
    }

    UpdateSigningKey walletKey() {
        return UpdateSigningKey.walletPrimary(spendSecret);
    }

    NameHash hash(OnsName name) {
        return ons.names().hash(name);
    }

    MappingValue value(MappingType type, int fill) {
        return switch (type.recordType()) {
            case SESSION -> {
                byte[] b = filled(33, fill);
                b[0] = 0x05;
                yield MappingValue.ofBinary(MappingType.SESSION, b);
            }
            case WALLET -> {
                byte[] b = filled(65, fill);
                b[0] = 0x00;
                yield MappingValue.ofBinary(MappingType.WALLET, b);
            }
            default -> MappingValue.ofBinary(MappingType.LOKINET, filled(32, fill));
        };
    }

    OnsName name(MappingType type) {
        return type.isLokinet() ? OnsName.of("blocks.loki", type) : OnsName.of("alice", type);
    }

    /** A record of {@code name}'s type, owned by {@code owner} (backup may be null), expiring at {@code expiration}. */
    OnsRecord record(OnsName name, Owner owner, Owner backup, Long expiration) {
        MappingType type = name.type().recordType();
        EncryptedValue v = ons.records().encrypt(OnsName.of(name.text(), type), value(type, 0x31));
        return OnsRecord.builder().type(type).nameHash(hash(name)).owner(owner).backupOwner(backup).encryptedValue(v)
                .txid(txid).updateHeight(1000).expirationHeight(expiration).build();
    }

    OnsTxVerdict check(byte[] extra, OnsRecord... records) {
        return validator.validate(extra, HF, HEIGHT, RecordLookup.of(List.of(records)));
    }

    OnsTxVerdict check(OnsTxExtra extra, OnsRecord... records) {
        return check(concat(pubkey(), extra.extra()), records);
    }

    static byte[] pubkey() {
        byte[] b = filled(33, 0x77);
        b[0] = 0x01;
        return b;
    }

    static byte[] concat(byte[]... parts) {
        return TxExtraCodecTest.concat(parts);
    }
}
