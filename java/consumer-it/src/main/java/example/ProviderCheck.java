package example;

/** The JCA side of the consumer check (filled in once the provider exists). */
final class ProviderCheck {
    private ProviderCheck() {}

    static void run() {
    }
}
