package org.rollcall.sample.other;

import java.util.HashSet;
import java.util.Set;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Layout C: {@code ngo/fpv-detenidos.csv} (Windows-1252, semicolons, one "Nombre completo" column
 * written SURNAMES GIVEN without a comma, bare cédula digits, dd/MM/yy dates, a "Código" reference),
 * {@code gobierno/beneficiarios-amnistia.json} in the government's layout
 * ({@code {"beneficiarios":[{"numero","nombre","cedula","entidad"}]}}), and
 * {@code tribunales/sentencias.xlsx}. Also {@code convertido/anuncio.json}: the same announcement
 * converted by hand into the built-in layout ({@code {"announced", "people":[{ref,name,id,entidad}]}}),
 * whose {@code announced} today's JSON reader takes as the stated figure (the government's
 * {@code total_beneficiarios} it cannot); a hand conversion keeps every entry's state.
 */
final class LayoutCWriter {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final String[] HEADER = {"Código", "Nombre completo", "Cédula", "Sexo", "F. nacimiento", "F. detención", "Lugar de reclusión",
        "Estado", "Condición", "Ocupación", "Delitos", "Situación", "Notas"};
    static final String[] RULING_HEADER = {"Expediente", "Tribunal", "Imputado", "Cédula", "Decisión", "Motivo", "Fecha"};
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yy");

    private final List<TruthRecord> truth;

    LayoutCWriter(List<TruthRecord> truth) {
        this.truth = truth;
    }

    void write(World w, Path folder) throws IOException {
        ngo(w, folder.resolve("ngo/fpv-detenidos.csv"));
        announcement(w, folder.resolve("gobierno/beneficiarios-amnistia.json"), folder.resolve("convertido/anuncio.json"));
        rulings(w, folder.resolve("tribunales/sentencias.xlsx"));
    }

    private void ngo(World w, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Set<Detainee> twoRows = new HashSet<>();
        w.ngoRows().stream().filter(NgoRow::rearrestRow).forEach(r -> twoRows.add(r.person()));
        try (Writer out = Files.newBufferedWriter(file, WINDOWS_1252);
                CSVPrinter csv = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(HEADER).get().print(out)) {
            int n = 0;
            for (NgoRow row : w.ngoRows()) {
                n++;
                String code = String.format("FP-%04d", n);
                if (row.person() == null) {
                    csv.printRecord(code, "", "", "", "", "", "", "", "", "", "", "", "REVISAR: datos incompletos");
                    continue;
                }
                Detainee d = row.person();
                Look l = row.look();
                String name = Spelling.caps(Spelling.surnames(d, l) + " " + Spelling.given(d, l));
                name = l.pick() % 10 < 7 ? Spelling.plain(name) : name;
                String digits = Spelling.digits(d, l);
                List<String> spellings = Places.SPELLINGS.get(row.centre());
                csv.printRecord(code, name, digits == null ? "" : digits, d.sex() == 'M' ? "Masculino" : "Femenino", d.birth().format(SHORT),
                        row.detained().format(SHORT), spellings.get((l.pick() / 1000) % spellings.size()), Places.CENTRES.get(row.centre()),
                        d.military() ? "MILITAR" : "CIVIL", d.profession(), String.join(" / ", d.offences()),
                        History.status(row, twoRows.contains(d)), History.notes(row, twoRows.contains(d)));
                truth.add(new TruthRecord("ngo", code, d.number(), name, digits));
            }
        }
    }

    private void announcement(World w, Path government, Path converted) throws IOException {
        List<Map<String, Object>> beneficiaries = new ArrayList<>();
        List<Map<String, Object>> people = new ArrayList<>();
        int n = 0;
        for (Entry e : w.entries()) {
            n++;
            Detainee d = e.person();
            Look l = e.look();
            String name = Spelling.caps(Spelling.given(d, l) + " " + Spelling.surnames(d, l));
            name = l.pick() % 10 < 6 ? Spelling.plain(name) : name;
            String digits = Spelling.digits(d, l);
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("numero", n);
            b.put("nombre", name);
            b.put("cedula", digits == null ? "" : Spelling.prefix(d) + digits);
            b.put("entidad", d.state());
            beneficiaries.add(b);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("ref", String.valueOf(n));
            p.put("name", name);
            p.put("id", digits == null ? "" : Spelling.prefix(d) + digits);
            p.put("entidad", d.state());
            people.add(p);
            truth.add(new TruthRecord("amnistia", String.valueOf(n), d.number(), name, digits));
        }
        Map<String, Object> gov = new LinkedHashMap<>();
        gov.put("organismo", "Ministerio del Poder Popular para Asuntos Penitenciarios (ficticio)");
        gov.put("fecha", "2026-11-20");
        gov.put("total_beneficiarios", w.announced());
        gov.put("beneficiarios", beneficiaries);
        Map<String, Object> today = new LinkedHashMap<>();
        today.put("announced", w.announced());
        today.put("subject", "amnestied");
        today.put("people", people);
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.createDirectories(government.getParent());
        Files.createDirectories(converted.getParent());
        json.writeValue(government.toFile(), gov);
        json.writeValue(converted.toFile(), today);
    }

    private void rulings(World w, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        LayoutBWriter.CaseLines lines = new LayoutBWriter.CaseLines();
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet("Sentencias");
            Row h = sheet.createRow(0);
            for (int i = 0; i < RULING_HEADER.length; i++) {
                h.createCell(i).setCellValue(RULING_HEADER[i]);
            }
            int r = 1;
            for (Ruling ruling : w.rulings()) {
                Detainee d = ruling.person();
                Look l = ruling.look();
                String name = Spelling.given(d, l) + " " + Spelling.surnames(d, l);
                String digits = Spelling.digits(d, l);
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(ruling.caseNumber());
                x.createCell(1).setCellValue(ruling.court());
                x.createCell(2).setCellValue(name);
                x.createCell(3).setCellValue(digits == null ? "" : Spelling.prefix(d) + Spelling.dotted(digits));
                x.createCell(4).setCellValue(LayoutBWriter.decisionText(ruling.decision()));
                x.createCell(5).setCellValue(ruling.motive());
                x.createCell(6).setCellValue(ruling.date());
                x.getCell(6).setCellStyle(date);
                truth.add(new TruthRecord("tribunales", lines.next(ruling.caseNumber()), d.number(), name, digits));
            }
            wb.write(out);
        }
    }
}
