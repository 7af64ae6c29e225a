package dev.wamock.assertions.demo;

import dev.wamock.server.testing.Http;
import java.net.http.HttpResponse;

/** A client of the endpoint, as an application would write one: fetch a number's details. */
interface AccountNumberClient {
    /** The fields every demo client asks for. */
    String FIELDS = "id,status,quality_rating";

    /** The final answer for {@code numberId}, after whatever retries the client makes. */
    HttpResponse<String> fetch(String numberId);

    /** One call as the demo clients make it: {@code GET /v23.0/{numberId}?fields=…} with their token and User-Agent. */
    static HttpResponse<String> get(String baseUrl, String token, String numberId) {
        return Http.to(baseUrl).withToken(token).withHeader("User-Agent", "wamock-demo-client/1.0")
                .response("/v23.0/" + numberId + "?fields=" + FIELDS);
    }
}
