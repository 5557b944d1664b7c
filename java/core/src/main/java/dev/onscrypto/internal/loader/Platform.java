package dev.onscrypto.internal.loader;

import java.util.Locale;

/**
 * The platform name under which our C library is bundled ({@code linux-x86_64}, {@code linux-aarch64}),
 * and the ELF machine number a library must have to be loadable here. JVMs spell the same machine
 * differently ({@code amd64} vs {@code x86_64}, {@code arm64} vs {@code aarch64}), hence the mapping.
 */
record Platform(String os, String arch, int elfMachine) {
    private static final int EM_X86_64 = 62;
    private static final int EM_AARCH64 = 183;

    /** The running platform, or {@code null} if we build nothing for it. */
    static Platform current() {
        String os = normalizeOs(System.getProperty("os.name", ""));
        String arch = normalizeArch(System.getProperty("os.arch", ""));
        if (!os.equals("linux")) {
            return null;
        }
        return switch (arch) {
            case "x86_64" -> new Platform(os, arch, EM_X86_64);
            case "aarch64" -> new Platform(os, arch, EM_AARCH64);
            default -> null;
        };
    }

    /** What we call this machine in messages, even when it is unsupported. */
    static String describeRunning() {
        return normalizeOs(System.getProperty("os.name", "")) + "-" + normalizeArch(System.getProperty("os.arch", ""));
    }

    /** The folder name under {@code META-INF/native/}. */
    String folder() {
        return os + "-" + arch;
    }

    private static String normalizeOs(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return n.startsWith("linux") ? "linux" : n;
    }

    private static String normalizeArch(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
        return switch (n) {
            case "amd64", "x8664", "x86_64" -> "x86_64";
            case "arm64", "aarch64" -> "aarch64";
            default -> n;
        };
    }
}
