package dev.wamock.server.internal.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** wamock sets Jetty's one property only when the JVM has none of its own, and not at all when switched off. */
class JettyPropertiesTest {
    private String jettyBefore;
    private String switchBefore;

    @BeforeEach
    void unset() {
        jettyBefore = System.clearProperty(JettyProperties.REFERENCES_PER_CACHE_LINE);
        switchBefore = System.clearProperty(JettyProperties.SWITCH);
    }

    @AfterEach
    void restore() {
        restore(JettyProperties.REFERENCES_PER_CACHE_LINE, jettyBefore);
        restore(JettyProperties.SWITCH, switchBefore);
    }

    @Test
    void unsetItIsSetToTheReferencesOfACacheLine() {
        JettyProperties.tellJettyTheReferenceSize();

        assertThat(System.getProperty(JettyProperties.REFERENCES_PER_CACHE_LINE)).isIn("16", "8");
    }

    @Test
    void aValueOfTheUsersOwnIsLeftAlone() {
        System.setProperty(JettyProperties.REFERENCES_PER_CACHE_LINE, "4");

        JettyProperties.tellJettyTheReferenceSize();

        assertThat(System.getProperty(JettyProperties.REFERENCES_PER_CACHE_LINE)).isEqualTo("4");
    }

    @Test
    void switchedOffNoPropertyIsSet() {
        System.setProperty(JettyProperties.SWITCH, " FALSE ");

        JettyProperties.tellJettyTheReferenceSize();

        assertThat(System.getProperty(JettyProperties.REFERENCES_PER_CACHE_LINE)).isNull();
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
