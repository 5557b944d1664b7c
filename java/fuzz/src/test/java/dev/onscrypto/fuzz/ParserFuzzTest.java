package dev.onscrypto.fuzz;

import static dev.onscrypto.fuzz.Differential.same;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.onscrypto.OnsCryptoException;
import dev.onscrypto.ons.EncryptedValue;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.OxenAddress;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.RecordScheme;
import dev.onscrypto.primitives.Primitives;

/**
 * Every parser of outside text or bytes: it returns a value or throws one of our typed exceptions,
 * never anything else; what it accepts survives a round trip through the matching formatter; and
 * both backends judge it alike (addresses carry a Keccak checksum, names a BLAKE2b hash).
 */
class ParserFuzzTest {
    private static final MappingType[] TYPES = MappingType.values();
    private static final Network[] NETWORKS = Network.values();

    private static Ons ons(Primitives p) {
        return Ons.of(p);
    }

    @FuzzTest(maxDuration = "10s")
    void names(FuzzedDataProvider d) {
        MappingType type = d.pickValue(TYPES);
        String text = d.consumeRemainingAsString();
        Differential.Result parsed = Differential.Result.of(() -> OnsName.of(text, type));
        if (!parsed.ok()) {
            return;
        }
        OnsName name = (OnsName) parsed.value();
        // Normalising is idempotent, and the hash does not depend on the backend.
        assertEquals(name, OnsName.of(name.text(), type));
        same("name hash", p -> ons(p).names().hash(name).hex());
    }

    @FuzzTest(maxDuration = "10s")
    void addresses(FuzzedDataProvider d) {
        Network network = d.pickValue(NETWORKS);
        boolean any = d.consumeBoolean();
        String text = d.consumeRemainingAsString();
        Differential.Result r = same("address parse", p -> {
            OxenAddress a = any ? ons(p).addresses().parseAnyNetwork(text) : ons(p).addresses().parse(text, network);
            return ons(p).addresses().format(a);
        });
        if (r.ok()) {
            OxenAddress again = ons(Differential.JAVA).addresses().parseAnyNetwork((String) r.value());
            assertEquals(r.value(), ons(Differential.JAVA).addresses().format(again));
        }
    }

    @FuzzTest(maxDuration = "10s")
    void owners(FuzzedDataProvider d) {
        Network network = d.pickValue(NETWORKS);
        String text = d.consumeRemainingAsString();
        Differential.Result r = same("owner parse", p -> {
            Owner o = ons(p).owners().parse(text, network);
            return ons(p).owners().format(o, network);
        });
        if (r.ok()) {
            Owner o = ons(Differential.JAVA).owners().parse(text, network);
            Owner again = ons(Differential.JAVA).owners().parse((String) r.value(), network);
            assertArrayEquals(o.genericOwner(), again.genericOwner());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void values(FuzzedDataProvider d) {
        MappingType type = d.pickValue(TYPES);
        Network network = d.pickValue(NETWORKS);
        if (d.consumeBoolean()) {
            String text = d.consumeRemainingAsString();
            Differential.Result r = same("value parse", p -> ons(p).values().parse(type, text, network).binary());
            if (r.ok()) {
                // What format prints, parse accepts, and formatting it again prints the same text (a
                // wallet value's payment id is not part of the readable form, so bytes may differ).
                MappingValue v = ons(Differential.JAVA).values().parse(type, text, network);
                String formatted = ons(Differential.JAVA).values().format(v, network);
                MappingValue again = ons(Differential.JAVA).values().parse(type, formatted, network);
                assertEquals(formatted, ons(Differential.JAVA).values().format(again, network));
            }
        } else {
            byte[] binary = d.consumeRemainingAsBytes();
            Differential.Result r = Differential.Result.of(() -> MappingValue.ofBinary(type, binary));
            if (r.ok()) {
                // Bytes from a record may be outside what parse accepts: format must still answer,
                // with text or one of our typed exceptions.
                same("value format", p -> ons(p).values().format((MappingValue) r.value(), network));
            }
        }
    }

    @FuzzTest(maxDuration = "10s")
    void storedRecords(FuzzedDataProvider d) {
        MappingType type = d.pickValue(TYPES);
        String nameText = d.consumeString(40);
        byte[] stored = d.consumeRemainingAsBytes();
        OnsName name;
        EncryptedValue value;
        try {
            name = OnsName.of(nameText.isEmpty() ? "a" : nameText, type.recordType());
            value = EncryptedValue.ofStored(type.recordType(), stored);
        } catch (OnsCryptoException rejected) {
            return;
        }
        if (value.scheme() == RecordScheme.LEGACY) {
            return;   // a 256 MiB Argon2id per input: the vectors and LegacyBudgetTest cover that scheme
        }
        same("record decrypt", p -> ons(p).records().decrypt(name, value).binary());
    }

    @FuzzTest(maxDuration = "10s")
    void recordRoundTrip(FuzzedDataProvider d) {
        MappingType type = d.pickValue(new MappingType[] {MappingType.SESSION, MappingType.WALLET, MappingType.LOKINET});
        byte[] nonce = d.consumeBytes(24);
        String nameText = d.consumeString(40);
        byte[] binary = d.consumeRemainingAsBytes();
        OnsName name;
        MappingValue value;
        try {
            name = OnsName.of(nameText, type);
            value = MappingValue.ofBinary(type, binary);
        } catch (OnsCryptoException rejected) {
            return;
        }
        Differential.Result sealed = same("record encrypt", p -> ons(p).records().encrypt(name, value, nonce).bytes());
        if (sealed.ok()) {
            byte[] stored = (byte[]) sealed.value();
            assertArrayEquals(binary, (byte[]) same("record decrypt own",
                    p -> ons(p).records().decrypt(name, stored).binary()).value());
        }
    }
}
