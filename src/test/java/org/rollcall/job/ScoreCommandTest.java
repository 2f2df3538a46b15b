package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

    @TempDir
    Path dir;

    @Test
    void scoresFebrlRecordIdsByTheirNumber() throws Exception {
        Path csv = dir.resolve("entities.csv");
        Files.writeString(csv, "entity_id,source,record_id\nP1,a,rec-1-org\nP1,b,rec-1-dup-0\nP2,a,rec-2-org\nP2,b,rec-3-dup-0\nP3,a,rec-3-org\n");
        var s = ScoreCommand.score(csv, "febrl");
        assertThat(s.truePairs()).isEqualTo(2);
        assertThat(s.predictedPairs()).isEqualTo(2);
        assertThat(s.correctPairs()).isEqualTo(1);
        assertThat(s.toString()).contains("precision 0.5000", "recall 0.5000", "F1 0.5000");
    }

    @Test
    void scoresBCubedOnTheSameLinkage() throws Exception {
        Path csv = dir.resolve("entities.csv");
        Files.writeString(csv, "entity_id,source,record_id\nP1,a,rec-1-org\nP1,b,rec-1-dup-0\nP2,a,rec-2-org\nP2,b,rec-3-dup-0\nP3,a,rec-3-org\n");
        // records 1,1 right (1 each); 2 and 3-dup share P2 (1/2 each); 3-org alone (1): precision 4/5; recall 1,1,1,1/2,1/2 → 4/5
        assertThat(ScoreCommand.bcubed(csv, "febrl").toString()).contains("B-cubed: records 5", "precision 0.8000  recall 0.8000  F1 0.8000");
    }

    @Test
    void recordIdThatIsNotFebrlIsNamed() throws Exception {
        Path csv = dir.resolve("entities.csv");
        Files.writeString(csv, "entity_id,source,record_id\nP1,a,12\n");
        assertThatThrownBy(() -> ScoreCommand.score(csv, "febrl")).hasMessageContaining("'12' is not a FEBRL rec_id");
    }
}
