package dev.onscrypto.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.onscrypto.InvalidInputException;

class NodeUrlTest {
    @Test
    void schemeAndPathDefaults() {
        assertEquals("http://127.0.0.1:22023/json_rpc", NodeUrl.parse("127.0.0.1:22023").toString());
        assertEquals("https://node.example/json_rpc", NodeUrl.parse("https://node.example/").toString());
        assertEquals("http://h:1/rpc", NodeUrl.parse("http://h:1/rpc").toString());
    }

    @Test
    void userInfoIsKeptOutOfEveryString() {
        NodeUrl u = NodeUrl.parse("http://alice:s%40cret@h:1");
        assertEquals("http://h:1/json_rpc", u.toString());
        assertEquals("http://h:1/json_rpc", u.endpoint().toString());
        assertEquals("alice", u.credentials().orElseThrow().user());
        assertEquals("s@cret", u.credentials().orElseThrow().password());
        assertFalse(u.credentials().orElseThrow().toString().contains("cret"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NodeUrl.parse("ftp://bob:hunter2@h"));
        assertFalse(e.getMessage().contains("hunter2"));
        assertThrows(InvalidInputException.class, () -> NodeUrl.parse(""));
        assertThrows(InvalidInputException.class, () -> NodeUrl.parse("http://"));
    }

    @Test
    void nodeTextIsEscapedAndCut() {
        assertEquals("a\\u001bb\\u000ac\\\\", NodeText.clean("a\u001bb\nc\\"));
        assertEquals("(none)", NodeText.clean(null));
        String cut = NodeText.clean("y".repeat(1000));
        assertEquals(NodeText.MAX_CHARS + 1, cut.length());
        assertTrue(cut.endsWith("…"));
        assertEquals("x\\u202ey", NodeText.clean("x\u202ey"));   // bidi override: a FORMAT character
    }
}
