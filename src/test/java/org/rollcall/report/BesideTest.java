package org.rollcall.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BesideTest {

    @Test
    void joinWaitsForTheFileToBeWritten() throws Exception {
        // given a writing that ends only when the caller lets it
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean written = new AtomicBoolean();
        try (Beside beside = new Beside("test", () -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.set(true);
        })) {
            // when the caller has done its own part and joins
            go.countDown();
            beside.join();

            // then the file is written
            assertThat(written).isTrue();
        }
    }

    @Test
    void joinThrowsWhatWritingThrew() {
        // given a writing that fails (a full disk)
        try (Beside beside = new Beside("test", () -> {
            throw new IOException("No space left on device");
        })) {
            // when / then the caller sees the same failure
            assertThatThrownBy(beside::join).isInstanceOf(IOException.class).hasMessage("No space left on device");
        }
    }

    @Test
    void closeWaitsForTheWritingEvenWhenTheCallerFailedFirst() {
        // given a writing still under way when the caller's own part fails
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean written = new AtomicBoolean();
        assertThatThrownBy(() -> {
            try (Beside beside = new Beside("test", () -> {
                started.countDown();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                written.set(true);
            })) {
                started.await();
                throw new IOException("the caller's file failed");
            }
        }).hasMessage("the caller's file failed");

        // then no file is still being written once the caller is out
        assertThat(written).isTrue();
    }
}
