package dev.wamock.assertions;

/** Expected failure messages written as text blocks, with this platform's line separators. */
final class Messages {
    private Messages() {
    }

    /** {@code textBlock} with each {@code \n} turned into the line separator AssertJ and the timeline use. */
    static String text(String textBlock) {
        return textBlock.replace("\n", System.lineSeparator());
    }
}
