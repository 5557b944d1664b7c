package dev.onscrypto.node;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dev.onscrypto.InvalidInputException;

/**
 * An oxend JSON-RPC endpoint. A URL without a scheme gets {@code http://}; one without a path gets
 * oxend's {@code /json_rpc}. User-info ({@code user:pass@}) is taken out of the URL into
 * {@link Credentials} and never appears in {@link #toString()} or any message.
 */
public final class NodeUrl {
    private final URI endpoint;
    private final String display;
    private final Credentials credentials;

    private NodeUrl(URI endpoint, String display, Credentials credentials) {
        this.endpoint = endpoint;
        this.display = display;
        this.credentials = credentials;
    }

    /**
     * Parses {@code text}, e.g. {@code 127.0.0.1:22023}, {@code https://node.example/json_rpc} or
     * {@code http://user:pass@host:22023}.
     *
     * @throws InvalidInputException if it is not an http(s) URL with a host (the message never
     *     repeats the text, which may hold a password)
     */
    public static NodeUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("node URL is empty");
        }
        String withScheme = text.contains("://") ? text : "http://" + text;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("node URL is not a valid URL (" + NodeText.clean(e.getReason()) + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidInputException("node URL must be http:// or https:// with a host");
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            path = "/json_rpc";
        }
        Credentials credentials = null;
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int colon = info.indexOf(':');
            String user = decode(colon < 0 ? info : info.substring(0, colon));
            String pass = colon < 0 ? "" : decode(info.substring(colon + 1));
            credentials = new Credentials(user, pass);
        }
        URI endpoint;
        try {
            endpoint = new URI(scheme, null, uri.getHost(), uri.getPort(), null, null, null)
                    .resolve(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new InvalidInputException("node URL is not a valid URL");
        }
        return new NodeUrl(endpoint, endpoint.toString(), credentials);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("node URL user-info has a bad %-escape");
        }
    }

    /** The URL requests go to (no user-info). */
    public URI endpoint() {
        return endpoint;
    }

    Optional<Credentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    /** The URL without user-info: how messages name this node. */
    @Override
    public String toString() {
        return display;
    }

    /** HTTP credentials from a URL's user-info; {@link #toString()} never shows them. */
    record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[hidden]";
        }
    }
}
