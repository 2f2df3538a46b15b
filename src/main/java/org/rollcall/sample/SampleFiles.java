package org.rollcall.sample;

import java.util.HashMap;
import java.util.Map;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rollcall.sample.NameStyle.Form;

/** Writes the sample's three source files the way their real counterparts look. */
final class SampleFiles {

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final DateTimeFormatter SPANISH = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es"));

    private final Random rnd;
    private final Set<Integer> homonyms;

    SampleFiles(Random rnd, Set<Integer> homonyms) {
        this.rnd = rnd;
        this.homonyms = homonyms;
    }

    /** A name with at most one slip: 80% clean, else a dropped maternal surname, an initial, or a typo. */
    private String name(SamplePerson p, Form form) {
        int slip = rnd.nextInt(100);
        return NameStyle.render(p, form, slip >= 80 && slip < 88, slip >= 88 && slip < 94, slip >= 94, rnd);
    }

    void writeNgoWorkbook(Path file, List<SamplePerson> ngo, int doubled, int tripled, int badRows, SampleTruth.Builder truth) throws IOException {
        List<SamplePerson> rows = new ArrayList<>(ngo);
        for (int i = 0; i < doubled + tripled; i++) {
            rows.add(ngo.get(i * 19 % ngo.size()));
            if (i < tripled) {
                rows.add(ngo.get(i * 19 % ngo.size()));
            }
        }
        for (int i = 0; i < badRows; i++) {
            rows.add(null);
        }
        Collections.shuffle(rows, rnd);
        Form[] forms = {Form.SURNAMES_FIRST_CAPS, Form.SURNAMES_FIRST_CAPS, Form.GIVEN_FIRST_MIXED, Form.GIVEN_FIRST_MIXED, Form.GIVEN_FIRST_CAPS};
        List<String> badNotes = List.of("PENDIENTE CONFIRMAR DATOS", "ver hoja Notas", "familiar no dio el nombre", "(fila repetida, borrar)",
                "CASO EN VERIFICACION", "sin datos", "esperando confirmación de la madre", "??");
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet("Detenidos");
            sheet.createRow(0).createCell(0).setCellValue("RED CIUDADANA DE DEFENSA LEGAL (FICTICIA) — LISTADO DE PRESOS POLÍTICOS");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
            sheet.createRow(1).createCell(0).setCellValue("Actualizado al 15 de noviembre de 2026. Datos ficticios generados para pruebas.");
            String[] header = {"N°", "APELLIDOS Y NOMBRES", "CÉDULA", "FECHA DE DETENCIÓN", "ESTADO", "DELITO IMPUTADO", "OBSERVACIONES",
                "SITUACIÓN", "FECHA DE EXCARCELACIÓN"};
            Row h = sheet.createRow(3);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            int r = 4;
            int bad = 0;
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(i + 1);
                SamplePerson p = rows.get(i);
                if (p == null) {
                    row.createCell(4 + bad % 3).setCellValue(bad % 3 == 0 ? SampleNames.STATES.get(bad) : bad % 3 == 1 ? "Terrorismo" : badNotes.get(bad));
                    row.createCell(6).setCellValue(badNotes.get(bad));
                    bad++;
                    truth.rejected();
                    continue;
                }
                row.createCell(1).setCellValue(name(p, forms[rnd.nextInt(forms.length)]));
                ngoId(row.createCell(2), p);
                Situation sit = situation(p);
                detentionDate(row.createCell(3), p.detained(), date);
                row.createCell(7).setCellValue(sit.text());
                if (sit.released() != null) {
                    row.createCell(8).setCellValue(sit.released());
                    row.getCell(8).setCellStyle(date);
                }
                truth.situation(p.number(), sit.key(), sit.released(), p.detained());
                row.createCell(4).setCellValue(p.state());
                row.createCell(5).setCellValue(p.offence());
                truth.record("ngo", String.valueOf(i + 1), p.number());
                truth.offence(p.number(), p.offence());
            }
            if (rows.size() - 2 != rows.size()) {
                truth.disagreeingClaim();
            }
            Row total = sheet.createRow(r + 1);
            total.createCell(0).setCellValue("TOTAL");
            total.createCell(2).setCellValue(rows.size() - 2);
            Sheet notes = wb.createSheet("Notas");
            String[] lines = {"Notas de los voluntarios (ficticias)", "Las filas marcadas PENDIENTE esperan confirmación de la familia.",
                    "Algunas cédulas se anotaron sin prefijo.", "El total lo calcula a mano la coordinación."};
            for (int i = 0; i < lines.length; i++) {
                notes.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /**
     * A person's situation on the NGO list, drawn from the person's own seeded stream so that the
     * rest of the sample does not change with it: detained (80%), released, released with
     * conditions, house arrest, or detained again after a release (re-arrested, 6%).
     */
    record Situation(String key, String text, LocalDate released) {
    }

    static Situation situation(SamplePerson p) {
        Random own = new Random(SampleGenerator.SEED * 31 + p.number());
        int u = own.nextInt(100);
        if (u < 80) {
            return new Situation("detained", "Detenido", null);
        }
        LocalDate before = p.detained().minusDays(30 + own.nextInt(200));
        LocalDate after = p.detained().plusDays(20 + own.nextInt(90));
        return switch (u / 4 - 20) {
            case 0 -> new Situation("released", "Excarcelado", after);
            case 1 -> new Situation("conditional-release", "Libertad con medidas cautelares", after);
            case 2 -> new Situation("house-arrest", "Casa por cárcel", null);
            default -> new Situation("re-arrested", "Detenido", before);
        };
    }

    private void ngoId(Cell cell, SamplePerson p) {
        int f = rnd.nextInt(100);
        if (f >= 92 && !homonyms.contains(p.number())) {
            if (f >= 97) {
                cell.setCellValue(f == 99 ? "no posee" : "S/C");
            }
            return;
        }
        String d = p.digits();
        if (f < 30) {
            cell.setCellValue(p.letter() + "-" + dotted(d));
        } else if (f < 55) {
            cell.setCellValue(d);
        } else if (f < 75) {
            cell.setCellValue(Long.parseLong(d));
        } else if (f < 85) {
            cell.setCellValue(p.letter() + d);
        } else {
            cell.setCellValue(Character.toLowerCase(p.letter()) + "-" + d);
        }
    }

    private void detentionDate(Cell cell, LocalDate d, CellStyle dateStyle) {
        int f = rnd.nextInt(100);
        if (f < 50) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (f < 70) {
            cell.setCellValue(d.format(SLASHED));
        } else if (f < 85) {
            cell.setCellValue(d.format(DASHED));
        } else if (f < 95) {
            cell.setCellValue(d.format(SPANISH));
        }
    }

    static String dotted(String digits) {
        StringBuilder sb = new StringBuilder(digits);
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            sb.insert(i, '.');
        }
        return sb.toString();
    }

    void writeCommunique(Path file, int announced, List<SamplePerson> listed, SampleTruth.Builder truth) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder t = new StringBuilder();
        t.append("MINISTERIO DE JUSTICIA Y PAZ (FICTICIO)\n")
                .append("COMUNICADO OFICIAL N° 214-2026\n\n")
                .append("Caracas, 20 de noviembre de 2026\n\n")
                .append("En cumplimiento de la Ley de Amnistía y Reconciliación Nacional (Gaceta Oficial N° 6.812), ")
                .append("el Ejecutivo Nacional informa que se otorga el beneficio de amnistía a TRESCIENTOS SETENTA Y NUEVE (")
                .append(announced).append(") ciudadanos y ciudadanas privados de libertad por hechos ocurridos entre 2024 y 2026.\n\n")
                .append("Quedan excluidos de la medida los funcionarios procesados por terrorismo y quienes participaron en ")
                .append("acciones armadas contra la soberanía con participación extranjera.\n\n")
                .append("Se publica a continuación la lista de beneficiarios:\n\n");
        if (announced != listed.size()) {
            truth.disagreeingClaim();
        }
        for (int i = 0; i < listed.size(); i++) {
            SamplePerson p = listed.get(i);
            String name = name(p, Form.GIVEN_FIRST_CAPS_ACCENTS);
            int f = rnd.nextInt(100);
            String id = f < 90 || homonyms.contains(p.number()) ? "C.I. " + p.letter() + "-" + dotted(p.digits()) : "C.I. no indicada";
            t.append(i + 1).append(". ").append(name).append(", ").append(id).append('\n');
            truth.record("amnistia", String.valueOf(i + 1), p.number());
        }
        t.append("\nLos demás beneficiarios serán notificados por los tribunales competentes.\n")
                .append("Datos ficticios generados para pruebas.\n");
        Files.writeString(file, t.toString(), StandardCharsets.UTF_8);
    }

    void writeRulings(Path file, List<SamplePerson> ruled, SampleTruth.Builder truth) throws IOException {
        Files.createDirectories(file.getParent());
        String[][] decisions = {{"granted", "Amnistía otorgada"}, {"denied", "Amnistía negada"},
                {"military-jurisdiction", "Remitido a jurisdicción militar"}, {"under-review", "En revisión"}};
        int[] weights = {45, 20, 15, 20};
        Form[] forms = {Form.SURNAMES_FIRST_MIXED, Form.SURNAMES_FIRST_MIXED, Form.SURNAMES_FIRST_CAPS, Form.GIVEN_FIRST_MIXED};
        int caseNo = 1200;
        String previousCase = null;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(w)) {
            csv.printRecord("Expediente", "Tribunal", "Imputado", "Cédula", "Delito", "Decisión", "Fecha");
            int line = 0;
            Map<String, Integer> defendants = new HashMap<>();
            for (SamplePerson p : ruled) {
                int cases = rnd.nextInt(100) < 70 ? 1 : rnd.nextInt(100) < 73 ? 2 : 3;
                for (int c = 0; c < cases; c++) {
                    String caseNumber = c == 0 && previousCase != null && rnd.nextInt(100) < 8 ? previousCase
                            : "AP01-P-2026-00" + (caseNo++);
                    previousCase = caseNumber;
                    int d = pickWeighted(weights);
                    LocalDate when = LocalDate.of(2026, 9, 1).plusDays(rnd.nextInt(80));
                    String date = rnd.nextInt(100) < 85 ? when.format(SLASHED) : when.toString();
                    String id = rnd.nextInt(100) < 95 || homonyms.contains(p.number()) ? p.letter() + "-" + p.digits() : "";
                    String court = SampleNames.COURTS.get(rnd.nextInt(SampleNames.COURTS.size()));
                    csv.printRecord(caseNumber, court, name(p, forms[rnd.nextInt(forms.length)]), id, p.offence(), decisions[d][1], date);
                    line++;
                    int k = defendants.merge(caseNumber, 1, Integer::sum);
                    truth.ruling("tribunales", caseNumber + "#" + k, p.number(), decisions[d][0], when);
                    truth.offence(p.number(), p.offence());
                    if (line == 57) {
                        // A clerk's slip: the court's name with an unquoted comma, one field too many.
                        w.write("AP01-P-2026-009999,Tribunal 1° de Control, Caracas," + p.paternal() + " " + p.givenText()
                                + "," + p.letter() + "-" + p.digits() + "," + p.offence() + ",En revisión,02/10/2026\n");
                        truth.rejected();
                    }
                    if (line == 140) {
                        csv.printRecord("AP01-P-2026-009998", court, "", "", "Terrorismo", "Amnistía negada", "05/10/2026");
                        truth.rejected();
                    }
                }
            }
        }
    }

    private int pickWeighted(int[] weights) {
        int u = rnd.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            if (u < weights[i]) {
                return i;
            }
            u -= weights[i];
        }
        return weights.length - 1;
    }
}
