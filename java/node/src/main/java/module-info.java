/**
 * A client of oxend's ONS JSON-RPC: every answer bounded (size, one deadline, no redirects), checked
 * locally (name hash, decryption, owners, expiry) and agreed by a quorum of nodes. Only name hashes
 * ever leave the process.
 */
module dev.onscrypto.node {
    requires transitive dev.onscrypto.core;
    requires transitive com.fasterxml.jackson.databind; // JsonRpcClient.call takes and returns JSON trees
    requires java.net.http;

    exports dev.onscrypto.node;
}
