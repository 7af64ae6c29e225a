package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.engine.Mappers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits' defaults, withers, JSON shape and files. */
class MessagingLimitsTest {
    @TempDir
    Path dir;

    @Test
    void the_defaults_are_metas_documented_values_and_hello_world() {
        MessagingLimits d = MessagingLimits.defaults();
        assertThat(d.messagesPerSecond()).isEqualTo(80);
        assertThat(d.pairInterval()).isEqualTo(Duration.ofSeconds(6));
        assertThat(d.pairBurst()).isEqualTo(45);
        assertThat(d.serviceWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(d.marketingPerUserPerDay()).isNull();
        assertThat(d.templates()).isEmpty();
    }

    @Test
    void the_json_form_reads_back_and_missing_keys_take_the_defaults() {
        MessagingLimits limits = MessagingLimits.defaults().withMessagesPerSecond(10)
                .withPairLimit(Duration.ofMillis(1500), 3).withUndeliverable("+1 555-000-9999")
                .withMarketingPerUserPerDay(2).withTemplate(MessageTemplate.approved("promo", "pt_BR",
                        MessageTemplate.Category.MARKETING, 1));
        String json = Mappers.JSON.writeValueAsString(limits);
        assertThat(json).contains("\"pairInterval\":\"1500ms\"", "\"undeliverable\":[\"15550009999\"]");
        assertThat(Mappers.STRICT_JSON.readValue(json, MessagingLimits.class)).isEqualTo(limits);
        assertThat(Mappers.STRICT_JSON.readValue("{\"messagesPerSecond\": 5}", MessagingLimits.class))
                .isEqualTo(MessagingLimits.defaults().withMessagesPerSecond(5));
    }

    @Test
    void bad_values_are_refused_with_the_rule_and_the_value() {
        assertThatThrownBy(() -> MessagingLimits.defaults().withMessagesPerSecond(0))
                .hasMessage("messagesPerSecond must be at least 1 but was 0");
        assertThatThrownBy(() -> MessagingLimits.defaults().withPairLimit(Duration.ZERO, 1))
                .hasMessageContaining("pairInterval must be a positive duration");
        assertThatThrownBy(() -> Mappers.STRICT_JSON.readValue("{\"pairBurst\": 1, \"burst\": 2}", MessagingLimits.class))
                .hasMessageContaining("burst");
        assertThatThrownBy(() -> new MessageTemplate(" ", "en_US", null, 0, null)).hasMessageContaining("'name'");
    }

    @Test
    void a_file_reads_as_its_json_and_yaml_reads_too() throws Exception {
        Path json = Files.writeString(dir.resolve("limits.json"), "{\"messagesPerSecond\": 3, \"serviceWindow\": \"1h\"}");
        Path yaml = Files.writeString(dir.resolve("limits.yaml"), "messagesPerSecond: 3\nserviceWindow: 1h\n");
        MessagingLimits expected = MessagingLimits.defaults().withMessagesPerSecond(3).withServiceWindow(Duration.ofHours(1));

        assertThat(MessagingLimits.load(json)).isEqualTo(expected);
        assertThat(MessagingLimits.load(yaml)).isEqualTo(expected);
        assertThat(MessagingLimits.parse("empty.json", "{}")).isEqualTo(MessagingLimits.defaults());
    }

    @Test
    void the_example_of_docs_messages_md_is_a_file_of_limits() throws Exception {
        String page = Files.readString(Path.of("..", "docs", "messages.md"));
        int start = page.indexOf("```json\n{\"messagesPerSecond\"");
        String block = page.substring(start + "```json\n".length(), page.indexOf("```", start + 3));

        assertThat(MessagingLimits.parse("messages.md", block).messagesPerSecond()).isEqualTo(3);
    }

    @Test
    void a_bad_file_names_file_line_column_and_field() {
        assertThat(invalid("{\n  \"pairBurst\": 4,\n  \"pairInterval\": \"soon\"\n}"))
                .hasMessage("l.json:3:3: field 'pairInterval': pairInterval must be a duration such as 250ms, 6s, 10m or"
                        + " 24h but was 'soon'")
                .satisfies(e -> assertThat(e.field()).isEqualTo("pairInterval"));
        assertThat(invalid("{\n  \"serviceWindow\": \"1h\",\n  \"marketingPerUserPerDay\": 0\n}"))
                .hasMessage("l.json:3:3: field 'marketingPerUserPerDay': marketingPerUserPerDay must be at least 1 but"
                        + " was 0");
        assertThat(invalid("{\"templates\": [{\"name\": \"x\", \"language\": \"en_US\", \"category\": \"PROMO\"}]}"))
                .hasMessageStartingWith("l.json:1:").hasMessageContaining("field 'templates[0].category'");
        assertThat(invalid("")).hasMessageStartingWith("l.json:1:1: the file is empty");
        assertThat(invalid("null")).hasMessageStartingWith("l.json:1:1: the file holds no JSON object");
    }

    @Test
    void a_file_that_is_not_there_cannot_be_read() {
        assertThatThrownBy(() -> MessagingLimits.load(dir.resolve("nope.json"))).isInstanceOf(InvalidFileException.class)
                .hasMessageStartingWith("cannot read " + dir.resolve("nope.json") + ": ");
    }

    private static InvalidFileException invalid(String content) {
        try {
            MessagingLimits.parse("l.json", content);
        } catch (InvalidFileException e) {
            return e;
        }
        throw new AssertionError("no InvalidFileException for " + content);
    }
}
