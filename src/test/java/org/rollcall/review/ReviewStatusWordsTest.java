package org.rollcall.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Status;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;
import org.rollcall.text.Messages;

/** review.xlsx writes a record's situation in the workbook's language ("detenido"), never a message key ("[status.detenido]"). */
class ReviewStatusWordsTest {

    private static PersonRecord detained(int seq) {
        return new PersonRecord(new Origin("ngo", SourceKind.NGO_LIST, seq, String.valueOf(seq), "ngo.csv", null, seq + 1, null),
                PersonName.parse("Ana Pérez"), null, "", null, new Detention(null, "", "", Status.DETAINED, null), Ruling.NONE, List.of(), Map.of(),
                null, null);
    }

    @Test
    void theSituationColumnsHoldTheStatusInTheWorkbooksLanguage(@TempDir Path dir) throws Exception {
        for (String language : Messages.LANGUAGES) {
            Messages m = Messages.of(language);
            ReviewPair pair = new ReviewPair("R1", "ngo|1", "ngo|2", 1, 0.6, ReviewSelection.side(detained(1), m), ReviewSelection.side(detained(2), m),
                    "");
            Path file = dir.resolve("review-" + language + ".xlsx");
            ReviewWorkbook.write(file, "job", "run", language, List.of(pair), List.of());
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Row row = wb.getSheet(m.get("review.sheet.review")).getRow(1);
                int a = ReviewWorkbook.COLUMNS.indexOf("status_a");
                int b = ReviewWorkbook.COLUMNS.indexOf("status_b");
                assertThat(row.getCell(a).getStringCellValue()).as(language).isEqualTo(m.get("status.detained")).doesNotContain("[");
                assertThat(row.getCell(b).getStringCellValue()).as(language).isEqualTo(m.get("status.detained"));
            }
        }
    }
}
