package dev.onscrypto.node;

/**
 * Makes node-supplied text safe to put in a message: control characters (and other invisible or
 * line-breaking characters) become {@code \\uXXXX} escapes, so a node cannot forge extra output lines
 * or terminal escape sequences, and the result is cut to {@link #MAX_CHARS} characters.
 */
public final class NodeText {
    /** The most characters of node text any message carries. */
    public static final int MAX_CHARS = 200;

    private NodeText() {
    }

    /** {@code text} escaped and shortened (with "…" when cut); "(none)" for null. */
    public static String clean(String text) {
        if (text == null) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 8);
        for (int i = 0; i < text.length(); i++) {
            if (sb.length() >= MAX_CHARS) {
                return sb.append('…').toString();
            }
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean unsafe = Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || c == '\\';
            if (unsafe) {
                sb.append(c == '\\' ? "\\\\" : String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
