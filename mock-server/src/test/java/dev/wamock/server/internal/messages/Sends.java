package dev.wamock.server.internal.messages;

import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;

/** Sends as a test makes them: {@code POST /v23.0/<number>/messages} with a JSON body and the Graph token. */
final class Sends {
    static final String PATH = "/v23.0/" + Http.NUMBER + "/messages";
    static final String TEXT = """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"+1 555-010-4821","type":"text",
             "text":{"body":"hello"}}""";

    private Sends() {
    }

    /** {@code json} sent as a message, with Content-Type application/json and the test token. */
    static Reply send(Http http, String json, String... headerPairs) {
        String[] headers = new String[headerPairs.length + 4];
        headers[0] = "Content-Type";
        headers[1] = "application/json";
        headers[2] = "Authorization";
        headers[3] = "Bearer " + Http.TOKEN;
        System.arraycopy(headerPairs, 0, headers, 4, headerPairs.length);
        return http.send("POST", PATH, json, headers);
    }
}
