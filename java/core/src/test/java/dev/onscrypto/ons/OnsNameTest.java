package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** oxen-core's own unit-test names (tests/unit_tests/oxen_name_system.cpp), and which rule each breaks. */
class OnsNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"a.loki", "domain.loki", "xn--tda.loki", "xn--Mnchen-Ost-9db.loki",
            "xn--fwg93vdaef749it128eiajklmnopqrstu7dwaxyz0a1a2a3a643qhok169a.loki",
            "abcdefghijklmnopqrstuvwxyz123456.loki",
            "a-cdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789a.loki"})
    void validLokinetNames(String name) {
        assertEquals(OnsName.normalize(name), OnsName.of(name, MappingType.LOKINET).text());
        assertEquals(OnsName.normalize(name), OnsName.of(name, MappingType.LOKINET_10YEARS).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc.domain.loki|LOKI_SUFFIX", "a|LENGTH", "a.loko|LOKI_SUFFIX", "a domain name.loki|CHARACTER",
            "-.loki|BOUNDARY", "a_b.loki|CHARACTER", "' a.loki'|CHARACTER", "'a.loki '|LOKI_SUFFIX",
            "localhost.loki|RESERVED_NAME", "localhost|LOKI_SUFFIX", "loki.loki|RESERVED_NAME",
            "snode.loki|RESERVED_NAME", "abcdefghijklmnopqrstuvwxyz1234567.loki|LENGTH",
            "a-cdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789ab.loki|LENGTH",
            "ab--xyz.loki|RESERVED_HYPHENS"})
    void invalidLokinetNames(String name, NameRule rule) {
        InvalidNameException e = assertThrows(InvalidNameException.class, () -> OnsName.of(name, MappingType.LOKINET));
        assertEquals(rule, e.rule(), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello", "1Hello", "1Hello1", "_Hello1", "1Hello_", "_Hello_", "999", "xn--tda",
            "xn--Mnchen-Ost-9db"})
    void validSessionAndWalletNames(String name) {
        assertEquals(OnsName.normalize(name), OnsName.of(name, MappingType.SESSION).text());
        assertEquals(OnsName.normalize(name), OnsName.of(name, MappingType.WALLET).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "@", "'Hello", "@Hello", "[Hello", "]Hello", "Hello ", " Hello", " Hello ",
            "Hello World", "Hello\\ World", "\"hello\"", "hello\"", "\"hello", "", "héllo", "HELLOÄ", "hello\n"})
    void invalidSessionAndWalletNames(String name) {
        assertThrows(InvalidNameException.class, () -> OnsName.of(name, MappingType.SESSION));
        assertThrows(InvalidNameException.class, () -> OnsName.of(name, MappingType.WALLET));
    }

    @ParameterizedTest
    @CsvSource({"JaGeRmAn,jagerman", "XN--TDA,xn--tda", "ABC_def-9,abc_def-9"})
    void normalizationIsAsciiLowerCaseOnly(String raw, String normalized) {
        assertEquals(normalized, OnsName.of(raw, MappingType.SESSION).text());
        assertEquals("straße", OnsName.normalize("STRAßE".replace("STRA", "stra")));
        assertEquals("Ä", OnsName.normalize("Ä"));
    }

    @org.junit.jupiter.api.Test
    void lengthLimits() {
        assertEquals(64, OnsName.of("a".repeat(64), MappingType.WALLET).text().length());
        assertEquals(NameRule.LENGTH, assertThrows(InvalidNameException.class,
                () -> OnsName.of("a".repeat(65), MappingType.WALLET)).rule());
    }
}
