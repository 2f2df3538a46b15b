package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.job.NightRuns.Night;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nights of a small NGO list (the trial-16 tester's five rows) and a one-name communiqué, run end
 * to end: corrected rows keep their people's ids, and a night whose NGO file could not be read is
 * not what the next night's changes are measured against. Every figure below is counted by hand
 * from the rows.
 */
class CorrectionsAcrossNightsTests {

    private static final String HEADER = "Nº;Nombre y apellido;C.I.;Fecha de detención;Estatus;Fecha de excarcelación";

    /** Night 1: two people without cédula, a cédula with a typo, a released man, and the one amnestied man. */
    private static final String NIGHT_1 = HEADER + "\r\n"
            + "1;Díaz Ramírez, Rafael;no posee;05/02/2026;Detenido;\r\n"
            + "2;DE LEÓN ARRÁIZ OMIRA;no posee;14/03/2025;Detenida;\r\n"
            + "3;Pérez Lugo, Ana Karina;V-11.111.112;01/03/2025;Detenida;\r\n"
            + "4;VETHENCOURT GARCIA, YOHANDRY;V-10.306.378;18/05/2026;Excarcelado;10/11/2026\r\n"
            + "5;Tovar Zerpa, Nelson;V-9.876.543;02/02/2025;Detenido;\r\n";

    /** Night 2: Díaz's cédula found, OMIRA → OMAIRA, Pérez's cédula typo fixed, Vethencourt detained again. */
    private static final String NIGHT_2 = HEADER + "\r\n"
            + "1;Díaz Ramírez, Rafael;V-19.876.543;05/02/2026;Detenido;\r\n"
            + "2;DE LEÓN ARRÁIZ OMAIRA;no posee;14/03/2025;Detenida;\r\n"
            + "3;Pérez Lugo, Ana Karina;V-11.111.111;01/03/2025;Detenida;\r\n"
            + "4;VETHENCOURT GARCIA, YOHANDRY;V-10.306.378;18/05/2026;Re-detenido;\r\n"
            + "5;Tovar Zerpa, Nelson;V-9.876.543;02/02/2025;Detenido;\r\n";

    /** The same people, the sheet sorted by name the other way round and renumbered. */
    private static final String NIGHT_2_RESORTED = HEADER + "\r\n"
            + "1;VETHENCOURT GARCIA, YOHANDRY;V-10.306.378;18/05/2026;Re-detenido;\r\n"
            + "2;Tovar Zerpa, Nelson;V-9.876.543;02/02/2025;Detenido;\r\n"
            + "3;Pérez Lugo, Ana Karina;V-11.111.111;01/03/2025;Detenida;\r\n"
            + "4;DE LEÓN ARRÁIZ OMAIRA;no posee;14/03/2025;Detenida;\r\n"
            + "5;Díaz Ramírez, Rafael;V-19.876.543;05/02/2026;Detenido;\r\n";

    @TempDir
    Path dir;

    @Test
    void correctedRowsKeepTheirIdsAndAreListedAsCorrectionsNotAsNewAndVanished() throws Exception {
        // given night 1, then night 2 correcting three rows and detaining Vethencourt again
        Night first = night("registro-2026-11-20.csv", NIGHT_1);
        Night second = night("registro-2026-11-21.csv", NIGHT_2);
        // then every NGO row keeps its person: P000001 … P000005, in row order both nights
        assertThat(first.code()).as(first.said()).isZero();
        assertThat(second.code()).as(second.said()).isZero();
        assertThat(Reports.entities(second.latest())).isEqualTo(Reports.entities(first.latest()));
        // and by hand: nobody new, nobody gone; one status change (Vethencourt released → detained); three corrections
        assertThat(Reports.figures(second.latest())).containsEntry("changes-new-people", 0L).containsEntry("changes-vanished", 0L)
                .containsEntry("changes-status", 1L).containsEntry("changes-merged", 0L).containsEntry("changes-corrected", 3L);
        assertThat(second.list("changes-corrected")).contains("era «diaz ramirez rafael» (sin cédula)")
                .contains("era «de leon arraiz omira» (sin cédula)").contains("era «perez lugo ana karina» (cédula 11111112)");
    }

    @Test
    void aResortedAndRenumberedSheetStillKeepsTheCorrectedPeoplesIds() throws Exception {
        Night first = night("registro-2026-11-20.csv", NIGHT_1);
        Night second = night("registro-2026-11-21.csv", NIGHT_2_RESORTED);
        Map<String, String> before = Reports.entities(first.latest());
        Map<String, String> after = Reports.entities(second.latest());
        // row 1 of night 1 (Díaz) is row 5 tonight, row 2 (De León) row 4, row 3 (Pérez) row 3
        assertThat(after.get("ngo|5")).isEqualTo(before.get("ngo|1"));
        assertThat(after.get("ngo|4")).isEqualTo(before.get("ngo|2"));
        assertThat(after.get("ngo|3")).isEqualTo(before.get("ngo|3"));
        assertThat(Reports.figures(second.latest())).containsEntry("changes-new-people", 0L).containsEntry("changes-vanished", 0L)
                .containsEntry("changes-status", 1L).containsEntry("changes-corrected", 3L);
    }

    @Test
    void aNightWhoseNgoFileCouldNotBeReadIsNotTheBaselineOfTheNext() throws Exception {
        // given night 1, then a night whose NGO file holds only its header (exit 10), then night 2's list
        Night first = night("registro-2026-11-20.csv", NIGHT_1);
        Night failed = night("registro-2026-11-21.csv", HEADER + "\r\n");
        Night next = night("registro-2026-11-22.csv", NIGHT_2);
        // then the failed night reports nobody as leaving a list: its five NGO people are not compared
        assertThat(failed.code()).as(failed.said()).isEqualTo(10);
        assertThat(Reports.figures(failed.latest())).containsEntry("changes-new-people", 0L).containsEntry("changes-vanished", 0L)
                .containsEntry("changes-status", 0L);
        assertThat(failed.said()).contains("5 personas de la corrida " + first.run() + " estaban en una fuente que no se pudo leer (ngo)");
        // and the next night is measured against night 1, as if the failed night had not been: the same figures as two clean nights
        assertThat(next.code()).as(next.said()).isZero();
        assertThat(Reports.figures(next.latest())).containsEntry("changes-new-people", 0L).containsEntry("changes-vanished", 0L)
                .containsEntry("changes-status", 1L).containsEntry("changes-corrected", 3L);
        assertThat(next.said()).contains("se miden contra la corrida " + first.run()).contains(failed.run());
        assertThat(Reports.entities(next.latest())).isEqualTo(Reports.entities(first.latest()));
    }

    /** Runs the job on an input folder holding only {@code ngoFile} (and the communiqué), as a nightly copy would. */
    private Night night(String ngoFile, String ngoRows) throws Exception {
        NightRuns.ngoFile(dir, ngoFile, "\uFEFF" + ngoRows);
        Files.createDirectories(dir.resolve("in/gobierno"));
        Files.writeString(dir.resolve("in/gobierno/comunicado-2026-11-20.txt"),
                "COMUNICADO\n\nSe otorga amnistía a UN (1) ciudadano:\n\n1. NELSON TOVAR ZERPA, C.I. V-9.876.543\n");
        return NightRuns.run(dir, """
                name: mini
                sources:
                  - id: ngo
                    kind: ngo-list
                    path: %1$s/in/ngo/registro-*.csv
                    format: csv
                    delimiter: ";"
                    date-formats: ["dd/MM/yyyy"]
                    columns: {record-ref: "Nº", full-name: "Nombre y apellido", id-number: "C.I.", detention-date: "Fecha de detención", status: "Estatus", release-date: "Fecha de excarcelación"}
                    statuses: {detained: ["Detenido", "Re-detenido"], released: ["Excarcelado"], conditional-release: ["Liberado con medidas"]}
                  - id: amnistia
                    kind: announcement
                    path: %1$s/in/gobierno/comunicado-*.txt
                    format: txt
                report:
                  language: es
                  output-dir: %1$s/out
                """);
    }
}
