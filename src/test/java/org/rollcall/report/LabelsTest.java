package org.rollcall.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rollcall.text.Messages;

/** Figure labels in the report's language: a default reason's from the bundle, a job file's reason its own. */
class LabelsTest {

    private final Labels spanish = new Labels("es");

    @Test
    void aDefaultReasonTakesTheBundlesLabel() {
        String english = Messages.of("en").get("figure.not-amnestied-terrorism");

        assertThat(spanish.figure("not-amnestied-terrorism", english)).isEqualTo(Messages.of("es").get("figure.not-amnestied-terrorism"));
    }

    @Test
    void aJobFileReasonWithADefaultsIdKeepsItsOwnLabel() {
        String label = spanish.figure("not-amnestied-terrorism", "not amnestied: el delito contiene [terrorismo]");

        assertThat(label).isEqualTo("no amnistiadas: el delito contiene [terrorismo]").doesNotContain("salvo");
    }

    @Test
    void aJobFileReasonOfItsOwnIdIsLabelledInTheReportsLanguage() {
        assertThat(spanish.figure("not-amnestied-pending", "not amnestied: pendientes")).isEqualTo("no amnistiadas: pendientes");
        assertThat(new Labels("en").figure("not-amnestied-pending", "not amnestied: pending")).isEqualTo("not amnestied: pending");
    }

    @Test
    void otherFiguresTakeTheBundlesLabel() {
        assertThat(spanish.figure("not-amnestied", "x")).isEqualTo(Messages.of("es").get("figure.not-amnestied"));
    }
}
