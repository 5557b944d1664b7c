package example;

import java.util.HexFormat;

import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.SignatureType;
import dev.onscrypto.primitives.Primitives;

/**
 * What a consumer does with the library: hash a name, decrypt a real record, verify a real-format
 * update signature, on the backend chosen by -Dons.backend. Exits non-zero on any mismatch.
 */
public final class Consumer {
    private static final HexFormat HEX = HexFormat.of();

    public static void main(String[] args) throws Exception {
        Primitives primitives = Primitives.get();
        Ons ons = Ons.of(primitives);
        System.out.println("backend=" + primitives.kind().label() + " (" + primitives.description() + ")");

        OnsName name = OnsName.of("JaGeRmAn", MappingType.SESSION);
        expect("name hash", "yB7mbm2q1MaczqNZCYguH+71z5jooEMeXA0sncfni+g=", ons.names().hash(name).base64());

        // The oxen-core ONS_RESOLVE documentation's mainnet record.
        MappingValue value = ons.records().decrypt(name,
                HEX.parseHex("d9bca6752665f2254ec7522f98aa5f2dfb13c9fa1ad1e39cd3d7a89a0df04719e348da537bc310a53e3b59ca24639b9b42"),
                HEX.parseHex("73e8243f3fadd471be36c6df3d62f863f9bb3a9d1cc696c0"));
        expect("decrypt", "05fb466d312e1666ad1c84c4ee55b7e034151c0e366a313d95d11436a5f36e1e75",
                ons.values().format(value, Network.MAINNET));

        // A CryptoNote signature by a subaddress owner over an update hash (the subaddress case of ons.json).
        Owner owner = ons.owners().parse(
                "LWQLwYKciWaF5tefWxxjHR3TuxbW1QaLyduHC6ZWpnGsR47QdnsBemyUHvfEwTWVSKaEcGGDsVGS6gUfeVydqxA3Sw9KCPn",
                Network.MAINNET);
        boolean valid = ons.updates().verify(
                HEX.parseHex("d2dbfe56c0c18b29aba0549be530194c4c3b0022e8befc70cc70488c5bc6618d"), owner,
                SignatureType.CRYPTONOTE, HEX.parseHex("b27b3c282eeed936db171d329cfd22ee51c2370b7aa23c2d234b0a02cc58830f"
                        + "0832bfccde53821e2d192c085b131094df0b7a3e6c84d89ccb1bbe1e552ec606"));
        expect("signature", "true", Boolean.toString(valid));

        ProviderCheck.run();
        System.out.println("consumer: all checks passed");
    }

    static void expect(String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            System.err.println("consumer: " + what + " expected " + expected + ", got " + actual);
            System.exit(1);
        }
        System.out.println(what + "=" + actual);
    }
}
