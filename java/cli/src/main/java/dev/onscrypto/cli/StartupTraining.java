package dev.onscrypto.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The training run scripts/ons records its class-data archive (AppCDS / AOT cache) from: the
 * commands people start most, in one JVM, output discarded. Not a command of its own.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        String[][] runs = {{"--help"}, {"name", "jagerman"}, {"name", "blocks.loki"}, {"backend"}, {"lookup", "--help"},
                {"address", "L5dkQUgpdssQubjyfnkLTh9fHx2ScppAQ71Kv3jdn7rL5wBvMZ4GQWxQEH9QPcn8bLgEebMZqSeZF8pppfi2FGWbTPeQFoL"},
                {"lokup"}};
        for (String[] run : runs) {
            OnsCli.run(nowhere, nowhere, new ByteArrayInputStream(new byte[0]), run);
        }
    }
}
