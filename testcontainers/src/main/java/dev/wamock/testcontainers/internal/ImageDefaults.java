package dev.wamock.testcontainers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The image this module was built and tested with, {@code wamock/mock-server:<project version>}, read
 * from {@code image.properties} (filtered by Maven). Internal: not part of wamock's API.
 */
public final class ImageDefaults {
    private static final String RESOURCE = "/dev/wamock/testcontainers/image.properties";

    /** {@code wamock/mock-server:0.1.0}, say. */
    public static final String IMAGE = load();

    private ImageDefaults() {
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = ImageDefaults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the wamock-testcontainers jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String image = properties.getProperty("image");
        if (image == null || image.contains("${")) {
            throw new IllegalStateException(RESOURCE + " holds no filtered image name but '" + image + "'");
        }
        return image;
    }
}
