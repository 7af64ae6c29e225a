package dev.wamock.scenarios.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A Jackson 2 project's older jackson-annotations (Maven's nearest wins) makes Jackson 3 fail with a bare
 * NoClassDefFoundError; wamock says what it found and how to fix it instead (docs/dependencies.md).
 */
class JacksonAnnotationsTest {

    @Test
    void theAnnotationsWamockShipsWithPass() {
        assertThatCode(JacksonAnnotations::require).doesNotThrowAnyException();
    }

    @Test
    void anOlderJacksonAnnotationsIsNamedWithTheFixBeforeJacksonFails() throws Exception {
        try (URLClassLoader olderAnnotations = new HidingLoader(JacksonAnnotations.PROBE)) {
            Throwable thrown = catchThrowable(() -> Class.forName(Mappers.class.getName(), true, olderAnnotations));

            assertThat(thrown)
                    .isInstanceOf(NoClassDefFoundError.class)
                    .hasMessageContaining("needs com.fasterxml.jackson.core:jackson-annotations 2.21 or newer")
                    .hasMessageContaining("but the classpath has version ")
                    .hasMessageContaining("jackson-annotations")
                    .hasMessageContaining("pin com.fasterxml.jackson.core:jackson-annotations to 2.21 in <dependencyManagement>")
                    .hasMessageContaining("docs/dependencies.md");
        }
    }

    @Test
    void docsDependenciesQuotesTheMessageAndPinsTheMinimum() throws Exception {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "dependencies.md"));

        assertThat(page)
                .contains("java.lang.NoClassDefFoundError: "
                        + JacksonAnnotations.message("version 2.17.2 from file:…/jackson-annotations-2.17.2.jar"))
                .contains("<artifactId>jackson-annotations</artifactId>\n      <version>" + JacksonAnnotations.MINIMUM + "</version>");
    }

    /** The test's classpath in a loader of its own, less one class: jackson-annotations as an older version has it. */
    private static final class HidingLoader extends URLClassLoader {
        private final String hidden;

        HidingLoader(String hidden) {
            super(classpath(), ClassLoader.getPlatformClassLoader());
            this.hidden = hidden;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.equals(hidden)) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }

        private static URL[] classpath() {
            return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(path -> {
                try {
                    return new File(path).toURI().toURL();
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }).toArray(URL[]::new);
        }
    }
}
