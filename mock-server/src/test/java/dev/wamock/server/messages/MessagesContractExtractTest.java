package dev.wamock.server.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The shipped extraction of the send operation is what {@link MessagesContractExtract} makes of Meta's OpenAPI. */
class MessagesContractExtractTest {
    @Test
    void theShippedExtractionIsTheOneGeneratedFromMetasOpenApi() throws IOException {
        assertThat(Files.readString(MessagesContractExtract.TARGET))
                .as("regenerate with MessagesContractExtract.main from mock-server/")
                .isEqualTo(MessagesContractExtract.extract());
    }
}
