package dev.wamock.server.internal.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard's files, read from the class path on first use and kept: {@code dev/wamock/server/ui/} for the page,
 * {@code dev/wamock/scenarios/timeline/} for the timeline chart's {@code timeline.js} and {@code timeline.css}.
 */
final class UiAssets {
    private static final String UI = "/dev/wamock/server/ui/";
    private static final String TIMELINE = "/dev/wamock/scenarios/timeline/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8");

    /** One file: its bytes, its Content-Type and its ETag (a digest of the bytes). */
    record Asset(byte[] body, String type, String etag) {
    }

    private static final class Holder {
        static final UiAssets INSTANCE = new UiAssets();
    }

    private final Map<String, Optional<Asset>> files = new ConcurrentHashMap<>();
    private final Asset index;

    private UiAssets() {
        byte[] html = read(UI + "index.html");
        if (html == null) {
            throw new IllegalStateException("the dashboard's " + UI + "index.html is not on the class path");
        }
        String page = UiRoutes.withTimeline(new String(html, StandardCharsets.UTF_8),
                file("timeline.js") != null, file("timeline.css") != null);
        this.index = asset(page.getBytes(StandardCharsets.UTF_8), "html");
    }

    static UiAssets get() {
        return Holder.INSTANCE;
    }

    /** Whether {@code name} is one of the timeline chart's files. */
    static boolean isTimeline(String name) {
        return name.equals("timeline.js") || name.equals("timeline.css");
    }

    /** The page shell. */
    Asset index() {
        return index;
    }

    /** The file of this (checked) name, or null when there is none. */
    Asset file(String name) {
        return files.computeIfAbsent(name, n -> {
            byte[] body = read((isTimeline(n) ? TIMELINE : UI) + n);
            return Optional.ofNullable(body == null ? null : asset(body, n.substring(n.lastIndexOf('.') + 1)));
        }).orElse(null);
    }

    private static Asset asset(byte[] body, String extension) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            String etag = "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
            return new Asset(body, TYPES.get(extension), etag);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = UiAssets.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the class path", e);
        }
    }
}
