package dev.onscrypto.node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.OnsCryptoException;
import dev.onscrypto.node.NodeFailedException.Failure;
import dev.onscrypto.ons.EncryptedValue;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.NameHash;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.OnsRecord;
import dev.onscrypto.ons.Owner;

/**
 * A client of oxend's ONS RPC over several nodes. Each lookup asks a quorum of {@code k} nodes at
 * once (default min(3, N)) and returns only an answer all of them gave; a node that fails is replaced
 * by another while any remain. Every answer is checked locally first: the name hashes are the ones
 * asked, values decrypt under the name when it is known, owners parse for the node's network, and
 * the node is neither untrusted nor behind. Only name hashes are sent, never names.
 *
 * <pre>{@code
 * try (OnsNodeClient client = OnsNodeClient.builder().node("http://127.0.0.1:22023").build()) {
 *     Agreed<List<FoundRecord>> found = client.lookup(List.of(OnsName.of("jagerman", MappingType.SESSION)));
 *     OnsRecord r = found.value().get(0).record();       // owner, txid, heights
 * }
 * }</pre>
 *
 * Thread-safe; blocking calls throw, async ones fail their future with, a {@link NodeException}.
 */
public final class OnsNodeClient implements AutoCloseable {
    /** oxen-core {@code ONS_NAMES_TO_OWNERS::MAX_REQUEST_ENTRIES} / {@code ONS_OWNERS_TO_NAMES::MAX_REQUEST_ENTRIES}. */
    public static final int MAX_ENTRIES_PER_REQUEST = 256;

    private final List<Node> nodes;
    private final int quorum;
    private final Network network;
    private final Ons ons;
    private final HttpTransport transport;
    private final RecordReader records;

    private OnsNodeClient(Builder b) {
        this.quorum = b.quorum == 0 ? Math.min(3, b.urls.size()) : b.quorum;
        this.network = b.network;
        this.ons = b.ons == null ? Ons.get() : b.ons;
        this.transport = new HttpTransport(b.limits.timeout());
        List<Node> list = new ArrayList<>();
        for (NodeUrl u : b.urls) {
            list.add(new Node(new JsonRpcClient(u, b.limits, transport, false), b.infoMaxAge));
        }
        this.nodes = List.copyOf(list);
        this.records = new RecordReader(ons);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The nodes, as URLs without user-info, in the order they are asked. */
    public List<String> nodes() {
        return nodes.stream().map(Node::name).toList();
    }

    public int quorum() {
        return quorum;
    }

    /** The JSON-RPC client of node {@code index}, for single-node calls of other methods. */
    public JsonRpcClient rpc(int index) {
        return nodes.get(index).rpc;
    }

    /** A fresh {@code get_info} of node {@code index}, checked (trusted, synced, known network). */
    public CompletableFuture<NodeInfo> infoAsync(int index) {
        Node n = nodes.get(index);
        return n.fetchInfo().exceptionallyCompose(e -> CompletableFuture.failedFuture(QuorumCall.failure(n.name(), e)));
    }

    // ---- generic quorum call ----

    /**
     * Calls {@code method} on a quorum and returns the answer all its nodes gave, as read by
     * {@code reader} (values compared with {@code equals}). {@code describe} renders an answer in a
     * disagreement message; it must not include secrets.
     */
    public <A> CompletableFuture<Agreed<A>> queryAsync(String method, JsonNode params, AnswerReader<A> reader,
                                                       Function<A, String> describe) {
        return queryAsync(method, info -> params, true, reader, describe);
    }

    /** Blocking {@link #queryAsync}. */
    public <A> Agreed<A> query(String method, JsonNode params, AnswerReader<A> reader, Function<A, String> describe) {
        return JsonRpcClient.join(queryAsync(method, params, reader, describe));
    }

    private <A> CompletableFuture<Agreed<A>> queryAsync(String method, Function<NodeInfo, JsonNode> params,
                                                        boolean paramsFixed, AnswerReader<A> reader,
                                                        Function<A, String> describe) {
        return new QuorumCall<A>(nodes, quorum, node -> ask(node, method, params, paramsFixed, reader), method,
                describe).start();
    }

    private <A> CompletableFuture<NodeAnswer<A>> ask(Node node, String method, Function<NodeInfo, JsonNode> params,
                                                     boolean paramsFixed, AnswerReader<A> reader) {
        CompletableFuture<NodeInfo> info = node.info().thenApply(this::checkNetwork);
        CompletableFuture<JsonNode> answer;
        if (paramsFixed) {
            // Both requests at once: one deadline's wait, not two.
            CompletableFuture<JsonNode> call = node.rpc.callAsync(method, params.apply(null));
            info.whenComplete((i, e) -> {
                if (e != null) {
                    call.cancel(true);
                }
            });
            answer = call;
        } else {
            answer = info.thenCompose(i -> node.rpc.callAsync(method, params.apply(i)));
        }
        CompletableFuture<NodeAnswer<A>> out = info.thenCombine(answer, (i, r) -> {
            RpcFields.refuseUntrusted(r);
            RpcFields.requireOkStatus(r);
            return new NodeAnswer<>(node.name(), i, reader.read(r, i));
        });
        out.whenComplete((a, e) -> {
            if (out.isCancelled()) {
                answer.cancel(true);
            }
        });
        return out;
    }

    private NodeInfo checkNetwork(NodeInfo info) {
        if (network != null && info.network() != network) {
            throw new NodeAnswerException(Failure.WRONG_NETWORK, "node is on " + info.network().label()
                    + ", not " + network.label());
        }
        return info;
    }

    // ---- ons_resolve ----

    /** {@code ons_resolve} for {@code name} (type from the name), checked and decrypted locally. */
    public CompletableFuture<Agreed<Resolution>> resolveAsync(OnsName name) {
        if (name == null) {
            throw new InvalidInputException("name must not be null");
        }
        MappingType type = name.type().recordType();
        NameHash hash = ons.names().hash(name);
        ObjectNode params = JsonRpcClient.JSON.createObjectNode();
        params.put("type", type.code());
        params.put("name_hash", hash.base64());
        Decryptions decryptions = new Decryptions(ons);
        return queryAsync("ons_resolve", params, (r, info) -> {
            String value = RpcFields.optionalText(r, "encrypted_value");
            String nonce = RpcFields.optionalText(r, "nonce");
            if (value == null) {
                if (nonce != null) {
                    throw NodeAnswerException.malformed("ons_resolve gave a nonce without a value");
                }
                return new Resolution(type, hash, Optional.empty(), Optional.empty());
            }
            EncryptedValue ev;
            try {
                byte[] v = RpcFields.hex(value, "encrypted_value", EncryptedValue.MAX_LENGTH);
                ev = nonce == null ? EncryptedValue.ofStored(type, v)
                        : EncryptedValue.ofResolved(type, v, RpcFields.hex(nonce, "nonce", 24));
            } catch (OnsCryptoException e) {
                throw NodeAnswerException.malformed("ons_resolve value or nonce has a wrong length");
            }
            return new Resolution(type, hash, Optional.of(ev), Optional.of(decryptions.decrypt(name, ev)));
        }, OnsNodeClient::describe);
    }

    public Agreed<Resolution> resolve(OnsName name) {
        return JsonRpcClient.join(resolveAsync(name));
    }

    private static String describe(Resolution r) {
        return r.encryptedValue().map(OnsNodeClient::describe).orElse("not found");
    }

    private static String describe(EncryptedValue v) {
        String hex = v.hex();
        return "value " + (hex.length() > 16 ? hex.substring(0, 16) + "…" : hex) + " (" + v.length() + " bytes)";
    }

    // ---- ons_names_to_owners ----

    /**
     * {@code ons_names_to_owners} (expired records included, so they can be reported as such) for
     * {@code names}; names sharing a hash (e.g. a Session and a wallet name) go in one entry. More than
     * {@value #MAX_ENTRIES_PER_REQUEST} hashes are split over several requests, each agreed separately.
     */
    public CompletableFuture<Agreed<List<FoundRecord>>> lookupAsync(Collection<OnsName> names) {
        if (names == null || names.isEmpty() || names.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("names must be a non-empty list without nulls");
        }
        Map<NameHash, Map<MappingType, OnsName>> byHash = new LinkedHashMap<>();
        for (OnsName n : names) {
            byHash.computeIfAbsent(ons.names().hash(n), h -> new LinkedHashMap<>()).put(n.type().recordType(), n);
        }
        List<NameHash> hashes = List.copyOf(byHash.keySet());
        Decryptions decryptions = new Decryptions(ons);
        List<CompletableFuture<Agreed<List<FoundRecord>>>> batches = new ArrayList<>();
        for (int from = 0; from < hashes.size(); from += MAX_ENTRIES_PER_REQUEST) {
            List<NameHash> batch = hashes.subList(from, Math.min(hashes.size(), from + MAX_ENTRIES_PER_REQUEST));
            batches.add(namesToOwners(batch, byHash, decryptions));
        }
        return combine(batches);
    }

    public Agreed<List<FoundRecord>> lookup(Collection<OnsName> names) {
        return JsonRpcClient.join(lookupAsync(names));
    }

    private CompletableFuture<Agreed<List<FoundRecord>>> namesToOwners(List<NameHash> batch,
            Map<NameHash, Map<MappingType, OnsName>> byHash, Decryptions decryptions) {
        ObjectNode params = JsonRpcClient.JSON.createObjectNode();
        ArrayNode entries = params.putArray("entries");
        for (NameHash h : batch) {
            ObjectNode e = entries.addObject();
            e.put("name_hash", h.base64());
            ArrayNode types = e.putArray("types");
            byHash.get(h).keySet().forEach(t -> types.add(t.code()));
        }
        params.put("include_expired", true);
        return queryAsync("ons_names_to_owners", params, (r, info) -> {
            List<OnsRecord> found = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonNode e : entryList(r, "entries")) {
                OnsRecord rec = records.read(e, info.network());
                int index = batch.indexOf(rec.nameHash());
                if (index < 0) {
                    throw NodeAnswerException.bad("node returned a name hash that was not asked for");
                }
                if (e.has("entry_index") && e.get("entry_index").asLong(-1) != index) {
                    throw NodeAnswerException.bad("entry_index does not point at the returned name hash");
                }
                OnsName name = byHash.get(rec.nameHash()).get(rec.type());
                if (name == null) {
                    throw NodeAnswerException.bad("node returned a " + rec.type().label() + " record that was not asked for");
                }
                if (!seen.add(rec.nameHash().hex() + rec.type().code())) {
                    throw NodeAnswerException.bad("node returned the same record twice");
                }
                decryptions.decrypt(name, rec.encryptedValue());
                found.add(rec);
            }
            found.sort(RecordReader.ORDER);
            return List.copyOf(found);
        }, OnsNodeClient::describeRecords).thenApply(a -> found(a, (h, t) -> Optional.ofNullable(byHash.get(h))
                .map(m -> m.get(t)), decryptions));
    }

    // ---- ons_owners_to_names ----

    /**
     * {@code ons_owners_to_names} (expired records included): the records each owner holds as owner or
     * backup owner. {@code candidates} (may be empty) label the records whose name hash they match,
     * and those records' values are checked by decrypting them.
     */
    public CompletableFuture<Agreed<List<FoundRecord>>> ownedByAsync(Collection<Owner> owners, Collection<OnsName> candidates) {
        if (owners == null || owners.isEmpty() || owners.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("owners must be a non-empty list without nulls");
        }
        Map<NameHash, Map<MappingType, OnsName>> labels = new HashMap<>();
        for (OnsName n : candidates == null ? List.<OnsName>of() : candidates) {
            if (n == null) {
                throw new InvalidInputException("candidate names must not contain null");
            }
            labels.computeIfAbsent(ons.names().hash(n), h -> new HashMap<>()).put(n.type().recordType(), n);
        }
        List<Owner> distinct = List.copyOf(new java.util.LinkedHashSet<>(owners));
        Decryptions decryptions = new Decryptions(ons);
        List<CompletableFuture<Agreed<List<FoundRecord>>>> batches = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += MAX_ENTRIES_PER_REQUEST) {
            List<Owner> batch = distinct.subList(from, Math.min(distinct.size(), from + MAX_ENTRIES_PER_REQUEST));
            Function<NodeInfo, JsonNode> params = info -> {
                ObjectNode p = JsonRpcClient.JSON.createObjectNode();
                ArrayNode entries = p.putArray("entries");
                Network net = info == null ? network : info.network();
                batch.forEach(o -> entries.add(ons.owners().format(o, net)));
                p.put("include_expired", true);
                return p;
            };
            CompletableFuture<Agreed<List<OnsRecord>>> f = queryAsync("ons_owners_to_names", params, network != null,
                    (r, info) -> {
                        List<OnsRecord> found = new ArrayList<>();
                        Set<String> seen = new HashSet<>();
                        for (JsonNode e : entryList(r, "entries")) {
                            OnsRecord rec = records.read(e, info.network());
                            if (!batch.contains(rec.owner()) && rec.backupOwner().map(b -> !batch.contains(b)).orElse(true)) {
                                throw NodeAnswerException.bad("node returned a record held by an owner that was not asked for");
                            }
                            JsonNode ri = e.get("request_index");
                            if (ri != null && !(ri.isIntegralNumber() && ri.asLong() >= 0 && ri.asLong() < batch.size())) {
                                throw NodeAnswerException.bad("request_index is out of range");
                            }
                            if (!seen.add(rec.nameHash().hex() + rec.type().code())) {
                                throw NodeAnswerException.bad("node returned the same record twice");
                            }
                            OnsName label = Optional.ofNullable(labels.get(rec.nameHash())).map(m -> m.get(rec.type())).orElse(null);
                            if (label != null) {
                                decryptions.decrypt(label, rec.encryptedValue());
                            }
                            found.add(rec);
                        }
                        found.sort(RecordReader.ORDER);
                        return List.copyOf(found);
                    }, OnsNodeClient::describeRecords);
            batches.add(f.thenApply(a -> found(a, (h, t) -> Optional.ofNullable(labels.get(h)).map(m -> m.get(t)),
                    decryptions)));
        }
        return combine(batches);
    }

    public Agreed<List<FoundRecord>> ownedBy(Collection<Owner> owners, Collection<OnsName> candidates) {
        return JsonRpcClient.join(ownedByAsync(owners, candidates));
    }

    // ---- shared ----

    private interface Labeller {
        Optional<OnsName> name(NameHash hash, MappingType type);
    }

    private static Agreed<List<FoundRecord>> found(Agreed<List<OnsRecord>> a, Labeller labels, Decryptions decryptions) {
        List<FoundRecord> out = new ArrayList<>();
        for (OnsRecord r : a.value()) {
            Optional<OnsName> name = labels.name(r.nameHash(), r.type());
            Optional<MappingValue> value = name.map(n -> decryptions.decrypt(n, r.encryptedValue()));
            out.add(new FoundRecord(r, name, value, r.isActive(a.height())));
        }
        return new Agreed<>(List.copyOf(out), a.nodes(), a.height(), a.network());
    }

    /** Stable oxend puts records under {@code entries}; dev's names_to_owners under {@code result}. */
    private static List<JsonNode> entryList(JsonNode r, String field) {
        JsonNode list = r.hasNonNull(field) ? r.get(field) : r.get("result");
        if (list == null || list.isNull()) {
            return List.of();   // oxend leaves an empty list out
        }
        if (!list.isArray()) {
            throw NodeAnswerException.malformed(field + " is not a list");
        }
        List<JsonNode> out = new ArrayList<>();
        list.forEach(out::add);
        return out;
    }

    private static String describeRecords(List<OnsRecord> records) {
        if (records.isEmpty()) {
            return "no records";
        }
        StringBuilder sb = new StringBuilder();
        for (OnsRecord r : records) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            String txid = java.util.HexFormat.of().formatHex(r.txid());
            sb.append(r.type().label()).append(' ').append(r.nameHash().base64(), 0, 8).append("… txid ")
                    .append(txid, 0, 12).append("… owner ").append(r.owner().toString(), 0, Math.min(40, r.owner().toString().length()))
                    .append(" ").append(describe(r.encryptedValue()));
        }
        return sb.toString();
    }

    /** One answer from per-batch answers: records concatenated, the nodes in every batch, the lowest height. */
    private static CompletableFuture<Agreed<List<FoundRecord>>> combine(List<CompletableFuture<Agreed<List<FoundRecord>>>> batches) {
        if (batches.size() == 1) {
            return batches.get(0);
        }
        CompletableFuture<Agreed<List<FoundRecord>>> all = CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new))
                .thenApply(v -> {
                    List<FoundRecord> records = new ArrayList<>();
                    List<String> nodes = new ArrayList<>(batches.get(0).join().nodes());
                    long height = Long.MAX_VALUE;
                    Network net = batches.get(0).join().network();
                    for (CompletableFuture<Agreed<List<FoundRecord>>> b : batches) {
                        Agreed<List<FoundRecord>> a = b.join();
                        records.addAll(a.value());
                        nodes.retainAll(a.nodes());
                        height = Math.min(height, a.height());
                    }
                    // Activity is judged at the lowest height any batch saw.
                    long h = height;
                    List<FoundRecord> rejudged = records.stream()
                            .map(f -> new FoundRecord(f.record(), f.name(), f.value(), f.record().isActive(h))).toList();
                    return new Agreed<>(rejudged, nodes, h, net);
                });
        all.whenComplete((r, e) -> batches.forEach(b -> b.cancel(true)));
        return all;
    }

    @Override
    public void close() {
        transport.close();
    }

    /** Settings of a client; {@link #build()} checks them. */
    public static final class Builder {
        private final List<NodeUrl> urls = new ArrayList<>();
        private int quorum;
        private RequestLimits limits = RequestLimits.DEFAULT;
        private Network network;
        private Ons ons;
        private Duration infoMaxAge = Duration.ofSeconds(30);

        private Builder() {
        }

        /** Adds a node URL ({@link NodeUrl#parse} rules). */
        public Builder node(String url) {
            urls.add(NodeUrl.parse(url));
            return this;
        }

        public Builder nodes(Collection<String> list) {
            if (list == null) {
                throw new InvalidInputException("node list must not be null");
            }
            list.forEach(this::node);
            return this;
        }

        /** How many nodes must give the same answer; default min(3, number of nodes). */
        public Builder quorum(int k) {
            if (k < 1) {
                throw new InvalidInputException("quorum must be at least 1");
            }
            this.quorum = k;
            return this;
        }

        public Builder limits(RequestLimits l) {
            if (l == null) {
                throw new InvalidInputException("limits must not be null");
            }
            this.limits = l;
            return this;
        }

        public Builder timeout(Duration t) {
            return limits(limits.withTimeout(t));
        }

        public Builder maxBodyBytes(long n) {
            return limits(limits.withMaxBodyBytes(n));
        }

        /** Require this network: a node on another one fails as {@code WRONG_NETWORK}. Default: any, agreed. */
        public Builder network(Network n) {
            this.network = n;
            return this;
        }

        /** The ONS layer (backend) that hashes, decrypts and parses; default {@link Ons#get()}. */
        public Builder ons(Ons o) {
            this.ons = o;
            return this;
        }

        /** How long a node's get_info is reused; default 30 s (a block is 2 minutes). */
        public Builder infoMaxAge(Duration d) {
            if (d == null || d.isNegative()) {
                throw new InvalidInputException("info max age must not be negative");
            }
            this.infoMaxAge = d;
            return this;
        }

        /** @throws InvalidInputException without nodes, or with a quorum larger than the node count */
        public OnsNodeClient build() {
            if (urls.isEmpty()) {
                throw new InvalidInputException("at least one node is needed");
            }
            if (quorum > urls.size()) {
                throw new InvalidInputException("quorum " + quorum + " is larger than the " + urls.size() + " nodes given");
            }
            return new OnsNodeClient(this);
        }
    }
}
