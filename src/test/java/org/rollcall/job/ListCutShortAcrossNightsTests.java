package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rollcall.job.NightRuns.Night;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nights of a fictional NGO list of 40 people with a totals row, one of them copied short at a
 * line end (no broken row, nothing rejected): the fall is said on the console and at the top of
 * the report, and the short night is not what the next night is measured against.
 */
class ListCutShortAcrossNightsTests {

    private static final String HEADER = "Nº;Nombre y apellido;C.I.;Fecha de detención;Estatus";
    private static final String[] SURNAMES = {"Álvarez Ríos", "Blanco Peña", "Carreño Díaz", "Duarte Núñez", "Escalona Mora",
        "Fajardo León", "Guevara Ruiz", "Hernández Oviedo"};
    private static final String[] GIVEN = {"Inés", "Tomás", "Begoña", "Rubén", "Ángel"};

    @TempDir
    Path dir;

    /** The first {@code n} of the 40 people, with the totals row when {@code totals}; CR LF line ends. */
    private static String list(int n, boolean totals) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (int i = 1; i <= n; i++) {
            out.append(i).append(';').append(SURNAMES[(i - 1) % SURNAMES.length]).append(", ").append(GIVEN[(i - 1) / SURNAMES.length])
                    .append(";V-").append(20_000_000 + i * 37).append(";01/03/2025;Detenido\r\n");
        }
        if (totals) {
            out.append("TOTAL DE PRESOS 40;;;;\r\n");
        }
        return out.toString();
    }

    @Test
    void aListCopiedShortAtALineEndIsSaidAndIsNotTheNextNightsBaseline() throws Exception {
        // given night 1 with the 40 people, then a copy cut at a line end after 15 of them (no totals row), then the whole list again
        Night first = night("registro-2026-11-20.csv", list(40, true));
        Night cut = night("registro-2026-11-21.csv", list(15, false));
        Night next = night("registro-2026-11-22.csv", list(40, true));
        assertThat(first.code()).as(first.said()).isZero();
        // then the cut night names the source, both counts, the baseline run, the likely causes and the totals row gone
        assertThat(cut.said()).contains("ngo: 15 registros esta noche contra 40 en la corrida " + first.run())
                .contains("cortada al final de una línea", "filtro puesto en Excel", "total declarado 40");
        assertThat(Files.readString(cut.latest().resolve("report.html"))).contains("15 registros esta noche contra 40");
        // and its 25 missing people are not counted as leaving the list (not compared)
        assertThat(Reports.figures(cut.latest())).containsEntry("changes-vanished", 0L);
        // and the next night is measured against night 1: nobody new, nobody gone
        assertThat(next.code()).as(next.said()).isZero();
        assertThat(next.said()).contains("se miden contra la corrida " + first.run()).contains(cut.run());
        assertThat(Reports.figures(next.latest())).containsEntry("changes-new-people", 0L).containsEntry("changes-vanished", 0L);
        assertThat(Reports.entities(next.latest())).isEqualTo(Reports.entities(first.latest()));
    }

    @Test
    void aListThatStaysShrunkTheNextNightIsTakenAsItsSizeAndItsChangesAreMeasured() throws Exception {
        // given 40 people, then 15 on two nights running (a mass release: the NGO took 25 off its list)
        night("registro-2026-11-20.csv", list(40, false));
        Night fall = night("registro-2026-11-21.csv", list(15, false));
        Night stays = night("registro-2026-11-22.csv", list(15, false));
        // then the first night of the fall is passed over, and the second is measured: 25 people left the list
        assertThat(Reports.figures(fall.latest())).containsEntry("changes-vanished", 0L);
        assertThat(stays.said()).contains("se toma como el tamaño de la lista");
        assertThat(Reports.figures(stays.latest())).containsEntry("changes-vanished", 25L);
    }

    @Test
    void aFallOfAListWithoutATotalsRowSaysNothingOfATotalsRow() throws Exception {
        // given two nights of a list that never had a totals row, the second with 15 of the 40
        night("registro-2026-11-20.csv", list(40, false));
        Night fall = night("registro-2026-11-21.csv", list(15, false));
        // then the fall is said, and no totals row the baseline never had
        assertThat(fall.said()).contains("ngo: 15 registros esta noche contra 40").doesNotContain("total declarado");
    }

    @Test
    void aListThatLostAQuarterOrLessIsNotWarned() throws Exception {
        night("registro-2026-11-20.csv", list(40, true));
        Night second = night("registro-2026-11-21.csv", list(30, true)); // 10 fewer: below the 20 records a warning needs
        assertThat(second.said()).doesNotContain("registros esta noche contra");
        assertThat(Reports.figures(second.latest())).containsEntry("changes-vanished", 10L);
    }

    @Test
    void theSameJobRunTwiceOnTheSameFilesNamesItsBaselineAndSaysTheFilesAreTheSame() throws Exception {
        Night first = night("registro-2026-11-20.csv", list(40, true));
        Night again = run();
        assertThat(again.said()).contains("cambios medidos contra la corrida " + first.run() + ", la base, que leyó exactamente los mismos archivos");
        assertThat(Files.readString(again.latest().resolve("report.html")))
                .contains("Ningún cambio desde la corrida " + first.run() + " (" + first.run().substring(0, 10))
                .contains("leyó exactamente los mismos archivos");
    }

    /** Runs the job on an input folder holding only {@code ngoFile} (and the communiqué), as a nightly copy would. */
    private Night night(String ngoFile, String ngoRows) throws Exception {
        NightRuns.ngoFile(dir, ngoFile, ngoRows);
        Files.createDirectories(dir.resolve("in/gobierno"));
        Files.writeString(dir.resolve("in/gobierno/comunicado-2026-11-20.txt"),
                "COMUNICADO\n\nSe otorga amnistía a UN (1) ciudadano:\n\n1. INÉS ÁLVAREZ RÍOS, C.I. V-20.000.037\n");
        return run();
    }

    private Night run() throws Exception {
        return NightRuns.run(dir, """
                name: mini
                sources:
                  - id: ngo
                    kind: ngo-list
                    path: %1$s/in/ngo/registro-*.csv
                    format: csv
                    delimiter: ";"
                    date-formats: ["dd/MM/yyyy"]
                    columns: {record-ref: "Nº", full-name: "Nombre y apellido", id-number: "C.I.", detention-date: "Fecha de detención", status: "Estatus"}
                    statuses: {detained: ["Detenido"], released: ["Excarcelado"]}
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
