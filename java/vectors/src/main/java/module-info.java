/** The bundled ONS test vectors and the runner that checks them against a backend. */
module dev.onscrypto.vectors {
    requires transitive dev.onscrypto.core;
    requires com.fasterxml.jackson.databind;

    exports dev.onscrypto.vectors;
}
