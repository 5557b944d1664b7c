package example;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Security;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;

import dev.onscrypto.provider.OnsCryptoProvider;
import dev.onscrypto.provider.RawPublicKeySpec;

/** The same checks through the JCA: register the provider, hash a name, verify a CryptoNote signature. */
final class ProviderCheck {
    private ProviderCheck() {}

    static void run() throws Exception {
        Security.addProvider(new OnsCryptoProvider());
        MessageDigest blake = MessageDigest.getInstance("BLAKE2B-256", OnsCryptoProvider.NAME);
        Consumer.expect("jca name hash", "yB7mbm2q1MaczqNZCYguH+71z5jooEMeXA0sncfni+g=",
                Base64.getEncoder().encodeToString(blake.digest("jagerman".getBytes(StandardCharsets.US_ASCII))));

        HexFormat hex = HexFormat.of();
        // The subaddress spend key D and its signature over hash1 (the subaddress case of ons.json).
        PublicKey d = KeyFactory.getInstance("CryptoNote", OnsCryptoProvider.NAME).generatePublic(new RawPublicKeySpec(
                hex.parseHex("9fd6b784562c6f5434636b48dd70c80ebb3d554efd58e2dc9e6ca9e7c089d48f")));
        Signature verifier = Signature.getInstance("CryptoNote", OnsCryptoProvider.NAME);
        verifier.initVerify(d);
        verifier.update(hex.parseHex("d2dbfe56c0c18b29aba0549be530194c4c3b0022e8befc70cc70488c5bc6618d"));
        Consumer.expect("jca signature", "true", Boolean.toString(verifier.verify(hex.parseHex(
                "b27b3c282eeed936db171d329cfd22ee51c2370b7aa23c2d234b0a02cc58830f"
                        + "0832bfccde53821e2d192c085b131094df0b7a3e6c84d89ccb1bbe1e552ec606"))));
    }
}
