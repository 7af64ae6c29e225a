package dev.wamock.server.reliability;

/**
 * Inputs that hit a main-code bug the HTTP fuzz found and {@link KnownServerBugsTest} reproduces: the
 * properties count them instead of failing, so they keep guarding everything else. Each rule only
 * excuses the buggy answer itself; delete it once the bug is fixed.
 */
final class KnownServerBugs {
    private KnownServerBugs() {
    }

    /**
     * A method other than the seven Routes registers its fallback for (TRACE, PROPFIND, "get", any extension
     * method) gets Javalin's own 404 {@code "Endpoint TRACE /… not found"}: text/plain, or with {@code Accept:
     * application/json} a problem-details JSON ({@code title}, {@code status}, {@code type}) — not Graph's envelope.
     */
    static boolean extensionMethod(Wire.Answer answer) {
        return answer.status() == 404 && (answer.text().startsWith("Endpoint ")
                || answer.text().contains("\"title\": \"Endpoint ") || answer.text().contains("\"title\":\"Endpoint "));
    }

    /**
     * A path segment with a {@code ;} parameter holding an invalid percent-escape ({@code /v23.0;%zz/…}): Jetty
     * lets it through, Javalin's pathParam decoding throws, the catch-all answers 500 (code 1) and logs ERROR.
     */
    static boolean pathParameterEscape(String raw, Wire.Answer answer) {
        String target = raw.substring(raw.indexOf(' ') + 1);
        target = target.substring(0, Math.max(0, target.indexOf(' ')));
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        return answer.status() == 500 && answer.text().contains("\"code\":1,")
                && java.util.regex.Pattern.compile(";[^/]*%(?![0-9A-Fa-f]{2})").matcher(path).find();
    }
}
