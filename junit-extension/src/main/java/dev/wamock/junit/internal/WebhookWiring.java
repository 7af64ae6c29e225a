package dev.wamock.junit.internal;

import dev.wamock.junit.WamockWebhooks;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;
import java.lang.reflect.Executable;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
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
     * Points {@code server} again at the receiver {@code context} (or a context around it) already has, if any: a reset
     * returned the server's webhooks to its own settings (docs/webhooks.md).
     */
    public static void reconnect(ExtensionContext context, WamockControl server) {
        WamockWebhooks receiver = context.getStore(NAMESPACE).get(WamockWebhooks.class, WamockWebhooks.class);
        if (receiver != null && server instanceof WamockServer) {
            connect(server, receiver);
        }
    }

    /**
     * Points {@code server}, the test's own, at {@code receiver}: its webhooks go to {@code receiver.url()}, signed with
     * the fake app secret every server of the extension has ({@link ServerRecipe#start()}). In url mode the running
     * server's webhooks are its own to configure ({@code --webhook-url}, {@code PUT /__wamock/webhooks}).
     */
    static void connect(WamockControl server, WamockWebhooks receiver) {
        if (!(server instanceof WamockServer own)) {
            throw new ExtensionConfigurationException("a WamockWebhooks parameter needs the test's own server, but this"
                    + " test uses a session of a running wamock (" + server + "); point that server's webhooks at your"
                    + " receiver yourself (PUT /__wamock/webhooks with {\"callbackUrl\": …}), or drop url mode");
        }
        own.webhooks().callback(receiver.url());
    }

}
