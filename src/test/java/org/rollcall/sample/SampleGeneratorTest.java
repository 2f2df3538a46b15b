package org.rollcall.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void committedSampleIsWhatTheGeneratorWrites() {
        SampleGenerator.write(dir);
        for (String text : new String[] {"gobierno/comunicado-amnistia-2026-11-20.txt", "tribunales/decisiones-2026-11-21.csv", "sample-truth.json"}) {
            assertThat(dir.resolve(text)).as(text + ": regenerate with java -jar target/rollcall.jar generate-sample input")
                    .hasSameBinaryContentAs(Path.of("input").resolve(text));
        }
    }

    @Test
    void truthIsSizedLikeTheRealCase() {
        SampleTruth truth = SampleGenerator.write(dir);
        assertThat(truth.figures().get("ngo-rows") + truth.figures().get("rejected-rows")).isBetween(640L, 670L);
        assertThat(truth.figures()).containsEntry("announced", 379L);
        assertThat(truth.figures().get("listed")).isLessThan(379L);
        assertThat(SampleTruth.read(dir.resolve("sample-truth.json"))).isEqualTo(truth);
    }
}
