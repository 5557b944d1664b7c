package dev.onscrypto.internal.loader;

/**
 * For tests outside this package: where the loader looks for the library bundled for the running
 * platform, so no test spells a platform folder by hand.
 */
public final class BundledLibraries {
    private BundledLibraries() {}

    /** The class-path resource of the running platform's library, or {@code null} if we build none for it. */
    public static String runningPlatformResource() {
        Platform platform = Platform.current();
        return platform == null ? null : "/" + BundledLibrary.resource(platform);
    }

    /** The running platform as the loader names it ({@code linux-x86_64}, ...), for messages. */
    public static String runningPlatform() {
        return Platform.describeRunning();
    }
}
