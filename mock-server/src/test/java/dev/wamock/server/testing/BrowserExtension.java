package dev.wamock.server.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test method a {@link Browser} of its own (a parameter), closed after the test; when the test fails, a
 * screenshot goes to {@code target/surefire-reports/<class>.<method>.png} first, and its path to standard error.
 * State lives only in the extension context's store.
 */
public final class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserExtension.class);

    /** Where surefire writes its reports, relative to the module. */
    public static final Path REPORTS = Path.of("target", "surefire-reports");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NS).getOrComputeIfAbsent("browser", k -> new Closing(Browser.start()), Closing.class)
                .browser;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        Closing open = context.getStore(NS).get("browser", Closing.class);
        if (open != null && context.getExecutionException().isPresent()) {
            Path file = REPORTS.resolve(context.getRequiredTestClass().getName() + "."
                    + context.getRequiredTestMethod().getName() + ".png");
            System.err.println("browser screenshot of the failed test: " + open.browser.screenshot(file).toAbsolutePath());
        }
    }

    /** Closes the browser when the store closes (after the test). */
    private record Closing(Browser browser) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            browser.close();
        }
    }
}
