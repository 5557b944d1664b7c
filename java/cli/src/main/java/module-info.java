/** The {@code ons} command line over the ONS layer (picocli lives here, never in the library). */
module dev.onscrypto.cli {
    requires dev.onscrypto.core;
    requires dev.onscrypto.vectors;
    requires transitive info.picocli; // OnsCli.commandLine returns a picocli CommandLine
    requires com.fasterxml.jackson.databind;
    requires dev.onscrypto.node;

    // picocli injects options into the command objects reflectively.
    opens dev.onscrypto.cli to info.picocli;

    exports dev.onscrypto.cli;
}
