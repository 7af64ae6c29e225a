package bench;

import dev.wamock.junit.WamockHandle;
import dev.wamock.junit.WamockTest;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** bench.tests tests, each one request to its own fresh wamock server (the default PER_TEST lifetime). */
@WamockTest
class WamockPerTest {

    static IntStream indexes() {
        return Expected.indexes();
    }

    @ParameterizedTest
    @MethodSource("indexes")
    void oneRequestToAFreshServer(int index, WamockHandle wamock) throws Exception {
        Expected.getAndCheck(wamock.baseUrl());
    }
}
