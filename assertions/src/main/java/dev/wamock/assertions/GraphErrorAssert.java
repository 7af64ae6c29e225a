package dev.wamock.assertions;

/** Assertions on a Graph error answer; see {@link AbstractGraphErrorAssert}. */
public class GraphErrorAssert extends AbstractGraphErrorAssert<GraphErrorAssert, GraphResponse> {

    /** Assertions on the Graph error of {@code actual}. */
    public GraphErrorAssert(GraphResponse actual) {
        super(actual, GraphErrorAssert.class);
    }
}
