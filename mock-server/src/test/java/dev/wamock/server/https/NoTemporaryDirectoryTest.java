package dev.wamock.server.https;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Where no temporary file can be written (the image has no /tmp), HTTPS still starts: the CA is served at
 * {@code /__wamock/ca.pem} and the banner says so, instead of the start failing on the PEM file.
 */
@Timeout(120)
class NoTemporaryDirectoryTest {
    @Test
    void httpsStartsAndTheBannerPointsAtTheAdminApiForTheCa() throws Exception {
        try (ChildCli cli = ChildCli.start(List.of("-Djava.io.tmpdir=/nonexistent/wamock-tmp"), "--https-port", "0")) {
            Matcher http = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(cli.line("wamock "));
            assertThat(http.find()).as("%s", cli.lines()).isTrue();
            String base = http.group(1);

            assertThat(cli.line("https: ")).contains("(trust the CA in the file you save from " + base + "/__wamock/ca.pem");
            Reply ca = Http.to(base).get("/__wamock/ca.pem");
            assertThat(ca.status()).isEqualTo(200);
            assertThat(ca.body()).startsWith("-----BEGIN CERTIFICATE-----");
            assertThat(Http.to(base).get("/__wamock/health").json().get("https").has("caPemFile"))
                    .isFalse();
        }
    }
}
