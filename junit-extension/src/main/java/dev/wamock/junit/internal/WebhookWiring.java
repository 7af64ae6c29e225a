package dev.wamock.junit.internal;

import dev.wamock.junit.WamockWebhooks;
import dev.wamock.scenarios.WamockControl;
import java.lang.reflect.Executable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The {@link WamockWebhooks} receiver of a test: started when the test (or a method of its lifecycle) asks for one, kept
 * in the extension store of that context only, so JUnit closes it when the context ends, and the test's server pointed
 * at it.
 */
public final class WebhookWiring {
    private static final Namespace NAMESPACE = Namespace.create("dev.wamock.junit", "webhooks");

    private WebhookWiring() {
    }

    /** The receiver of {@code context}, started and connected to the test's server the first time it is asked for. */
    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: in both Jupiter 5.14 and 6.x, as ServerLifecycle says
    public static WamockWebhooks receiverFor(ExtensionContext context, WamockConfig config, Executable executable) {
        WamockControl server = ServerLifecycle.serverFor(context, config, executable);
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(WamockWebhooks.class, k -> {
            WamockWebhooks receiver = WamockWebhooks.start();
            try {
                connect(server, receiver);
            } catch (RuntimeException e) {
                receiver.close();
                throw e;
            }
            return receiver;
        }, WamockWebhooks.class);
    }

    /**
     * TODO(issue 23 merge, lead): point {@code server} (an own server, or a url-mode session) at {@code receiver}: its
     * webhook callback {@code receiver.url()}, signed with {@code receiver.appSecret()}, the verify token
     * {@code receiver.verifyToken()}. The server is already running when a test parameter is resolved, so this needs a
     * setter on a running server or session (hooks' admin route or a method on WamockControl / WamockServer taking a
     * {@code WebhookOptions}), not only {@code WamockServer.Builder.webhooks(WebhookOptions)}. Until then the receiver
     * works on its own: a test POSTs to {@code url()}.
     */
    static void connect(WamockControl server, WamockWebhooks receiver) {
        // filled in at the merge with the hooks branch
    }

}
