package dev.onscrypto.benchmarks;

import java.util.HexFormat;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.Ons;

/** Decrypting a legacy (HF15) Session record: Argon2id at 256 MiB, then secretbox open. */
public class LegacyDecryptBenchmark extends SingleShotBase {
    @Param({"native", "java"})
    public String impl;

    private Ons ons;
    private OnsName name;
    private byte[] stored;

    @Setup
    public void setUp() {
        ons = Ons.of(Impl.primitives(impl));
        name = OnsName.of("jagerman", MappingType.SESSION);
        MappingValue value = MappingValue.ofBinary(MappingType.SESSION, HexFormat.of().parseHex(OnsBenchmark.SESSION_ID));
        stored = ons.records().encryptLegacy(name, value).bytes();
    }

    @Benchmark
    public MappingValue legacyDecrypt() {
        return ons.records().decrypt(name, stored);
    }
}
