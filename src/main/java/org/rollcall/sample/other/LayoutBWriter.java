package org.rollcall.sample.other;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rollcall.sample.SampleTruth.TruthRecord;
import org.rollcall.sample.other.World.Entry;
import org.rollcall.sample.other.World.Look;
import org.rollcall.sample.other.World.NgoRow;
import org.rollcall.sample.other.World.Ruling;

/**
 * Layout B: {@code ngo/detenidos-2026-11-15.xlsx} (title rows, header on row 4, separate surname
 * and given-name columns, real and text dates, history in Observaciones),
 * {@code gobierno/comunicado-amnistia-2026-11-20.txt} (figure in words and digits, numbered list)
 * and {@code tribunales/decisiones-2026-11-21.csv} (semicolons, UTF-8, a motivo column).
 */
final class LayoutBWriter {

    static final String[] HEADER = {"Nro", "Apellidos", "Nombres", "Cédula", "Sexo", "Fecha de nacimiento", "Fecha de detención",
        "Centro de reclusión", "Entidad", "Civil/Militar", "Profesión / Oficio", "Delitos imputados", "Estado", "Observaciones"};
    static final String[] RULING_HEADER = {"expediente", "tribunal", "imputado", "cedula", "decision", "motivo", "fecha"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final List<TruthRecord> truth;

    LayoutBWriter(List<TruthRecord> truth) {
        this.truth = truth;
    }

    void write(World w, Path folder) throws IOException {
        ngo(w, folder.resolve("ngo/detenidos-2026-11-15.xlsx"));
        communique(w, folder.resolve("gobierno/comunicado-amnistia-2026-11-20.txt"));
        rulings(w, folder.resolve("tribunales/decisiones-2026-11-21.csv"));
    }

    private void ngo(World w, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Set<Detainee> twoRows = new HashSet<>();
        w.ngoRows().stream().filter(NgoRow::rearrestRow).forEach(r -> twoRows.add(r.person()));
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet("Presos políticos");
            sheet.createRow(0).createCell(0).setCellValue("OBSERVATORIO DE DERECHOS (FICTICIO) — PRESOS POLÍTICOS EN VENEZUELA");
            sheet.createRow(1).createCell(0).setCellValue("Corte: 15/11/2026. Todos los datos son ficticios.");
            Row h = sheet.createRow(3);
            for (int i = 0; i < HEADER.length; i++) {
                h.createCell(i).setCellValue(HEADER[i]);
            }
            int r = 4;
            for (NgoRow row : w.ngoRows()) {
                Row x = sheet.createRow(r);
                int nro = r - 3;
                r++;
                x.createCell(0).setCellValue(nro);
                if (row.person() == null) {
                    x.createCell(13).setCellValue(nro % 2 == 0 ? "Fila en verificación, sin datos" : "(duplicado, no usar)");
                    continue;
                }
                Detainee d = row.person();
                Look l = row.look();
                int style = l.pick() % 10;
                String surnames = cased(Spelling.surnames(d, l), style);
                String given = cased(Spelling.given(d, l), style);
                x.createCell(1).setCellValue(surnames);
                x.createCell(2).setCellValue(given);
                String digits = Spelling.digits(d, l);
                if (digits != null) {
                    int form = (l.pick() / 10) % 20;
                    if (form < 4 && !d.foreign()) {
                        x.createCell(3).setCellValue(Double.parseDouble(digits));
                    } else {
                        x.createCell(3).setCellValue(form < 12 ? Spelling.prefix(d) + Spelling.dotted(digits)
                                : form < 17 ? digits : Spelling.prefix(d).charAt(0) + digits);
                    }
                }
                x.createCell(4).setCellValue(String.valueOf(d.sex()));
                boolean textDates = (l.pick() / 200) % 7 == 0;
                dateCell(x, 5, d.birth(), textDates, date);
                dateCell(x, 6, row.detained(), textDates, date);
                List<String> spellings = Places.SPELLINGS.get(row.centre());
                x.createCell(7).setCellValue(spellings.get((l.pick() / 1000) % spellings.size()));
                x.createCell(8).setCellValue(Places.CENTRES.get(row.centre()));
                x.createCell(9).setCellValue(d.military() ? "Militar" : "Civil");
                x.createCell(10).setCellValue(d.profession());
                x.createCell(11).setCellValue(String.join(", ", d.offences()));
                x.createCell(12).setCellValue(History.status(row, twoRows.contains(d)));
                x.createCell(13).setCellValue(History.notes(row, twoRows.contains(d)));
                truth.add(new TruthRecord("ngo", String.valueOf(nro), d.number(), surnames + ", " + given, digits));
            }
            wb.write(out);
        }
    }

    private static void dateCell(Row x, int column, LocalDate value, boolean text, CellStyle style) {
        if (text) {
            x.createCell(column).setCellValue(value.format(DATE));
        } else {
            x.createCell(column).setCellValue(value);
            x.getCell(column).setCellStyle(style);
        }
    }

    /** Mixed case with accents (6 in 10), capitals with accents (3 in 10), capitals without (1 in 10). */
    static String cased(String s, int style) {
        return style < 6 ? s : style < 9 ? Spelling.caps(s) : Spelling.caps(Spelling.plain(s));
    }

    private void communique(World w, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder b = new StringBuilder();
        b.append("REPÚBLICA BOLIVARIANA DE VENEZUELA (DOCUMENTO FICTICIO)\nMINISTERIO DEL PODER POPULAR PARA ASUNTOS PENITENCIARIOS\n\n")
                .append("COMUNICADO OFICIAL\n\n")
                .append("En cumplimiento de la Ley de Amnistía y Convivencia, el Ejecutivo Nacional informa que se ha otorgado el beneficio")
                .append(" de amnistía a ").append(SpanishWords.of(w.announced())).append(" (").append(w.announced())
                .append(") ciudadanos y ciudadanas, cuya relación se publica a continuación:\n\n");
        int n = 0;
        for (Entry e : w.entries()) {
            n++;
            Detainee d = e.person();
            Look l = e.look();
            String name = Spelling.given(d, l) + " " + Spelling.surnames(d, l);
            name = l.pick() % 10 < 7 ? name : Spelling.caps(name);
            String digits = Spelling.digits(d, l);
            String id = digits == null ? "" : (digits.length() == 6 || l.pick() % 13 == 0 ? ", C.I. N° " : ", C.I. ")
                    + Spelling.prefix(d) + Spelling.dotted(digits);
            b.append(n).append(". ").append(name).append(id).append('\n');
            truth.add(new TruthRecord("amnistia", String.valueOf(n), d.number(), name, digits));
        }
        b.append("\nComuníquese y publíquese.\n");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    private void rulings(World w, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        CaseLines lines = new CaseLines();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(RULING_HEADER).get().print(out)) {
            for (Ruling r : w.rulings()) {
                Detainee d = r.person();
                Look l = r.look();
                String name = l.pick() % 2 == 0 ? Spelling.caps(Spelling.surnames(d, l) + ", " + Spelling.given(d, l))
                        : Spelling.caps(Spelling.given(d, l) + " " + Spelling.surnames(d, l));
                String digits = Spelling.digits(d, l);
                String id = digits == null ? "" : l.pick() % 3 == 0 ? Spelling.prefix(d) + Spelling.dotted(digits) : Spelling.prefix(d) + digits;
                csv.printRecord(r.caseNumber(), r.court(), name, id, decisionText(r.decision()), r.motive(), r.date().format(DATE));
                truth.add(new TruthRecord("tribunales", lines.next(r.caseNumber()), d.number(), name, digits));
            }
        }
    }

    static String decisionText(String decision) {
        return switch (decision) {
            case "granted" -> Places.GRANTED;
            case "denied" -> Places.DENIED;
            case "military-jurisdiction" -> Places.MILITARY;
            default -> Places.REVIEW;
        };
    }

    /** record_id of a ruling as rollcall writes it: "&lt;case number&gt;#&lt;defendant line of that case&gt;". */
    static final class CaseLines {
        private final Map<String, Integer> seen = new HashMap<>();

        String next(String caseNumber) {
            return caseNumber + "#" + seen.merge(caseNumber, 1, Integer::sum);
        }
    }
}
