package dev.wamock.server.internal.admin;

import dev.wamock.scenarios.GraphError;
import dev.wamock.server.internal.errors.GraphErrorException;
import dev.wamock.server.internal.jetty.Routes;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * The dashboard, {@code GET /__wamock/ui}: a page shell and its scripts and styles, hand-written files on the class
 * path ({@code dev/wamock/server/ui/}), so it works offline, from the jar and in the image alike. The timeline chart's
 * {@code timeline.js} and {@code timeline.css} come from the scenarios module
 * ({@code dev/wamock/scenarios/timeline/}); the page loads them only when they are there. Every answer carries a
 * Content-Security-Policy that allows this server's own scripts, styles and connections only (no inline script or
 * style, no frame, no form), and {@code Cache-Control: no-cache} with an ETag. The files hold no data: the page asks
 * the admin API for it, with the admin token when the server has one, so {@link AdminGuard} lets them through without
 * one (after its Origin and Host checks).
 */
public final class UiRoutes {
    static final String PAGE = Routes.ADMIN_PREFIX + "/ui";
    /** The Content-Security-Policy of every dashboard answer (docs/dashboard.md quotes it). */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*\\.(js|css)");
    private static final String TIMELINE_MARK = "<!-- wamock:timeline -->";

    private UiRoutes() {
    }

    static void register(JavalinConfig config) {
        config.routes.get(PAGE, ctx -> serve(ctx, UiAssets.get().index()));
        config.routes.get(PAGE + "/{file}", ctx -> serve(ctx, file(ctx.pathParam("file"))));
        config.routes.head(PAGE, ctx -> serve(ctx, UiAssets.get().index()));
        config.routes.head(PAGE + "/{file}", ctx -> serve(ctx, file(ctx.pathParam("file"))));
    }

    /** Whether {@code path} is one of the dashboard's files (the shell or an asset). */
    static boolean isPage(String path) {
        return path.equals(PAGE) || (path.startsWith(PAGE + "/") && path.indexOf('/', PAGE.length() + 1) < 0);
    }

    /** The page with the timeline's tags where its mark is, when the timeline's files are on the class path. */
    static String withTimeline(String html, boolean script, boolean styles) {
        String tags = (styles ? "<link rel=\"stylesheet\" href=\"" + PAGE + "/timeline.css\">" : "")
                + (script ? "<script src=\"" + PAGE + "/timeline.js\"></script>" : "");
        return html.replace(TIMELINE_MARK, tags);
    }

    private static UiAssets.Asset file(String name) {
        UiAssets.Asset asset = NAME.matcher(name).matches() ? UiAssets.get().file(name) : null;
        if (asset == null) {
            String where = UiAssets.isTimeline(name) ? "; the timeline chart's files come from the scenarios module's"
                    + " dev/wamock/scenarios/timeline/, which this build does not have" : "";
            throw new GraphErrorException(404, GraphError.of("wamock admin: the dashboard has no file '" + name + "'" + where
                    + "; open " + PAGE + " for the page", "GraphMethodException", 100));
        }
        return asset;
    }

    private static void serve(Context ctx, UiAssets.Asset asset) {
        ctx.header("Content-Security-Policy", CSP).header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer").header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-cache").header("ETag", asset.etag());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.type()).result(asset.body());
    }
}
