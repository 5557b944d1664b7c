package dev.onscrypto.provider;

import static dev.onscrypto.testing.BothBackends.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.Signature;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import dev.onscrypto.testing.BothBackends;

/** Finding the provider: ServiceLoader, Security.addProvider, and living next to SunEC's Ed25519. */
class ProviderRegistrationTest {
    private static final String PK = "c55fa0ef894849634fec5f10dd3719dcfb00581313705fd420314a8f5840990f";
    private static final String MSG = "bbf8e7470bb91686e8e3b97daff468d81bd3f51de369b7f17289a9413c463f6b";
    private static final String SIG = "eb4914b189d2b6037a8490fa60f950a2b4464df866fc4d4e28c0c93a843e0b5a"
            + "b166ecf1f670185c63a42e8f8762968fc3ba05648494042fd3e7f47658fb1400";

    @Test
    void serviceLoaderFindsTheProvider() {
        Module module = OnsCryptoProvider.class.getModule();
        if (module.isNamed()) {
            // Tests run patched into dev.onscrypto.core, which does not itself declare `uses`.
            module.addUses(Provider.class);
            assertTrue(module.getDescriptor().provides().stream().anyMatch(p -> p.service().equals(Provider.class.getName())
                    && p.providers().contains(OnsCryptoProvider.class.getName())), "module-info provides the Provider");
        }
        List<Provider> found = ServiceLoader.load(Provider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.getName().equals("OnsCrypto")).toList();
        assertEquals(1, found.size(), "exactly one OnsCrypto provider via ServiceLoader");
        assertInstanceOf(OnsCryptoProvider.class, found.get(0));
    }

    @Test
    void listsEveryService() {
        Set<String> services = new OnsCryptoProvider().getServices().stream()
                .map(s -> s.getType() + "." + s.getAlgorithm()).collect(Collectors.toSet());
        assertEquals(Set.of("MessageDigest.BLAKE2B-256", "MessageDigest.BLAKE2B-512", "MessageDigest.KECCAK-256",
                "AlgorithmParameters.XChaCha20-Poly1305", "AlgorithmParameters.XSalsa20-Poly1305",
                "Signature.Ed25519", "KeyFactory.Ed25519", "KeyPairGenerator.Ed25519",
                "Signature.CryptoNote", "KeyFactory.CryptoNote", "KeyPairGenerator.CryptoNote",
                "Cipher.XChaCha20-Poly1305", "Cipher.XSalsa20-Poly1305", "SecretKeyFactory.Argon2id"), services);
    }

    @Test
    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    void worksWhenAddedToSecurityAlongsideSunEc() throws Exception {
        assertNotNull(Security.getProvider("SunEC"));
        Provider provider = new OnsCryptoProvider();
        assertTrue(Security.addProvider(provider) > 0);
        try {
            assertSame(provider, Security.getProvider("OnsCrypto"));
            assertArrayEquals(hex("21eca71448f2c6281dd0b726a3915661a1a9fee557b1ae60acaf099a5d1a8b7a"),
                    MessageDigest.getInstance("BLAKE2B-256", "OnsCrypto")
                            .digest("blocks.loki".getBytes(StandardCharsets.US_ASCII)));
            assertSame(provider, MessageDigest.getInstance("KECCAK-256").getProvider());
            assertSame(provider, Cipher.getInstance("XChaCha20-Poly1305").getProvider());
            assertSame(provider, SecretKeyFactory.getInstance("Argon2id").getProvider());

            // SunEC comes first for "Ed25519" KeyFactory; the alias reaches us wherever we are in the list.
            assertEquals("SunEC", KeyFactory.getInstance("Ed25519").getProvider().getName());
            KeyFactory ours = KeyFactory.getInstance(OnsCryptoProvider.ED25519_ALIAS);
            assertSame(provider, ours.getProvider());
            PublicKey key = ours.generatePublic(new RawPublicKeySpec(hex(PK)));

            // Signature "Ed25519" without a provider: SunEC rejects our RAW key, the JCA moves on to us.
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(hex(MSG));
            assertTrue(verifier.verify(hex(SIG)));
            assertSame(provider, verifier.getProvider());
        } finally {
            Security.removeProvider("OnsCrypto");
        }
    }
}
