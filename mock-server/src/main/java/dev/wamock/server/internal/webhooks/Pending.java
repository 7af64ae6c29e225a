package dev.wamock.server.internal.webhooks;

/**
 * One delivery waiting for its turn, immutable: what to POST, which try it is and when it is due on the scenario
 * clock. {@code next} is the delivery that follows it in its message's chain (the next status), queued once this one
 * is settled (taken, or given up), so a message's statuses arrive in the chain's order.
 *
 * @param deliveryId the same for every try of this delivery
 * @param field      {@code statuses} or {@code messages}
 * @param wamid      the message it is about
 * @param status     the status, or null for {@code messages}
 * @param body       the JSON body, as signed
 * @param attempt    1 for the first try
 * @param dueNanos   the scenario clock reading it is due at
 * @param order      ties on {@code dueNanos} go by it (the order deliveries were made in)
 * @param next       the next delivery of the chain, or null
 */
record Pending(String deliveryId, String field, String wamid, String status, String body, int attempt, long dueNanos,
               long order, Pending next) {

    /** The retry of this delivery, due at {@code due}. */
    Pending retry(long due) {
        return new Pending(deliveryId, field, wamid, status, body, attempt + 1, due, order, next);
    }

    /** This delivery due no earlier than {@code notBefore}. */
    Pending notBefore(long notBefore) {
        return dueNanos >= notBefore ? this
                : new Pending(deliveryId, field, wamid, status, body, attempt, notBefore, order, next);
    }

    /** How many deliveries this chain holds, this one included. */
    int chainLength() {
        int n = 0;
        for (Pending p = this; p != null; p = p.next) {
            n++;
        }
        return n;
    }
}
