package dev.onscrypto.benchmarks;

import java.util.HexFormat;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Threads;

import dev.onscrypto.ons.EncryptedValue;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.NameHash;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.OxenAddress;
import dev.onscrypto.ons.SignatureType;
import dev.onscrypto.ons.UpdateData;
import dev.onscrypto.ons.UpdateSigningKey;

/**
 * ONS operations through the public API on both backends (nothing else implements ONS, so the anchors
 * are the C harness's composition of the same libsodium calls, where there is one).
 */
public class OnsBenchmark extends ThroughputBase {
    static final String SESSION_ID = "05fb466d312e1666ad1c84c4ee55b7e034151c0e366a313d95d11436a5f36e1e75";
    static final String ADDRESS = "LE59icbdt38SEUb2p9moeBEXYM9YShxBU1Txuk1R9DtmbAbwKDXc4vcKgycgXi6VzAVVKeeSSePgicPEZ27pq4xH7to6JkQ";

    @Param({"native", "java"})
    public String impl;

    private Ons ons;
    private OnsName name;
    private byte[] stored;
    private UpdateData update;
    private UpdateSigningKey key;
    private Owner owner;

    @Setup
    public void setUp() {
        ons = Ons.of(Impl.primitives(impl));
        name = OnsName.of("jagerman", MappingType.SESSION);
        MappingValue value = MappingValue.ofBinary(MappingType.SESSION, HexFormat.of().parseHex(SESSION_ID));
        stored = ons.records().encrypt(name, value, Fixtures.bytes(24, 13)).bytes();
        EncryptedValue newValue = ons.records().encrypt(name, value, Fixtures.bytes(24, 14));
        update = UpdateData.of(newValue, null, null, Fixtures.bytes(32, 15));
        byte[] seed = Fixtures.bytes(32, 16);
        key = UpdateSigningKey.ed25519(seed);
        owner = Owner.ed25519(ons.primitives().ed25519().publicKey(seed));
        if (!updateHashSignVerify()) {
            throw new IllegalStateException(impl + ": update signature does not verify");
        }
    }

    @Benchmark
    public NameHash nameHash() {
        return ons.names().hash(name);
    }

    /** The shortest call on two threads: anything shared per downcall (a counter, a lock) shows here first. */
    @Benchmark
    @Threads(2)
    public NameHash nameHashThreads2() {
        return ons.names().hash(name);
    }

    /** A Session record in stored form (ciphertext ‖ tag ‖ nonce): key derivation by BLAKE2b, then XChaCha open. */
    @Benchmark
    public MappingValue currentDecrypt() {
        return ons.records().decrypt(name, stored);
    }

    @Benchmark
    @Threads(2)
    public MappingValue currentDecryptThreads2() {
        return ons.records().decrypt(name, stored);
    }

    /** What a wallet does to update a record and a node to accept it: hash the update, sign it (ed25519 owner), verify it. */
    @Benchmark
    public boolean updateHashSignVerify() {
        byte[] hash = ons.updates().hash(update);
        byte[] signature = ons.updates().sign(hash, key);
        return ons.updates().verify(hash, owner, SignatureType.ED25519, signature);
    }

    /** Base58 decoding and the Keccak checksum of a mainnet wallet address. */
    @Benchmark
    public OxenAddress addressParse() {
        return ons.addresses().parseAnyNetwork(ADDRESS);
    }
}
