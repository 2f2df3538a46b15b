package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nights of a small NGO list holding two namesakes without cédula (José Luis Pérez González, born
 * 1970 and held in Zulia; born 1992, held in Lara and released), run end to end: a re-sorted sheet,
 * a namesake added, and another person of the same surnames arriving as one leaves. Every figure
 * below is counted by hand from the rows.
 */
class NamesakesAcrossNightsTests {

    private static final String HEADER = "Nombre y apellido;C.I.;Sexo;Fecha de nacimiento;Fecha de detención;Estado;Delito;Estatus;Observaciones";
    private static final String OTHERS = "Golindano Ochoa, Ana;V-13.345.679;F;06/05/1975;10/09/2024;Zulia;Terrorismo;Detenido;\r\n"
            + "Camacaro Liendo, Pedro José;V-14.345.670;M;08/07/1990;11/09/2024;Lara;Terrorismo;Detenido;\r\n";
    private static final String A = "Pérez González, José Luis;;M;04/03/1970;01/09/2024;Zulia;Terrorismo;Detenido;\r\n";
    private static final String B = "Pérez González, José Luis;;M;09/08/1992;05/10/2024;Lara;Incitación al odio;Excarcelado;excarcelado el 3/2/2025\r\n";
    private static final String DANIEL = "Rojas Mendoza, Daniel;;M;03/02/1968;20/08/2024;Zulia;Terrorismo;Excarcelado;excarcelado el 3/2/2025\r\n";
    private static final String DANIELA = "Rojas Mendoza, Daniela;;F;12/11/2001;30/09/2025;Lara;Incitación al odio;Detenido;\r\n";

    @TempDir
    Path dir;

    @Test
    void aResortedSheetChangesNobodysIdOrStatusInEitherOrder() throws Exception {
        for (boolean abFirst : new boolean[] {true, false}) {
            Path folder = dir.resolve(abFirst ? "ab" : "ba");
            // given the namesakes in one order on night 1 (rows 3 and 4), the other on night 2
            Path first = night(folder, "registro-2025-10-15.csv", OTHERS + (abFirst ? A + B : B + A));
            Path second = night(folder, "registro-2025-10-22.csv", OTHERS + (abFirst ? B + A : A + B));
            // then each keeps their id: night 1's row 3 is night 2's row 4
            Map<String, String> before = Reports.entities(first);
            Map<String, String> after = Reports.entities(second);
            assertThat(after.get("ngo|4")).isEqualTo(before.get("ngo|3"));
            assertThat(after.get("ngo|3")).isEqualTo(before.get("ngo|4"));
            // and nothing changed: nobody new or gone, no status changed, nobody released and detained again
            assertThat(Reports.figures(second)).containsEntry("changes-new-people", 0L).containsEntry("changes-vanished", 0L)
                    .containsEntry("changes-status", 0L).containsEntry("changes-corrected", 0L).containsEntry("released-and-rearrested", 0L);
        }
    }

    @Test
    void aNamesakeAddedAboveTheOneWhoWasThereIsNew() throws Exception {
        // given A alone on night 1 (row 3); B inserted above A on night 2 (A now row 4)
        Path first = night(dir, "registro-2025-10-15.csv", OTHERS + A);
        Path second = night(dir, "registro-2025-10-22.csv", OTHERS + B + A);
        // then A keeps their id; B is the one new person
        assertThat(Reports.entities(second).get("ngo|4")).isEqualTo(Reports.entities(first).get("ngo|3"));
        assertThat(Reports.figures(second)).containsEntry("changes-new-people", 1L).containsEntry("changes-vanished", 0L)
                .containsEntry("changes-status", 0L).containsEntry("changes-corrected", 0L).containsEntry("released-and-rearrested", 0L);
    }

    @Test
    void anotherPersonOfTheSameSurnamesIsNewAndTheOneWhoLeftVanishes() throws Exception {
        // given Daniel (born 1968, Zulia, released) on night 1; night 2 drops him and lists Daniela (born 2001, Lara, detained)
        Path first = night(dir, "registro-2025-10-15.csv", OTHERS + DANIEL);
        Path second = night(dir, "registro-2025-10-22.csv", OTHERS + DANIELA);
        // then she is no correction of him: one new, one gone, nobody re-arrested
        assertThat(Reports.entities(second).get("ngo|3")).isNotEqualTo(Reports.entities(first).get("ngo|3"));
        assertThat(Reports.figures(second)).containsEntry("changes-new-people", 1L).containsEntry("changes-vanished", 1L)
                .containsEntry("changes-corrected", 0L).containsEntry("changes-status", 0L).containsEntry("released-and-rearrested", 0L);
    }

    /** Runs the job on an input folder holding only {@code ngoFile}, as a nightly copy would; gives the night's report folder. */
    private static Path night(Path dir, String ngoFile, String rows) throws Exception {
        NightRuns.ngoFile(dir, ngoFile, "\uFEFF" + HEADER + "\r\n" + rows);
        NightRuns.Night night = NightRuns.run(dir, """
                name: mini
                sources:
                  - id: ngo
                    kind: ngo-list
                    path: %1$s/in/ngo/registro-*.csv
                    format: csv
                    delimiter: ";"
                    date-formats: ["dd/MM/yyyy"]
                    columns: {full-name: "Nombre y apellido", id-number: "C.I.", birth-date: "Fecha de nacimiento", detention-date: "Fecha de detención", place: "Estado", offence: "Delito", status: "Estatus", notes: "Observaciones"}
                    attributes: {sex: "Sexo"}
                    statuses: {detained: ["Detenido"], released: ["Excarcelado"]}
                report:
                  language: es
                  output-dir: %1$s/out
                """);
        assertThat(night.code()).as(night.said()).isZero();
        return night.latest();
    }
}
