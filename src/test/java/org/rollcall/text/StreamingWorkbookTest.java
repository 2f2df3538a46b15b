package org.rollcall.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** The workbook's sheets write every text exactly as POI's own sheet writer does. */
class StreamingWorkbookTest {

    /** POI's own escaping, called through a subclass (the method is protected). */
    private static final class PoiWriter extends SheetDataWriter {
        PoiWriter(Writer out) throws IOException {
            super(out);
        }

        void escaped(String s) throws IOException {
            outputEscapedString(s);
            _out.flush();
        }
    }

    private static String poi(String s) throws IOException {
        StringWriter out = new StringWriter();
        new PoiWriter(out).escaped(s);
        return out.toString();
    }

    private static String ours(String s) throws IOException {
        StringWriter out = new StringWriter();
        StreamingWorkbook.escape(s, out);
        return out.toString();
    }

    @Test
    void givenMarkupControlCharactersAndNonBmpTextWhenEscapedThenTheTextIsPoisOwn() throws IOException {
        String[] texts = {"", "PÉREZ, JUAN", "a < b > c & \"d\"", "línea\nsiguiente\r\tfin", "no\u00A0break", "bell\u0007 nul\u0000",
            "\uFFFE\uFFFF\uFFFD", "emoji \uD83D\uDE00 ok", "lone \uD800 high", "lone \uDC00 low", "&&&", "<", "ends with &"};
        for (String s : texts) {
            assertThat(ours(s)).as(s).isEqualTo(poi(s));
        }
    }

    @Test
    void givenRandomTextsFromEveryCharacterRangeWhenEscapedThenEveryTextIsPoisOwn() throws IOException {
        Random random = new Random(2026);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                s.append(switch (random.nextInt(4)) {
                    case 0 -> (char) random.nextInt(128);
                    case 1 -> (char) (0xA0 + random.nextInt(0x200));
                    case 2 -> (char) (0xD7F0 + random.nextInt(0x40));
                    default -> (char) random.nextInt(0x10000);
                });
            }
            assertThat(ours(s.toString())).isEqualTo(poi(s.toString()));
        }
    }

    @Test
    void givenCellsOfEveryKindWhenWrittenThenEverySheetsXmlIsPoisOwn() throws IOException {
        for (boolean sharedStrings : new boolean[] {false, true}) {
            // given the same cells written by POI's streaming workbook and by ours: texts that need escaping or keep their spaces,
            // numbers, dates with a style, blanks, formulas, booleans, columns past Z, rows with gaps
            byte[] poi = workbook(new SXSSFWorkbook(null, 3, false, sharedStrings));
            byte[] ours = workbook(new StreamingWorkbook(3, sharedStrings));

            // then each sheet's XML, and the shared strings', is the same
            Map<String, String> poiParts = parts(poi);
            Map<String, String> ourParts = parts(ours);
            assertThat(ourParts.keySet()).isEqualTo(poiParts.keySet());
            poiParts.forEach((name, xml) -> assertThat(ourParts.get(name)).as(name).isEqualTo(xml));
        }
    }

    private static byte[] workbook(SXSSFWorkbook wb) throws IOException {
        Random random = new Random(26);
        String[] texts = {"P000001", " leading", "trailing ", "\ttab", "a < b & \"c\"", "línea\nnueva", "", "emoji \uD83D\uDE00", "no\u00A0break",
            "bell\u0007", "José Pérez González"};
        try (wb) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int s = 0; s < 2; s++) {
                Sheet sheet = wb.createSheet("s" + s);
                for (int r = 0; r < 60; r += 1 + random.nextInt(2)) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < 30; c += 1 + random.nextInt(3)) {
                        Cell cell = row.createCell(c);
                        switch (random.nextInt(7)) {
                            case 0 -> cell.setCellValue(texts[random.nextInt(texts.length)]);
                            case 1 -> cell.setCellValue(random.nextInt(1000) - 500 + random.nextDouble());
                            case 2 -> {
                                cell.setCellValue(LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                                cell.setCellStyle(date);
                            }
                            case 3 -> cell.setBlank();
                            case 4 -> cell.setCellFormula("1+" + c);
                            case 5 -> cell.setCellValue(random.nextBoolean());
                            default -> {
                                cell.setCellValue(texts[random.nextInt(texts.length)]);
                                cell.setCellStyle(bold);
                            }
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Path file = Files.createTempFile("workbook", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    if (!e.getName().startsWith("xl/worksheets/") && !e.getName().equals("xl/sharedStrings.xml")) {
                        continue; // the sheets and their texts (the other parts carry the time they were written)
                    }
                    out.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.delete(file);
        }
        return out;
    }
}
