package dev.wamock.assertions.demo;

import java.net.http.HttpResponse;

/** A client of the endpoint, as an application would write one: fetch a number's details. */
interface AccountNumberClient {
    /** The final answer for {@code numberId}, after whatever retries the client makes. */
    HttpResponse<String> fetch(String numberId);
}
