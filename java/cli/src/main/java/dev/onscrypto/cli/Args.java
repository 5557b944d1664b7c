package dev.onscrypto.cli;

import java.util.HexFormat;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.OnsName;

/** Parsing of argument text; every failure is bad input (exit 2) and never echoes the text. */
final class Args {
    private Args() {
    }

    /** Hex of exactly {@code length} bytes, or any length when {@code length < 0}. */
    static byte[] hex(String text, String what, int length) {
        byte[] bytes;
        try {
            bytes = HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, what + " is not valid hex (an even number of 0-9a-f characters)");
        }
        if (length >= 0 && bytes.length != length) {
            throw new CliException(ExitCodes.USAGE, what + " must be " + length + " bytes (" + 2 * length
                    + " hex characters), got " + bytes.length + " bytes");
        }
        return bytes;
    }

    static MappingType type(String text) {
        return MappingType.parse(text);
    }

    static Network network(String text) {
        return Network.parse(text);
    }

    /** A name for a record lookup or encryption: lokinet_2y etc. are stored (and hashed) as lokinet. */
    static OnsName recordName(String name, String type) {
        return OnsName.of(name, type(type).recordType());
    }

    /** {@code MAJOR,MINOR} as two non-negative ints. */
    static int[] subaddress(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new CliException(ExitCodes.USAGE, "--subaddress must be MAJOR,MINOR (e.g. 0,1)");
        }
        try {
            int major = Integer.parseInt(parts[0].trim());
            int minor = Integer.parseInt(parts[1].trim());
            if (major < 0 || minor < 0) {
                throw new InvalidInputException("subaddress index must be non-negative");
            }
            return new int[] {major, minor};
        } catch (NumberFormatException e) {
            throw new CliException(ExitCodes.USAGE, "--subaddress must be MAJOR,MINOR with decimal numbers up to "
                    + Integer.MAX_VALUE);
        }
    }
}
