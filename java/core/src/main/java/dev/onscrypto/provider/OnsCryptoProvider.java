package dev.onscrypto.provider;

import java.security.Provider;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;

/**
 * The JCA provider {@value #NAME}: this library's primitives behind the standard
 * {@code MessageDigest}, {@code Signature}, {@code KeyFactory}, {@code KeyPairGenerator}, {@code Cipher}
 * and {@code SecretKeyFactory} APIs.
 *
 * <table>
 * <caption>Services</caption>
 * <tr><th>Type</th><th>Algorithm (aliases)</th><th>Notes</th></tr>
 * <tr><td>MessageDigest</td><td>BLAKE2B-256, BLAKE2B-512</td><td>unkeyed BLAKE2b</td></tr>
 * <tr><td>MessageDigest</td><td>KECCAK-256</td><td>original Keccak padding (CryptoNote), not SHA3-256</td></tr>
 * <tr><td>Signature, KeyFactory, KeyPairGenerator</td><td>Ed25519 (OnsEd25519)</td><td>X.509 / PKCS#8 (RFC 8410) or raw 32-byte keys</td></tr>
 * <tr><td>Signature, KeyFactory, KeyPairGenerator</td><td>CryptoNote</td><td>signs a 32-byte hash</td></tr>
 * <tr><td>Cipher</td><td>XChaCha20-Poly1305</td><td>ciphertext ‖ tag, with AAD</td></tr>
 * <tr><td>Cipher</td><td>XSalsa20-Poly1305</td><td>secretbox layout tag ‖ ciphertext, no AAD</td></tr>
 * <tr><td>AlgorithmParameters</td><td>XChaCha20-Poly1305, XSalsa20-Poly1305</td><td>the 24-byte nonce
 * ({@code IvParameterSpec}; DER OCTET STRING)</td></tr>
 * <tr><td>SecretKeyFactory</td><td>Argon2id</td><td>{@link Argon2idKeySpec}</td></tr>
 * </table>
 *
 * <p>The digests stream: memory use is constant whatever the input length, and {@code clone()} works.
 * The signatures buffer their message until {@code sign()} / {@code verify()}: pure Ed25519 reads the
 * message twice (once for the nonce, once for the challenge), so it cannot be computed as the message
 * arrives, and a CryptoNote signature signs a 32-byte hash.
 *
 * <p>The JDK's SunEC provider also has {@code Ed25519}. {@code Signature.getInstance("Ed25519")}
 * still works with this provider's keys in either order (the JCA tries the next provider when one
 * rejects a key), but {@code KeyFactory} and {@code KeyPairGenerator} pick the first provider only;
 * ask for {@code "OnsEd25519"}, which only this provider has, or name the provider.
 *
 * <p>The no-argument constructor (used by {@link java.util.ServiceLoader}) uses the default backend
 * {@link Primitives#get()}, resolved when the first engine is created, not when the provider is.
 */
public final class OnsCryptoProvider extends Provider {
    private static final long serialVersionUID = 1L;

    /** The provider name, for {@code Security.getProvider} and {@code getInstance(algorithm, "OnsCrypto")}. */
    public static final String NAME = "OnsCrypto";
    /** Alias of {@code Ed25519} that SunEC does not have. */
    public static final String ED25519_ALIAS = "OnsEd25519";

    private static final String INFO = "ons-crypto: BLAKE2b, Keccak-256, Ed25519, CryptoNote signatures, "
            + "XChaCha20-Poly1305, XSalsa20-Poly1305, Argon2id";

    /** The default backend ({@link Primitives#get()}). */
    public OnsCryptoProvider() {
        this(Primitives::get);
    }

    /**
     * A given backend; several providers on different backends can coexist (use them by object).
     *
     * @param primitives the backend every engine of this provider uses
     */
    public OnsCryptoProvider(Primitives primitives) {
        this(constant(primitives));
    }

    /**
     * The backend of the given kind.
     *
     * @param kind native or Java
     * @throws dev.onscrypto.BackendUnavailableException if it cannot be used here
     */
    public OnsCryptoProvider(BackendKind kind) {
        this(Primitives.of(kind));
    }

    private OnsCryptoProvider(Supplier<Primitives> backend) {
        super(NAME, version(), INFO);
        Map<String, String> software = Map.of("ImplementedIn", "Software");

        add("MessageDigest", "BLAKE2B-256", OnsMessageDigest.class, List.of(), software,
                () -> new OnsMessageDigest(() -> backend.get().blake2b().hasher(32), 32));
        add("MessageDigest", "BLAKE2B-512", OnsMessageDigest.class, List.of(), software,
                () -> new OnsMessageDigest(() -> backend.get().blake2b().hasher(64), 64));
        add("MessageDigest", "KECCAK-256", OnsMessageDigest.class, List.of(), software,
                () -> new OnsMessageDigest(() -> backend.get().keccak256().hasher(), 32));

        List<String> ed = List.of(ED25519_ALIAS);
        // SupportedKeyClasses lets the JCA's delayed provider selection skip us for keys we cannot use.
        Map<String, String> edKeys = Map.of("ImplementedIn", "Software", "SupportedKeyClasses",
                OnsPublicKey.class.getName() + "|" + OnsPrivateKey.class.getName() + "|java.security.interfaces.EdECKey");
        add("Signature", "Ed25519", RawSignature.class, ed, edKeys, () -> RawSignature.ed25519(backend.get()));
        add("KeyFactory", "Ed25519", RawKeyFactory.class, ed, software,
                () -> new RawKeyFactory(KeyType.ed25519(backend.get())));
        add("KeyPairGenerator", "Ed25519", RawKeyPairGenerator.class, ed, software,
                () -> new RawKeyPairGenerator(KeyType.ed25519(backend.get())));

        Map<String, String> cnKeys = Map.of("ImplementedIn", "Software", "SupportedKeyClasses",
                OnsPublicKey.class.getName() + "|" + OnsPrivateKey.class.getName());
        add("Signature", "CryptoNote", RawSignature.class, List.of(), cnKeys,
                () -> RawSignature.cryptoNote(backend.get()));
        add("KeyFactory", "CryptoNote", RawKeyFactory.class, List.of(), software,
                () -> new RawKeyFactory(KeyType.cryptoNote(backend.get())));
        add("KeyPairGenerator", "CryptoNote", RawKeyPairGenerator.class, List.of(), software,
                () -> new RawKeyPairGenerator(KeyType.cryptoNote(backend.get())));

        Map<String, String> aead = Map.of("ImplementedIn", "Software", "SupportedModes", "NONE",
                "SupportedPaddings", "NOPADDING", "SupportedKeyFormats", "RAW");
        add("Cipher", "XChaCha20-Poly1305", AeadCipher.class, List.of(), aead,
                () -> new AeadCipher(Aead.xchacha20Poly1305(backend.get()), this));
        add("Cipher", "XSalsa20-Poly1305", AeadCipher.class, List.of(), aead,
                () -> new AeadCipher(Aead.xsalsa20Poly1305(backend.get()), this));
        add("AlgorithmParameters", "XChaCha20-Poly1305", NonceParameters.class, List.of(), software,
                NonceParameters::new);
        add("AlgorithmParameters", "XSalsa20-Poly1305", NonceParameters.class, List.of(), software,
                NonceParameters::new);

        add("SecretKeyFactory", "Argon2id", Argon2idKeyFactory.class, List.of(), software,
                () -> new Argon2idKeyFactory(backend.get().argon2id()));
    }

    private void add(String type, String algorithm, Class<?> engine, List<String> aliases,
            Map<String, String> attributes, Supplier<Object> factory) {
        putService(new OnsService(this, type, algorithm, engine, aliases, attributes, factory));
    }

    private static Supplier<Primitives> constant(Primitives primitives) {
        if (primitives == null) {
            throw new NullPointerException("primitives");
        }
        return () -> primitives;
    }

    // The module version when run as a module built with one, else the jar's Implementation-Version;
    // the version is kept in the build only.
    private static String version() {
        Module module = OnsCryptoProvider.class.getModule();
        if (module.getDescriptor() != null && module.getDescriptor().rawVersion().isPresent()) {
            return module.getDescriptor().rawVersion().get();
        }
        String implementation = OnsCryptoProvider.class.getPackage().getImplementationVersion();
        return implementation != null ? implementation : "0";
    }
}
