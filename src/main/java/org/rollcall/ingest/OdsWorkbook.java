package org.rollcall.ingest;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import java.util.Collections;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A LibreOffice / OpenDocument spreadsheet (.ods) as a POI workbook, so that the workbook reader
 * reads it like an .xlsx: its sheets in order, text as text, numbers as numbers, dates as date
 * cells (ISO dates for the readers), true/false as booleans (a problem, as in .xlsx); an empty
 * cell is no cell and a row without any is no row (a blank row). The whole file is read into
 * memory (SODS): an .ods of hundreds of thousands of rows is better saved as .xlsx or .csv. A
 * review.xlsx an analyst saved as .ods in LibreOffice is read back the same way.
 */
public final class OdsWorkbook {

    private static final String MIME_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private OdsWorkbook() {
    }

    /** True for an OpenDocument spreadsheet: a zip whose {@code mimetype} entry says so (whatever the file's name). */
    public static boolean isOds(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("mimetype");
            if (entry == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim().startsWith(MIME_TYPE);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The spreadsheet's sheets and cells in an in-memory workbook. */
    public static Workbook read(Path file) throws IOException {
        SpreadSheet ods = new SpreadSheet(file.toFile());
        if (ods.getNumSheets() == 0) {
            ods = withStyles(file, ods); // SODS sees no sheet in a file without office:automatic-styles, which ODF leaves optional
        }
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        for (var from : ods.getSheets()) {
            Sheet to = wb.createSheet(from.getName());
            if (from.getMaxRows() == 0 || from.getMaxColumns() == 0) {
                continue;
            }
            Range range = from.getDataRange();
            Object[][] values = range.getValues();
            for (int r = 0; r < values.length; r++) {
                Row row = null;
                for (int c = 0; c < values[r].length; c++) {
                    Object value = values[r][c];
                    if (value == null || (value instanceof String s && s.isEmpty())) {
                        continue;
                    }
                    if (row == null) {
                        row = to.createRow(r);
                    }
                    set(row.createCell(c), value, date);
                }
            }
        }
        return wb;
    }

    /**
     * The spreadsheet read again from a copy whose content.xml has an empty
     * {@code <office:automatic-styles/>} before its body, when it has none (LibreOffice opens such a
     * file; SODS then finds no sheet); else {@code read} as it was.
     */
    private static SpreadSheet withStyles(Path file, SpreadSheet read) throws IOException {
        Path copy = Files.createTempFile("rollcall-ods", ".ods");
        try (ZipFile zip = new ZipFile(file.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            boolean patched = false;
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (entry.getName().equals("content.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<office:body");
                    if (body > 0 && !xml.contains("office:automatic-styles")) {
                        xml = xml.substring(0, body) + "<office:automatic-styles/>" + xml.substring(body);
                        bytes = xml.getBytes(StandardCharsets.UTF_8);
                        patched = true;
                    }
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            out.finish();
            return patched ? new SpreadSheet(copy.toFile()) : read;
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void set(Cell cell, Object value, CellStyle date) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof LocalDateTime d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof OfficeCurrency money && money.getValue() != null) {
            cell.setCellValue(money.getValue());
        } else if (value instanceof OfficePercentage share && share.getValue() != null) {
            cell.setCellValue(share.getValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            cell.setCellValue(String.valueOf(value)); // text, and what has no number of its own as written (a time)
        }
    }
}
