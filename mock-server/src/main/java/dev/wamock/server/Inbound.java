package dev.wamock.server;

import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.internal.webhooks.SessionWebhooks;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * Messages a WhatsApp user sends to a business number, injected by a test ({@link WamockServer#inbound()}): each is
 * delivered to the callback as a {@code messages} webhook (signed and retried like statuses, timestamped on the scenario
 * clock) and opens the 24-hour customer service window with that user. Each method returns the message's fresh wamid.
 */
public final class Inbound {
    /** The profile name users get unless {@link #named(String)} says otherwise. */
    public static final String DEFAULT_NAME = "Wamock User";
    private final SessionWebhooks session;
    private final String phoneNumberId;
    private final String name;

    Inbound(SessionWebhooks session, String phoneNumberId, String name) {
        this.session = session;
        this.phoneNumberId = Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The same, to the business number {@code id} (the first fixture number by default). */
    public Inbound to(String id) {
        return new Inbound(session, id, name);
    }

    /** The same, from a user whose profile name is {@code profileName}. */
    public Inbound named(String profileName) {
        return new Inbound(session, phoneNumberId, profileName);
    }

    /**
     * A text message {@code body} from the user {@code from} (a WhatsApp ID such as {@code 16505551234}).
     *
     * @throws IllegalArgumentException when {@code from} is not 5 to 20 digits (so for every method here)
     */
    public String text(String from, String body) {
        ObjectNode text = Mappers.JSON.createObjectNode().put("body", Objects.requireNonNull(body, "body"));
        return send(from, "text", text);
    }

    /** An image the user sent, by media ID, with a caption (or null). */
    public String image(String from, String mediaId, String caption) {
        ObjectNode image = Mappers.JSON.createObjectNode().put("id", Objects.requireNonNull(mediaId, "mediaId"))
                .put("mime_type", "image/jpeg");
        if (caption != null) {
            image.put("caption", caption);
        }
        return send(from, "image", image);
    }

    /** A location the user shared. */
    public String location(String from, double latitude, double longitude) {
        return send(from, "location", Mappers.JSON.createObjectNode().put("latitude", latitude)
                .put("longitude", longitude));
    }

    /** A reaction of the user ({@code emoji}) to the message {@code wamid}. */
    public String reaction(String from, String wamid, String emoji) {
        return send(from, "reaction", Mappers.JSON.createObjectNode()
                .put("message_id", Objects.requireNonNull(wamid, "wamid")).put("emoji", Objects.requireNonNull(emoji)));
    }

    /** @throws IllegalArgumentException when {@code from} is not a WhatsApp ID (5 to 20 digits) */
    private String send(String from, String type, ObjectNode content) {
        return session.inbound(phoneNumberId, from, name, type, content);
    }
}
