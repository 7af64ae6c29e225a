package dev.wamock.assertions;

/** Assertions on one answer of the endpoint; start with {@link WamockAssertions#assertThat(GraphResponse)}. */
public class ResponseAssert extends AbstractResponseAssert<ResponseAssert, GraphResponse> {

    /** Assertions on {@code actual}. */
    public ResponseAssert(GraphResponse actual) {
        super(actual, ResponseAssert.class);
    }
}
