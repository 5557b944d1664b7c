package dev.onscrypto.provider;

import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A service whose engine is built by a factory rather than by reflection on a class name, so each
 * engine can be handed the provider's backend ({@code Primitives}) — which is what lets one JVM hold
 * a native-backed and a Java-backed provider side by side.
 */
final class OnsService extends Provider.Service {
    private final Supplier<Object> factory;

    OnsService(Provider provider, String type, String algorithm, Class<?> engine, List<String> aliases,
            Map<String, String> attributes, Supplier<Object> factory) {
        super(provider, type, algorithm, engine.getName(), aliases, attributes);
        this.factory = factory;
    }

    @Override
    public Object newInstance(Object constructorParameter) throws NoSuchAlgorithmException {
        try {
            return factory.get();
        } catch (RuntimeException e) {
            // e.g. BackendUnavailableException when the default backend is forced to native and cannot load.
            throw new NoSuchAlgorithmException("cannot create " + getType() + "." + getAlgorithm() + ": " + e.getMessage(), e);
        }
    }
}
