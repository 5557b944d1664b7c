package dev.onscrypto.node;

/** Recorded oxend answer shapes (oxen-core v10.6.0 field names; values from real mainnet records). */
final class Recorded {
    private Recorded() {
    }

    static final String SESSION_ID = "05fb466d312e1666ad1c84c4ee55b7e034151c0e366a313d95d11436a5f36e1e75";
    static final String JAGERMAN_HASH = "yB7mbm2q1MaczqNZCYguH+71z5jooEMeXA0sncfni+g=";
    static final String JAGERMAN_ENC = "d9bca6752665f2254ec7522f98aa5f2dfb13c9fa1ad1e39cd3d7a89a0df04719e348da537bc310a53e3b59ca24639b9b42";
    static final String JAGERMAN_NONCE = "73e8243f3fadd471be36c6df3d62f863f9bb3a9d1cc696c0";
    static final String BLOCKS_HASH = "IeynFEjyxigd0Lcmo5FWYaGp/uVXsa5grK8Jml0ai3o=";
    static final String BLOCKS_ENC = "b52c088ae51171a9e2e44cc98c10006547e2981d4cbe196525c948fa2fa48a11e8712eccd0ba20e4b93fb3989361df8a";
    static final String BLOCKS_NONCE = "6e3e80c7927108612475a0eeddf472af6177c9776d6943ed";
    static final String BLOCKS_VALUE = "kcpyawm9se7trdbzncimdi5t7st4p5mh9i1mg7gkpuubi4k4ku1y.loki";
    /** The ed25519 public key of RFC 8032's second test seed (4ccd089b…a6fb). */
    static final String OWNER = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
    /** oxen-core tests/unit_tests/base58.cpp's mainnet address. */
    static final String WALLET = "L5dkQUgpdssQubjyfnkLTh9fHx2ScppAQ71Kv3jdn7rL5wBvMZ4GQWxQEH9QPcn8bLgEebMZqSeZF8pppfi2FGWbTPeQFoL";
    static final String TXID = "5f1ac5a5d6d1e4d3f6b0c14a2c2e6f2d1b8f1f3a9b0c7d6e5f4a3b2c1d0e9f8a";
    static final String TXID2 = "aa1ac5a5d6d1e4d3f6b0c14a2c2e6f2d1b8f1f3a9b0c7d6e5f4a3b2c1d0e9f8a";

    static String jagermanEntry(String txid) {
        return "{\"entry_index\":0,\"type\":0,\"name_hash\":\"" + JAGERMAN_HASH + "\",\"owner\":\"" + OWNER
                + "\",\"backup_owner\":\"" + WALLET + "\",\"encrypted_value\":\"" + JAGERMAN_ENC + JAGERMAN_NONCE
                + "\",\"update_height\":1234567,\"txid\":\"" + txid + "\"}";
    }

    static String blocksEntry(long expiration) {
        return "{\"entry_index\":0,\"type\":2,\"name_hash\":\"" + BLOCKS_HASH + "\",\"owner\":\"" + OWNER
                + "\",\"encrypted_value\":\"" + BLOCKS_ENC + BLOCKS_NONCE
                + "\",\"update_height\":1000000,\"expiration_height\":" + expiration + ",\"txid\":\"" + TXID + "\"}";
    }

    static String entries(String... entries) {
        return "{\"entries\":[" + String.join(",", entries) + "],\"status\":\"OK\"}";
    }

    static String resolved(String enc, String nonce) {
        return "{\"encrypted_value\":\"" + enc + "\",\"nonce\":\"" + nonce + "\"}";
    }
}
