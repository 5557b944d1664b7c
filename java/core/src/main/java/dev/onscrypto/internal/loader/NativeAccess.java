package dev.onscrypto.internal.loader;

import dev.onscrypto.BackendUnavailableException;

/**
 * Refuses to go on unless this module was granted native access. The check runs before any restricted
 * method (library lookup, downcall linking): calling one without the grant would make the JVM print
 * its own warning (or, under {@code --illegal-native-access=deny}, throw), whereas this message names
 * the exact flag to add.
 */
public final class NativeAccess {
    private NativeAccess() {}

    /** @throws BackendUnavailableException naming the flag to add, unless native access was granted */
    public static void require() {
        Module module = NativeAccess.class.getModule();
        if (module.isNativeAccessEnabled()) {
            return;
        }
        String target = module.isNamed() ? module.getName() : "ALL-UNNAMED";
        String hint = module.isNamed()
                ? ""
                : " (or, for an executable jar, the manifest attribute 'Enable-Native-Access: ALL-UNNAMED')";
        throw new BackendUnavailableException("the native backend needs native access, which this JVM has not"
                + " granted to " + (module.isNamed() ? "module " + target : "the class path")
                + ": run java with --enable-native-access=" + target + hint);
    }
}
