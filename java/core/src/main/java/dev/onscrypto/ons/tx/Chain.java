package dev.onscrypto.ons.tx;

import java.util.Locale;
import java.util.OptionalInt;

import dev.onscrypto.InvalidInputException;

/**
 * The chains oxen-core knows ({@code cryptonote::network_type}) with what ONS transactions depend on:
 * blocks per day (for lokinet expiry) and the hard-fork schedule. Distinct from
 * {@link dev.onscrypto.ons.Network}, which is about address prefixes: localdev and fakechain have no
 * addresses of their own but do have their own block times and forks.
 */
public enum Chain {
    // Hard-fork tables: oxen-core b208672e src/cryptonote_basic/hardfork.cpp, {major version, height} pairs.
    MAINNET(720, new long[][] {{7, 0}, {8, 64324}, {9, 101250}, {10, 161849}, {11, 234767}, {12, 321467},
            {13, 385824}, {14, 442333}, {15, 496969}, {16, 641111}, {17, 770711}, {18, 785000}, {19, 1080149}}),
    TESTNET(720, new long[][] {{7, 0}, {11, 2}, {12, 3}, {13, 4}, {14, 5}, {15, 6}, {16, 200}, {17, 251},
            {18, 252}, {19, 253}}),
    DEVNET(720, new long[][] {{7, 0}, {14, 1}, {16, 250}, {17, 255}, {18, 256}, {19, 257}, {20, 379}, {21, 444}}),
    STAGENET(720, new long[][] {{7, 0}, {14, 1}, {21, 250}}),
    /** 5-second blocks ({@code network_config/localdev.h}). */
    LOCALDEV(17280, new long[][] {{7, 0}, {14, 1}, {16, 40}, {17, 45}, {18, 46}, {19, 47}, {20, 170}, {21, 171}}),
    /** The test chain: its forks are set at run time, so none are known here. */
    FAKECHAIN(720, new long[][] {});

    private final int blocksPerDay;
    private final long[][] hardForks;

    Chain(int blocksPerDay, long[][] hardForks) {
        this.blocksPerDay = blocksPerDay;
        this.hardForks = hardForks;
    }

    /** {@code get_config(net).BLOCKS_PER_DAY()}: 720 with 120-second blocks, 17280 on localdev. */
    public int blocksPerDay() {
        return blocksPerDay;
    }

    /**
     * The hard-fork (major) version in force at {@code height} ({@code get_network_version}); empty on
     * fakechain, whose forks are not fixed.
     */
    public OptionalInt hardForkAt(long height) {
        if (height < 0) {
            throw new InvalidInputException("height must not be negative");
        }
        int version = -1;
        for (long[] fork : hardForks) {
            if (fork[1] <= height) {
                version = (int) fork[0];
            }
        }
        return version < 0 ? OptionalInt.empty() : OptionalInt.of(version);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The chain with this name (mainnet, testnet, devnet, stagenet, localdev, fakechain), any ASCII case. */
    public static Chain parse(String text) {
        if (text != null) {
            for (Chain c : values()) {
                if (c.label().equalsIgnoreCase(text) && text.chars().allMatch(ch -> ch < 128)) {
                    return c;
                }
            }
        }
        throw new InvalidInputException("network must be mainnet, testnet, devnet, stagenet, localdev or fakechain");
    }
}
