package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/fidelity.md's table of WhatsApp's errors names every catalogue entry with its code, title and status. */
class WhatsAppFidelityDocTest {

    @Test
    void every_catalogue_entry_has_its_row_in_docs_fidelity() throws Exception {
        String page = Files.readString(Path.of("..", "docs", "fidelity.md"));
        String section = page.substring(page.indexOf("## WhatsApp's rules on sends"));
        assertThat(WhatsAppErrors.all()).allSatisfy(e -> assertThat(section).contains(
                "| `" + e.name() + "` | " + e.code() + " | " + e.title() + " | " + e.status() + " | "
                        + (e.delivery() == WhatsAppError.Delivery.REFUSED ? "refused" : "failed status") + " |"));
    }
}
