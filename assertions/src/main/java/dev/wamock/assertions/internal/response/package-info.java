/**
 * Internal: not API. The rules on an answer of the endpoint behind {@link dev.wamock.assertions.ResponseAssert},
 * {@link dev.wamock.assertions.AccountNumberAssert} and {@link dev.wamock.assertions.GraphErrorAssert}: the two
 * {@link dev.wamock.assertions.internal.response.ResponseKind kinds} of answer, and the failure messages on a whole
 * response, on a body's values and flags, on its schema and on its fields. Anything here may change in any release.
 */
package dev.wamock.assertions.internal.response;
