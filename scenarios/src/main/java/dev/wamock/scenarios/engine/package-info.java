/**
 * Not API: wamock's scenario engine and the implementation its modules share. A {@link
 * dev.wamock.scenarios.engine.ScenarioRun} plays a scenario and answers each request's {@link
 * dev.wamock.scenarios.engine.RequestFacts facts} with a {@link dev.wamock.scenarios.engine.Decision}; the in-process
 * {@link dev.wamock.scenarios.engine.MockClock clock}, rate-limit windows, the Jackson mappers and the bounded file
 * reader live here too. Public only so that wamock's own modules (the server, the Redis store, the client, the
 * container) can use them; a test drives a server through {@link dev.wamock.scenarios.WamockControl} and
 * {@link dev.wamock.scenarios.WamockClock} instead. Anything here may change in any release; it is left out of the
 * javadoc, like the {@code internal} packages, and the architecture test keeps it out of the signatures of the
 * public API of the other modules.
 */
package dev.wamock.scenarios.engine;
