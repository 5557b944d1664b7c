package dev.onscrypto.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import dev.onscrypto.node.NodeFailedException.Failure;

/**
 * Asks {@code k} nodes at once and wants {@code k} equal answers. A node that fails is replaced by
 * the next unasked one while any remain; {@code k} answers that are not all equal (or, when nodes run
 * out, any two different answers) are a {@link NodesDisagreeException}; too few answers are a
 * {@link QuorumUnavailableException} listing every failure.
 */
final class QuorumCall<A> {
    private final List<Node> nodes;
    private final int k;
    private final Function<Node, CompletableFuture<NodeAnswer<A>>> ask;
    private final String what;
    private final Function<A, String> describe;
    private final CompletableFuture<Agreed<A>> result = new CompletableFuture<>();
    private final List<NodeAnswer<A>> answers = new ArrayList<>();
    private final List<NodeFailedException> failures = new ArrayList<>();
    private final List<CompletableFuture<?>> inFlight = new ArrayList<>();
    private int next;
    private int active;

    QuorumCall(List<Node> nodes, int k, Function<Node, CompletableFuture<NodeAnswer<A>>> ask, String what,
               Function<A, String> describe) {
        this.nodes = nodes;
        this.k = k;
        this.ask = ask;
        this.what = what;
        this.describe = describe;
    }

    CompletableFuture<Agreed<A>> start() {
        result.whenComplete((r, e) -> {
            List<CompletableFuture<?>> running;
            synchronized (this) {
                running = List.copyOf(inFlight);
            }
            running.forEach(f -> f.cancel(true));
        });
        synchronized (this) {
            for (int i = 0; i < k && next < nodes.size(); i++) {
                launch();
            }
        }
        return result;
    }

    private void launch() {
        Node node = nodes.get(next++);
        active++;
        CompletableFuture<NodeAnswer<A>> f;
        try {
            f = ask.apply(node);
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        inFlight.add(f);
        f.whenComplete((a, e) -> done(node, a, e));
    }

    private synchronized void done(Node node, NodeAnswer<A> answer, Throwable error) {
        active--;
        if (result.isDone()) {
            return;
        }
        if (error != null) {
            failures.add(failure(node.name(), error));
            if (next < nodes.size()) {
                launch();
                return;
            }
        } else {
            answers.add(answer);
        }
        decide();
    }

    private void decide() {
        if (answers.size() == k) {
            NodeAnswer<A> first = answers.get(0);
            if (answers.stream().allMatch(a -> a.info().network() == first.info().network()
                    && Objects.equals(a.value(), first.value()))) {
                long height = answers.stream().mapToLong(a -> a.info().height()).min().orElseThrow();
                result.complete(new Agreed<>(first.value(), answers.stream().map(NodeAnswer::node).toList(),
                        height, first.info().network()));
            } else {
                result.completeExceptionally(disagreement());
            }
        } else if (active == 0 && next >= nodes.size()) {
            boolean differ = answers.stream().anyMatch(a -> a.info().network() != answers.get(0).info().network()
                    || !Objects.equals(a.value(), answers.get(0).value()));
            result.completeExceptionally(differ ? disagreement() : new QuorumUnavailableException(k, answers.size(), failures));
        }
    }

    private NodesDisagreeException disagreement() {
        boolean networks = answers.stream().map(a -> a.info().network()).distinct().count() > 1;
        Map<String, String> said = new LinkedHashMap<>();
        for (NodeAnswer<A> a : answers) {
            said.put(a.node(), describe.apply(a.value()) + (networks ? " on " + a.info().network().label() : ""));
        }
        return new NodesDisagreeException(what, said);
    }

    static NodeFailedException failure(String node, Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return switch (e) {
            case NodeFailedException n -> n;
            case NodeAnswerException a -> new NodeFailedException(node, a.failure(), a.getMessage(), a);
            case CancellationException c -> new NodeFailedException(node, Failure.UNREACHABLE, "request cancelled");
            default -> new NodeFailedException(node, Failure.BAD_ANSWER, "answer could not be checked ("
                    + e.getClass().getSimpleName() + ")", e);
        };
    }
}
