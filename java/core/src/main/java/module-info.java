/**
 * ons-crypto core: the primitives the Oxen Name Service rests on, behind one API with two backends —
 * native (libsodium through the Foreign Function &amp; Memory API, plus our own C) and pure Java
 * (Bouncy Castle plus our own code).
 */
module dev.onscrypto.core {
    requires org.bouncycastle.provider;

    exports dev.onscrypto;
    exports dev.onscrypto.primitives;
    exports dev.onscrypto.ons;
    exports dev.onscrypto.ons.tx;
    exports dev.onscrypto.provider;

    provides java.security.Provider with dev.onscrypto.provider.OnsCryptoProvider;
}
