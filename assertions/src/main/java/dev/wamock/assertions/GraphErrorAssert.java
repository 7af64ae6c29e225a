package dev.wamock.assertions;

/** Assertions on a Graph error answer; see {@link AbstractGraphErrorAssert}. */
public class GraphErrorAssert extends AbstractGraphErrorAssert<GraphErrorAssert, GraphResponse> {

    public GraphErrorAssert(GraphResponse actual) {
        super(actual, GraphErrorAssert.class);
    }
}
