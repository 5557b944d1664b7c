package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/** A closed or destroyed update signing key refuses to sign or give its public key, on both backends. */
class ClosedSigningKeyTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] HASH = HEX.parseHex("d2dbfe56c0c18b29aba0549be530194c4c3b0022e8befc70cc70488c5bc6618d");
    private static final byte[] SPEND = HEX.parseHex("0b19bb918941e5b091d9a28dd1a8b23bc972bddceecb1943af4740354de1a106");
    private static final byte[] VIEW = HEX.parseHex("58fb9cad18f634df6ee3bc5336de2979db595215c1bbcf5774bd92d2fb74a406");

    private static List<Supplier<UpdateSigningKey>> keys() {
        return List.of(() -> UpdateSigningKey.ed25519(HEX.parseHex("01".repeat(32))),
                () -> UpdateSigningKey.walletPrimary(SPEND),
                () -> UpdateSigningKey.wallet(SPEND, VIEW, 0, 0),
                () -> UpdateSigningKey.wallet(SPEND, VIEW, 1, 2));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void closedKeysRefuseEveryUse(BackendKind kind) {
        Ons ons = Ons.of(BothBackends.primitives(kind));
        OnsName name = OnsName.of("jagerman", MappingType.SESSION);
        MappingValue value = ons.values().parse(MappingType.SESSION,
                "05fb466d312e1666ad1c84c4ee55b7e034151c0e366a313d95d11436a5f36e1e75", Network.MAINNET);
        for (Supplier<UpdateSigningKey> make : keys()) {
            for (boolean viaDestroy : new boolean[] {false, true}) {
                UpdateSigningKey key = make.get();
                ons.updates().sign(HASH, key); // usable while open
                assertFalse(key.isDestroyed());
                if (viaDestroy) {
                    key.destroy();
                } else {
                    key.close();
                }
                assertTrue(key.isDestroyed());
                assertThrows(IllegalStateException.class, () -> ons.updates().sign(HASH, key), key.toString());
                assertThrows(IllegalStateException.class, () -> ons.updates().publicKey(key), key.toString());
                assertThrows(IllegalStateException.class,
                        () -> ons.updates().sign(UpdateData.ofRaw(null, Owner.ed25519(HASH), null, HASH), key));
                assertThrows(IllegalStateException.class,
                        () -> ons.updates().prepareAndSign(name, value, null, null, HASH, key));
                assertTrue(key.toString().contains("closed"));
                key.close(); // idempotent
            }
        }
    }
}
