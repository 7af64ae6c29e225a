package dev.wamock.client;

import dev.wamock.client.internal.AdminHttp;
import dev.wamock.scenarios.engine.Mappers;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * Messages a WhatsApp user sends to a running server's business number, through {@code POST /__wamock/inbound}
 * ({@link WamockClient#inbound()}): the same methods as the in-process server's {@code server.inbound()}. Each is a
 * {@code messages} webhook to the session's callback (signed and retried like statuses, timestamped on the session's
 * scenario clock) and opens the user's 24-hour customer service window; each returns the message's fresh wamid.
 * Immutable: {@link #to(String)} and {@link #named(String)} give changed copies.
 */
public final class Inbound {
    private final AdminHttp admin;
    /** The business number's ID, or null: the server's first fixture number. */
    private final String to;
    /** The user's profile name, or null: the server's default ({@code Wamock User}). */
    private final String name;

    Inbound(AdminHttp admin, String to, String name) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.to = to;
        this.name = name;
    }

    /** The same, to the business number {@code phoneNumberId} (the server's first fixture number by default). */
    public Inbound to(String phoneNumberId) {
        return new Inbound(admin, Objects.requireNonNull(phoneNumberId, "phoneNumberId"), name);
    }

    /** The same, from a user whose profile name is {@code profileName} ({@code Wamock User} by default). */
    public Inbound named(String profileName) {
        return new Inbound(admin, to, Objects.requireNonNull(profileName, "profileName"));
    }

    /**
     * A text message {@code body} from the user {@code from} (a WhatsApp ID such as {@code 16505551234}).
     *
     * @throws IllegalArgumentException when the server refuses a value (so for every method here): {@code from} not 5
     *                                  to 20 digits, a blank text, an unknown business number; with its message
     */
    public String text(String from, String body) {
        return post(message(from, "text").put("text", Objects.requireNonNull(body, "body")));
    }

    /** An image the user sent, by media ID, with a caption (or null). */
    public String image(String from, String mediaId, String caption) {
        ObjectNode image = message(from, "image").put("mediaId", Objects.requireNonNull(mediaId, "mediaId"));
        return post(caption == null ? image : image.put("caption", caption));
    }

    /** A location the user shared. */
    public String location(String from, double latitude, double longitude) {
        return post(message(from, "location").put("latitude", latitude).put("longitude", longitude));
    }

    /** A reaction of the user ({@code emoji}) to the message {@code wamid}. */
    public String reaction(String from, String wamid, String emoji) {
        return post(message(from, "reaction").put("messageId", Objects.requireNonNull(wamid, "wamid"))
                .put("emoji", Objects.requireNonNull(emoji, "emoji")));
    }

    /** The admin body's common part: {@code from}, {@code type}, and {@code to} and {@code name} when set. */
    private ObjectNode message(String from, String type) {
        ObjectNode json = Mappers.JSON.createObjectNode().put("from", Objects.requireNonNull(from, "from"))
                .put("type", type);
        if (to != null) {
            json.put("to", to);
        }
        if (name != null) {
            json.put("name", name);
        }
        return json;
    }

    /** {@code POST /__wamock/inbound}; the answer's wamid. */
    private String post(ObjectNode json) {
        String answer = admin.send("POST", "/inbound", Mappers.JSON.writeValueAsString(json));
        return Mappers.JSON.readTree(answer).path("wamid").asString();
    }
}
