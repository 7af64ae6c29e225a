package dev.wamock.testcontainers;

import java.time.Duration;
import java.util.Map;

/**
 * What the container tests need from this machine — a Docker engine, the wamock image, and Ryuk's image unless
 * Ryuk is disabled — and what to do when something is missing: skip with a one-line reason outside CI, fail in
 * CI ({@code CI} set to anything but {@code false}). Pure: the machine is a {@link DockerHost}.
 */
final class ContainerPrerequisites {
    /** How long the engine may try to pull Ryuk's image before it counts as unreachable. */
    static final Duration PULL_LIMIT = Duration.ofSeconds(15);
    static final String RYUK_DISABLED = "TESTCONTAINERS_RYUK_DISABLED";
    private static final String HOW = "docs/container.md, 'Build the image'";

    private ContainerPrerequisites() {
    }

    /** The Docker engine as the container tests see it. */
    interface DockerHost {
        boolean engineAnswers();

        /** Whether {@code image} is in the engine's local store. */
        boolean hasImage(String image);

        /** Whether the engine pulled {@code image} within {@code limit}. */
        boolean pulled(String image, Duration limit);
    }

    /** Run, skip or fail, and why, in one line. */
    record Verdict(Kind kind, String reason) {
        enum Kind { RUN, SKIP, FAIL }
    }

    static Verdict decide(Map<String, String> env, DockerHost host, String image, String ryukImage) {
        String missing = missing(env, host, image, ryukImage);
        if (missing == null) {
            return new Verdict(Verdict.Kind.RUN, "a Docker engine with " + image + " answers");
        }
        String ci = env.get("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            return new Verdict(Verdict.Kind.FAIL, "wamock container tests cannot run with CI=" + ci + ": " + missing);
        }
        return new Verdict(Verdict.Kind.SKIP,
                "wamock container tests skipped: " + missing + " (in CI, with CI=true, this fails instead)");
    }

    private static String missing(Map<String, String> env, DockerHost host, String image, String ryukImage) {
        if (!host.engineAnswers()) {
            return "no Docker engine answers";
        }
        if (!host.hasImage(image)) {
            return "image " + image + " is not loaded; build it (" + HOW + ")";
        }
        boolean ryuk = !Boolean.parseBoolean(env.get(RYUK_DISABLED)); // how Testcontainers' ResourceReaper reads it
        if (ryuk && !host.hasImage(ryukImage) && !host.pulled(ryukImage, PULL_LIMIT)) {
            return "set " + RYUK_DISABLED + "=true: Ryuk's image (" + ryukImage + ") cannot be pulled here, and"
                    + " Testcontainers would retry the pull for minutes";
        }
        return null;
    }
}
