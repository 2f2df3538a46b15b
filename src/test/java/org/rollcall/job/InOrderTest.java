package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Pieces done side by side come back in their order; a failure is thrown as it was thrown. */
class InOrderTest {

    @Test
    void resultsComeBackInThePiecesOrderWhateverOrderTheyEndIn() throws Exception {
        // given pieces that end in the reverse of their order
        List<Callable<Integer>> pieces = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            pieces.add(() -> {
                Thread.sleep(10L * (5 - n));
                return n;
            });
        }

        // when / then
        assertThat(InOrder.run("test", pieces)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void theFirstFailureInThePiecesOrderIsThrownAsItWasThrown() {
        // given a second and a third piece that fail
        List<Callable<String>> pieces = List.of(() -> "a", () -> {
            throw new IllegalStateException("second");
        }, () -> {
            throw new IllegalArgumentException("third");
        });

        // when / then
        assertThatThrownBy(() -> InOrder.run("test", pieces)).isInstanceOf(IllegalStateException.class).hasMessage("second");
    }

    @Test
    void noPieceOrOneIsDoneOnTheCallingThread() throws Exception {
        assertThat(InOrder.run("test", List.<Callable<String>>of())).isEmpty();
        assertThat(InOrder.run("test", List.of(() -> Thread.currentThread().getName()))).containsExactly(Thread.currentThread().getName());
    }
}
