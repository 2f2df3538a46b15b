package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;

/** Which context a command starts: the AOT-generated one from the packaged jar only, the ordinary one from classes (tests). */
class RollcallApplicationTest {

    @Test
    void runFromAFolderOfClassesTheContextStartsTheOrdinaryWayWithRollcallApplicationAsItsMainClass() {
        // when
        SpringApplication app = RollcallApplication.application();
        // then: no generated bean definitions (tests add beans and change conditions), and the AOT initializer would be
        // looked up under RollcallApplication's name, not under the name of the class whose main method started the JVM
        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
        assertThat(app.getMainApplicationClass()).isEqualTo(RollcallApplication.class);
        assertThat(RollcallApplication.AOT_INITIALIZER).isEqualTo("org.rollcall.job.RollcallApplication__ApplicationContextInitializer");
    }
}
