package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/** Update hashes, signing by every owner kind, and verify_ons_signature's verdicts. */
class UpdateSignaturesTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] PREV = HEX.parseHex("aa".repeat(32));
    private static final byte[] SPEND = HEX.parseHex("0b19bb918941e5b091d9a28dd1a8b23bc972bddceecb1943af4740354de1a106");
    private static final byte[] VIEW = HEX.parseHex("58fb9cad18f634df6ee3bc5336de2979db595215c1bbcf5774bd92d2fb74a406");
    private static final String PRIMARY = "LCeypw8TcTUejDUdxpRXymCEyna4HHAowaDUfyrY8ohu7W4U9KYRjGdWmKSKneVrwVTa75KsQdnzEP89DAGnBCd6EazDred";
    private static final String SUBADDRESS = "LWQLwYKciWaF5tefWxxjHR3TuxbW1QaLyduHC6ZWpnGsR47QdnsBemyUHvfEwTWVSKaEcGGDsVGS6gUfeVydqxA3Sw9KCPn";

    private static byte[] seed() {
        byte[] seed = new byte[32];
        for (int i = 0; i < 32; i++) {
            seed[i] = (byte) i;
        }
        return seed;
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void specHashes(BackendKind kind) {
        Ons ons = Ons.of(BothBackends.primitives(kind));
        byte[] value = HEX.parseHex("5487ba30425fda970ead5677a5278db1451492a94443aec29b28a6424634d935edb2c51f723c5b32f83c1d27aa87f1f719"
                + "000102030405060708090a0b0c0d0e0f1011121314151617");
        assertArrayEquals(HEX.parseHex("d2dbfe56c0c18b29aba0549be530194c4c3b0022e8befc70cc70488c5bc6618d"),
                ons.updates().hash(UpdateData.ofRaw(value, null, null, PREV)));
        Owner ed = Owner.ed25519(HEX.parseHex("03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"));
        Owner wallet = ons.owners().parse("L5dkQUgpdssQubjyfnkLTh9fHx2ScppAQ71Kv3jdn7rL5wBvMZ4GQWxQEH9QPcn8bLgEebMZqSeZF8pppfi2FGWbTPeQFoL",
                Network.MAINNET);
        UpdateData both = UpdateData.of(null, ed, wallet, PREV);
        assertEquals(130, both.signedBuffer().length);
        assertArrayEquals(HEX.parseHex("d1b6c7d04df786505ad5c339288f93e6b996314631d0c8cd9d42f3cc31e726e7"), ons.updates().hash(both));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void ed25519OwnerSignsAndVerifies(BackendKind kind) {
        Ons ons = Ons.of(BothBackends.primitives(kind));
        byte[] hash1 = HEX.parseHex("d2dbfe56c0c18b29aba0549be530194c4c3b0022e8befc70cc70488c5bc6618d");
        try (UpdateSigningKey key = UpdateSigningKey.ed25519(seed())) {
            byte[] sig = ons.updates().sign(hash1, key);
            assertArrayEquals(HEX.parseHex("a02c8c3bd9ac839474e6c663ca30fe41dcb8dd1738f086b7c253087f3f55972a"
                    + "4e053e1de19880565f8770bbf374fd507713b59328a738d157f9e295f0bd8f09"), sig);
            Owner owner = Owner.ed25519(ons.updates().publicKey(key));
            assertTrue(ons.updates().verify(hash1, owner, SignatureType.ED25519, sig));
            assertFalse(ons.updates().verify(hash1, owner, SignatureType.CRYPTONOTE, sig), "type must match");
            assertFalse(ons.updates().verify(hash1, null, SignatureType.ED25519, sig), "no owner");
            assertFalse(ons.updates().verify(hash1, owner, SignatureType.ED25519, new byte[64]), "zero signature");
        }
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void subaddressOwnerSignsWithDerivedSpendSecret(BackendKind kind) {
        Ons ons = Ons.of(BothBackends.primitives(kind));
        byte[] hash1 = HEX.parseHex("d2dbfe56c0c18b29aba0549be530194c4c3b0022e8befc70cc70488c5bc6618d");
        Owner sub = ons.owners().parse(SUBADDRESS, Network.MAINNET);
        Owner primary = ons.owners().parse(PRIMARY, Network.MAINNET);
        assertTrue(sub.isSubaddress());
        try (UpdateSigningKey key = UpdateSigningKey.wallet(SPEND, VIEW, 1, 0);
             UpdateSigningKey primaryKey = UpdateSigningKey.wallet(SPEND, VIEW, 0, 0)) {
            assertArrayEquals(HEX.parseHex("9fd6b784562c6f5434636b48dd70c80ebb3d554efd58e2dc9e6ca9e7c089d48f"),
                    ons.updates().publicKey(key));
            byte[] sig = ons.updates().sign(hash1, key);
            assertTrue(ons.updates().verify(hash1, sub, SignatureType.CRYPTONOTE, sig));
            assertFalse(ons.updates().verify(hash1, primary, SignatureType.CRYPTONOTE, sig), "valid for D, not for B");
            byte[] primarySig = ons.updates().sign(hash1, primaryKey);
            assertTrue(ons.updates().verify(hash1, primary, SignatureType.CRYPTONOTE, primarySig));
            for (int bit = 0; bit < 512; bit += 3) {
                byte[] bad = sig.clone();
                bad[bit / 8] ^= (byte) (1 << (bit % 8));
                assertFalse(ons.updates().verify(hash1, sub, SignatureType.CRYPTONOTE, bad));
            }
        }
        // A signature by D over hash1 with a fixed nonce, computed independently, verifies.
        assertTrue(ons.updates().verify(hash1, sub, SignatureType.CRYPTONOTE, HEX.parseHex(
                "b27b3c282eeed936db171d329cfd22ee51c2370b7aa23c2d234b0a02cc58830f0832bfccde53821e2d192c085b131094df0b7a3e6c84d89ccb1bbe1e552ec606")));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void preparedUpdateCarriesTheExactCiphertextItSigned(BackendKind kind) {
        Ons ons = Ons.of(BothBackends.primitives(kind));
        OnsName name = OnsName.of("jagerman", MappingType.SESSION);
        MappingValue value = ons.values().parse(MappingType.SESSION,
                "05fb466d312e1666ad1c84c4ee55b7e034151c0e366a313d95d11436a5f36e1e75", Network.MAINNET);
        try (UpdateSigningKey key = UpdateSigningKey.ed25519(seed())) {
            Owner owner = Owner.ed25519(ons.updates().publicKey(key));
            SignedUpdate update = ons.updates().prepareAndSign(name, value, null, null, PREV, key);
            byte[] encrypted = update.encryptedValue().orElseThrow();
            assertEquals(value, ons.records().decrypt(name, encrypted));
            byte[] recomputed = ons.updates().hash(UpdateData.ofRaw(encrypted, null, null, PREV));
            assertArrayEquals(recomputed, update.hash());
            assertTrue(ons.updates().verify(recomputed, owner, SignatureType.ED25519, update.signature()));
            assertEquals(128, update.signatureHex().length());
            assertThrows(InvalidInputException.class,
                    () -> ons.updates().prepareAndSign(name, null, null, null, PREV, key));
        }
    }

    @org.junit.jupiter.api.Test
    void updateDataRefusesAnUpdateThatChangesNothing() {
        assertThrows(InvalidInputException.class, () -> UpdateData.of(null, null, null, PREV));
        // The raw form read back from a transaction may change nothing: only prev_txid is signed then.
        assertArrayEquals(PREV, UpdateData.ofRaw(new byte[0], null, null, PREV).signedBuffer());
        assertEquals(1 + 32, UpdateData.ofRaw(new byte[] {7}, null, null, PREV).signedBuffer().length);
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void ownersHaveTheGenericOwnerLayout(BackendKind kind) {
        Ons ons = Ons.of(BothBackends.primitives(kind));
        Owner ed = ons.owners().parse("03A107BFF3CE10BE1D70DD18E74BC09967E4D6309BA50D5F1DDC8664125531B8", Network.MAINNET);
        assertEquals("03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8" + "00".repeat(40) + "01" + "00".repeat(7),
                HEX.formatHex(ed.genericOwner()));
        assertEquals("03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8", ons.owners().format(ed, Network.MAINNET));
        Owner sub = ons.owners().parse(SUBADDRESS, Network.MAINNET);
        assertEquals(1, sub.genericOwner()[64]);
        assertEquals(SUBADDRESS, ons.owners().format(sub, Network.MAINNET));
        assertThrows(InvalidOwnerException.class, () -> ons.owners().parse(SUBADDRESS, Network.TESTNET));
        assertThrows(InvalidOwnerException.class, () -> ons.owners().parse("03a1", Network.MAINNET));
    }
}
