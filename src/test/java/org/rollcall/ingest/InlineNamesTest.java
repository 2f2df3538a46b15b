package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names written inline in a communiqué's prose are never a communiqué naming nobody in silence (trial 20). */
class InlineNamesTest {

    @TempDir
    Path dir;

    @Test
    void namesAfterAColonSeparatedByCommasAreAnInlineList() {
        // given trial 20's resolution, names over two paragraphs
        String prose = "Por tanto, se otorga amnistía a SEIS (6) personas, a los señores: JUAN CARLOS PÉREZ LÓPEZ, MARÍA JOSÉ GUTIÉRREZ DE ROCHA,"
                + "\nPEDRO JOAQUÍN CHAMORRO BARRIOS, FÉLIX ALEJANDRO MARADIAGA BLANDÓN, TAMARA DÁVILA RIVAS y LUIS ALBERTO MEZA.\nCópiese y notifíquese.";
        assertThat(InlineNames.longestRun(prose)).isEqualTo(6);
        assertThat(InlineNames.longestRun("a los ciudadanos: Ana María Pérez Rojas, Luis Gil Mora y Carmen Díaz de Rojas.")).isEqualTo(3);
    }

    @Test
    void placesFiguresAndOrdinaryProseAreNoInlineList() {
        assertThat(InlineNames.longestRun("En los estados Distrito Capital, Nueva Esparta y Delta Amacuro se otorgó amnistía a 40 personas.")).isZero();
        assertThat(InlineNames.longestRun("Se otorga el beneficio de amnistía a TRESCIENTOS SETENTA Y NUEVE (379) ciudadanos, conforme a la Ley de"
                + " Amnistía, publicada en la Gaceta Oficial N° 6.790.")).isZero();
        assertThat(InlineNames.longestRun("El Ministerio del Poder Popular para Relaciones Interiores, Justicia y Paz, la Defensoría del Pueblo y el"
                + " Tribunal Supremo de Justicia informan:")).isZero();
    }

    @Test
    void aCommuniqueWhoseOnlyNamesAreInlineIsAFileLevelProblemNotASilentZero() throws Exception {
        Path file = dir.resolve("resolucion.txt");
        Files.writeString(file, """
                RESOLUCIÓN No. 17-2023
                Por tanto, se ordena la deportación inmediata de SEIS (6) personas, a los señores: JUAN CARLOS PÉREZ LÓPEZ, MARÍA JOSÉ \
                GUTIÉRREZ DE ROCHA, PEDRO JOAQUÍN CHAMORRO BARRIOS, FÉLIX ALEJANDRO MARADIAGA BLANDÓN, TAMARA DÁVILA RIVAS y LUIS ALBERTO MEZA.
                Cópiese y notifíquese.
                """);
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), file, "resolucion.txt", sink);
        assertThat(sink.account("resolucion.txt").problem()).contains("6 names in a row");
        // and the deportation is the figure of people released it states, not a figure of "people"
        assertThat(sink.claims()).extracting(Claim::subject).contains("released");
    }
}
