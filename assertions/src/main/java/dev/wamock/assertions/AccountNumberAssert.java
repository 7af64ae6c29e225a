package dev.wamock.assertions;

/** Typed assertions on account number details; see {@link AbstractAccountNumberAssert}. */
public class AccountNumberAssert extends AbstractAccountNumberAssert<AccountNumberAssert, GraphResponse> {

    /** Assertions on the account number details of {@code actual}. */
    public AccountNumberAssert(GraphResponse actual) {
        super(actual, AccountNumberAssert.class);
    }
}
