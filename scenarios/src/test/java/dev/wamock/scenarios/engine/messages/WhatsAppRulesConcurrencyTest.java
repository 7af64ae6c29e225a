package dev.wamock.scenarios.engine.messages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.MessagingLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many threads at one clock reading: exactly the limit goes, whatever the interleaving. */
class WhatsAppRulesConcurrencyTest {

    @Test
    void eight_threads_sending_400_messages_in_one_second_get_exactly_80_accepted() throws Exception {
        WhatsAppRules rules = new WhatsAppRules(MessagingLimits.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<int[]>> results = new ArrayList<>();
        try {
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int accepted = 0;
                    int pairRefusals = 0;
                    for (int i = 0; i < 50; i++) {
                        // 25 recipients per thread, two sends each: the second to a recipient is within its burst
                        SendVerdict v = rules.check(Sends.helloWorld("1555" + thread + "0" + (i % 25)), Sends.seconds(i * 0.01));
                        accepted += v.accepted() ? 1 : 0;
                        pairRefusals += !v.accepted() && v.refusal().code() == 131056 ? 1 : 0;
                    }
                    return new int[] {accepted, pairRefusals};
                }));
            }
            start.countDown();
            int accepted = 0;
            int pairRefusals = 0;
            for (Future<int[]> f : results) {
                int[] r = f.get(30, TimeUnit.SECONDS);
                accepted += r[0];
                pairRefusals += r[1];
            }
            assertThat(accepted).isEqualTo(80);
            assertThat(pairRefusals).isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}
