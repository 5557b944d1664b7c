package dev.onscrypto.internal.java;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.jar.Manifest;

import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * The version of the Bouncy Castle jar we run on, for the backend's description. bcprov records it
 * only as the OSGi {@code Bundle-Version} of its manifest: it has no {@code Implementation-Version}
 * and its module descriptor is compiled without a version. The manifest is read from the very jar
 * that holds Bouncy Castle's classes (on the class path, the first {@code META-INF/MANIFEST.MF} a
 * class loader finds may belong to any jar).
 */
final class BouncyCastleVersion {
    private static final String VERSION = find();

    private BouncyCastleVersion() {}

    /** e.g. {@code 1.87}; {@code "version not recorded"} when Bouncy Castle is not in a jar that says. */
    static String get() {
        return VERSION;
    }

    private static String find() {
        Package p = Blake2bDigest.class.getPackage();
        if (p != null && p.getImplementationVersion() != null) {
            return p.getImplementationVersion();
        }
        String fromManifest = bundleVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        var descriptor = Blake2bDigest.class.getModule().getDescriptor();
        return descriptor == null ? "version not recorded"
                : descriptor.rawVersion().orElse("version not recorded");
    }

    private static String bundleVersion() {
        // ".class" resources are never encapsulated, so this works on the module path too.
        URL self = Blake2bDigest.class.getResource("Blake2bDigest.class");
        if (self == null || !self.getProtocol().equals("jar")) {
            return null;
        }
        String s = self.toString();
        int bang = s.indexOf("!/");
        if (bang < 0) {
            return null;
        }
        try (InputStream in = URI.create(s.substring(0, bang + 2) + "META-INF/MANIFEST.MF").toURL().openStream()) {
            String v = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
            return v == null || v.isBlank() ? null : v.trim();
        } catch (IOException | IllegalArgumentException e) {
            return null;   // the description then says the version is not recorded; nothing else depends on it
        }
    }
}
