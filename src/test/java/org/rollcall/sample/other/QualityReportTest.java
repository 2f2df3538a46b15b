package org.rollcall.sample.other;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.sample.SampleTruth;
import org.rollcall.sample.SampleTruth.TruthRecord;

class QualityReportTest {

    @TempDir
    Path dir;

    @Test
    void listsFalseAndMissedMergesWithNamesAndEveryFigureBesideTheRun() throws Exception {
        // given two namesakes merged (persons 1 and 2) and person 3 split in two
        new SampleTruth(Map.of("ngo-people", 3L, "listed", 2L), List.of(
                new TruthRecord("ngo", "1", 1, "PÉREZ, JOSÉ LUIS", "12345678"), new TruthRecord("ngo", "2", 2, "Pérez, José Luis", null),
                new TruthRecord("ngo", "3", 3, "BARRIOS CORDERO JONNY", "9876543"), new TruthRecord("amnistia", "7", 3, "Jhonny Barrios Cordero", null)), null)
                .write(dir.resolve("truth.json"));
        Files.writeString(dir.resolve("entities.csv"), "entity_id,source,record_id\nP1,ngo,1\nP1,ngo,2\nP2,ngo,3\nP3,amnistia,7\n");
        Files.writeString(dir.resolve("summary.json"), "{\"figures\":{\"ngo-people\":2}}");
        Files.writeString(dir.resolve("pairs.csv"), "pair,source_a,record_id_a,source_b,record_id_b,outcome,probability\n"
                + "1,ngo,3,amnistia,7,review,0.80\n1,ngo,3,amnistia,7,review,0.80\n2,ngo,1,ngo,2,review,0.30\n3,ngo,1,ngo,3,match,0.99\n");
        // when
        String report = QualityReport.of(dir.resolve("entities.csv"), dir.resolve("truth.json"), dir.resolve("summary.json"));
        // then
        assertThat(report).contains("pairwise pairs: true 1, predicted 1, correct 0", "B-cubed: records 4",
                "false merges (one predicted person, several true persons), worst first: 1", "\"PÉREZ, JOSÉ LUIS\"",
                "missed merges (one true person in several predicted persons), worst first: 1",
                "[ngo:3 \"BARRIOS CORDERO JONNY\" 9876543]", "[amnistia:7 \"Jhonny Barrios Cordero\" no cédula]",
                "review pairs 2: truly one person 1 (50 %), records already in one person 1, below 0.50 1, distinct pairs of people 1");
        assertThat(report).containsPattern("ngo-people\\s+3\\s+2\\s+-1").containsPattern("listed\\s+2\\s+—\\s+absent");
    }

    @Test
    void aTruthRecordMissingFromEntitiesIsCountedAsAPersonOfItsOwn() throws Exception {
        new SampleTruth(Map.of(), List.of(new TruthRecord("ngo", "1", 1, "A", null), new TruthRecord("ngo", "2", 1, "A", null)), null)
                .write(dir.resolve("truth.json"));
        Files.writeString(dir.resolve("entities.csv"), "entity_id,source,record_id\nP1,ngo,1\n");
        String report = QualityReport.of(dir.resolve("entities.csv"), dir.resolve("truth.json"), null);
        assertThat(report).contains("truth records absent from entities.csv: 1 [ngo|2]", "correct 0");
    }
}
