package dev.onscrypto.ons;

import java.security.SecureRandom;

import dev.onscrypto.InvalidSettingException;
import dev.onscrypto.internal.Require;
import dev.onscrypto.primitives.Primitives;

/**
 * The ONS layer on one backend: names, addresses, values, record encryption, owners and update
 * signatures, written once above the primitives. Immutable and thread-safe.
 *
 * <pre>{@code
 * Ons ons = Ons.get();
 * OnsName name = OnsName.of("JaGeRmAn", MappingType.SESSION);          // normalized to "jagerman"
 * String b64 = ons.names().hash(name).base64();                        // yB7mbm2q1MaczqNZCYguH+71z5jooEMeXA0sncfni+g=
 * MappingValue v = ons.records().decrypt(name, encryptedValue, nonce); // ons_resolve form
 * String sessionId = ons.values().format(v, Network.MAINNET);
 * }</pre>
 */
public final class Ons {
    private final Primitives primitives;
    private final NameHasher names;
    private final AddressCodec addresses;
    private final ValueCodec values;
    private final RecordCipher records;
    private final OwnerCodec owners;
    private final UpdateSignatures updates;

    private Ons(Primitives primitives, Argon2Budget budget) {
        this.primitives = primitives;
        this.names = new NameHasher(primitives);
        this.addresses = new AddressCodec(primitives);
        this.values = new ValueCodec(addresses);
        this.records = new RecordCipher(primitives, names, budget, new SecureRandom());
        this.owners = new OwnerCodec(addresses);
        this.updates = new UpdateSignatures(primitives, records);
    }

    /**
     * The ONS layer on the default backend, with the default Argon2 memory budget.
     *
     * @throws dev.onscrypto.InvalidSettingException on every call while {@code ons.backend} /
     *         {@code ONS_BACKEND} is not auto, native or java
     * @throws dev.onscrypto.BackendUnavailableException on every call while the setting forces a backend
     *         that cannot be used here
     * @throws dev.onscrypto.InvalidSettingException on every call while {@code ons.argon2.budget} is not
     *         a size {@link Argon2Budget} accepts
     */
    public static Ons get() {
        // Asked first, so a bad setting is its typed exception each time, never an initializer Error.
        Primitives.get();
        Budget.get();
        return Default.INSTANCE;
    }

    /**
     * The ONS layer on {@code primitives}, sharing the default Argon2 memory budget.
     *
     * @throws dev.onscrypto.InvalidSettingException on every call while {@code ons.argon2.budget} is not
     *         a size {@link Argon2Budget} accepts
     */
    public static Ons of(Primitives primitives) {
        return new Ons(Require.nonNull(primitives, "primitives"), Budget.get());
    }

    /** The ONS layer on {@code primitives} with its own Argon2 memory budget. */
    public static Ons of(Primitives primitives, Argon2Budget budget) {
        return new Ons(Require.nonNull(primitives, "primitives"), Require.nonNull(budget, "budget"));
    }

    public Primitives primitives() {
        return primitives;
    }

    public NameHasher names() {
        return names;
    }

    public AddressCodec addresses() {
        return addresses;
    }

    public ValueCodec values() {
        return values;
    }

    public RecordCipher records() {
        return records;
    }

    public OwnerCodec owners() {
        return owners;
    }

    public UpdateSignatures updates() {
        return updates;
    }

    private static final class Budget {
        // One budget per JVM by default, so every Ons instance shares the same memory accounting. The
        // setting is read once; a bad one is kept as its exception (never an initializer Error) and
        // reported afresh on every call, with the original cause.
        private static final Argon2Budget DEFAULT;
        private static final InvalidSettingException FAILURE;

        static {
            Argon2Budget budget = null;
            InvalidSettingException failure = null;
            try {
                budget = Argon2Budget.defaultBudget();
            } catch (InvalidSettingException e) {
                failure = e;
            }
            DEFAULT = budget;
            FAILURE = failure;
        }

        static Argon2Budget get() {
            if (FAILURE != null) {
                throw new InvalidSettingException(FAILURE.getMessage(), FAILURE.getCause());
            }
            return DEFAULT;
        }
    }

    private static final class Default {
        // Built only after Primitives.get() and Budget.get() succeeded (see get()); neither outcome changes.
        static final Ons INSTANCE = new Ons(Primitives.get(), Budget.get());
    }
}
