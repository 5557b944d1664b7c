package dev.onscrypto.node;

/** One node's checked answer with the get_info it was judged against. */
record NodeAnswer<A>(String node, NodeInfo info, A value) {
}
