package dev.onscrypto.node;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP authentication answering a 401 challenge: Basic (RFC 7617), and Digest (RFC 7616) with MD5 or
 * MD5-sess and {@code qop=auth} — what oxend's {@code --rpc-login} asks for (epee's
 * {@code http_auth.cpp} sends {@code Digest qop="auth", algorithm=MD5} challenges).
 * {@code java.net.http} has no Digest support of its own.
 */
final class HttpAuth {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String scheme;                // "basic" or "digest"
    private final Map<String, String> params;   // the challenge's auth-params, names lower-cased
    private final AtomicInteger nonceCount = new AtomicInteger();

    private HttpAuth(String scheme, Map<String, String> params) {
        this.scheme = scheme;
        this.params = params;
    }

    /**
     * The first challenge among {@code headers} (WWW-Authenticate values) we can answer, Digest
     * preferred; null if none.
     */
    static HttpAuth fromChallenges(List<String> headers) {
        HttpAuth basic = null;
        for (String h : headers) {
            String trimmed = h.strip();
            int space = trimmed.indexOf(' ');
            String s = (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
            if (s.equals("digest")) {
                Map<String, String> p = parseParams(space < 0 ? "" : trimmed.substring(space + 1));
                String algorithm = p.getOrDefault("algorithm", "MD5").toUpperCase(Locale.ROOT);
                String qop = p.get("qop");
                boolean qopOk = qop == null || List.of(qop.toLowerCase(Locale.ROOT).split("\\s*,\\s*")).contains("auth");
                if (p.containsKey("nonce") && p.containsKey("realm") && qopOk
                        && (algorithm.equals("MD5") || algorithm.equals("MD5-SESS"))) {
                    return new HttpAuth("digest", p);
                }
            } else if (s.equals("basic") && basic == null) {
                basic = new HttpAuth("basic", Map.of());
            }
        }
        return basic;
    }

    /** The Authorization header for one request. */
    String authorization(NodeUrl.Credentials credentials, String method, String requestTarget) {
        if (scheme.equals("basic")) {
            return "Basic " + Base64.getEncoder().encodeToString(
                    (credentials.user() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8));
        }
        String realm = params.get("realm");
        String nonce = params.get("nonce");
        String algorithm = params.getOrDefault("algorithm", "MD5");
        boolean qop = params.containsKey("qop");
        byte[] c = new byte[16];
        RANDOM.nextBytes(c);
        String cnonce = HexFormat.of().formatHex(c);
        String nc = String.format("%08x", nonceCount.incrementAndGet());
        String ha1 = md5(credentials.user() + ":" + realm + ":" + credentials.password());
        if (algorithm.equalsIgnoreCase("MD5-sess")) {
            ha1 = md5(ha1 + ":" + nonce + ":" + cnonce);
        }
        String ha2 = md5(method + ":" + requestTarget);
        String response = qop ? md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2)
                : md5(ha1 + ":" + nonce + ":" + ha2);
        StringBuilder h = new StringBuilder("Digest username=").append(quote(credentials.user()))
                .append(", realm=").append(quote(realm))
                .append(", nonce=").append(quote(nonce))
                .append(", uri=").append(quote(requestTarget))
                .append(", algorithm=").append(algorithm)
                .append(", response=").append(quote(response));
        if (qop) {
            h.append(", qop=auth, nc=").append(nc).append(", cnonce=").append(quote(cnonce));
        }
        if (params.containsKey("opaque")) {
            h.append(", opaque=").append(quote(params.get("opaque")));
        }
        return h.toString();
    }

    static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has MD5", e);
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** {@code name=token} and {@code name="quoted \" string"} pairs separated by commas. */
    static Map<String, String> parseParams(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            int start = i;
            while (i < n && text.charAt(i) != '=' && text.charAt(i) != ',') {
                i++;
            }
            String name = text.substring(start, i).strip().toLowerCase(Locale.ROOT);
            if (i >= n || text.charAt(i) != '=') {
                continue;   // a bare token: not an auth-param
            }
            i++;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (i < n && text.charAt(i) != '"') {
                    char ch = text.charAt(i++);
                    if (ch == '\\' && i < n) {
                        ch = text.charAt(i++);
                    }
                    value.append(ch);
                }
                i++;   // closing quote
            } else {
                while (i < n && text.charAt(i) != ',') {
                    value.append(text.charAt(i++));
                }
            }
            if (!name.isEmpty()) {
                out.putIfAbsent(name, value.toString().strip());
            }
        }
        return out;
    }
}
