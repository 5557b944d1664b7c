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

    /**
     * {@code name} as a record name of {@code type}, or, when {@code type} is null, of every type it
     * is valid for (Session and wallet share rules; only {@code .loki} names are Lokinet).
     *
     * @throws dev.onscrypto.ons.InvalidNameException if it is valid for none
     */
    static java.util.List<OnsName> recordNames(String name, String type) {
        if (type != null) {
            return java.util.List.of(recordName(name, type));
        }
        java.util.List<OnsName> out = new java.util.ArrayList<>();
        dev.onscrypto.OnsCryptoException first = null;
        for (MappingType t : new MappingType[] {MappingType.SESSION, MappingType.WALLET, MappingType.LOKINET}) {
            try {
                out.add(OnsName.of(name, t));
            } catch (dev.onscrypto.ons.InvalidNameException e) {
                first = first == null ? e : first;
            }
        }
        if (out.isEmpty()) {
            throw (dev.onscrypto.ons.InvalidNameException) first;
        }
        return out;
    }

    /** The type {@code resolve} infers: names ending in .loki are Lokinet, anything else Session. */
    static MappingType inferredType(String name) {
        return OnsName.normalize(name).endsWith(".loki") ? MappingType.LOKINET : MappingType.SESSION;
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
