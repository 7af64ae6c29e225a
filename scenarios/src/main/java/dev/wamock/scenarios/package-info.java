/**
 * The domain of wamock, with no HTTP server in it: the endpoint's contract ({@link dev.wamock.scenarios.Contract},
 * the enums of its fields, the {@link dev.wamock.scenarios.DocumentedErrors documented errors}), the account-number
 * {@link dev.wamock.scenarios.Fixtures fixtures}, the scenario model ({@link dev.wamock.scenarios.Scenario},
 * {@link dev.wamock.scenarios.Step}, triggers and effects, from Java or from YAML/JSON files) with its built-in
 * catalogue, the {@link dev.wamock.scenarios.Journal journal} of what a server received and answered, the
 * {@link dev.wamock.scenarios.WamockClock scenario clock}, and {@link dev.wamock.scenarios.WamockControl}, the one
 * interface through which a test drives a server, in-process or in a container. The engine that plays scenarios
 * ({@code dev.wamock.scenarios.engine}) and the {@code internal} package are not API.
 */
package dev.wamock.scenarios;
