package org.rollcall.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.config.SourceDefinition;
import org.rollcall.domain.SourceKind;

/**
 * Files of one list source that look like dated snapshots of the same list: a glob such as
 * {@code detenidos-*.xlsx} matching yesterday's {@code detenidos-2026-11-21.xlsx} beside tonight's
 * {@code detenidos-2026-11-22.xlsx}. Every file a glob matches is read and its rows counted, so a
 * person deleted from tonight's list would still be counted from yesterday's: said, not guessed
 * away (two files may as well be two parts of one list).
 */
public final class Snapshots {

    private Snapshots() {
    }

    /**
     * The groups of two or more files of a person list (NGO list or person list) whose names are the
     * same but for a yyyy-MM-dd date or a download's copy number ("Hoja 1.csv", "Hoja 1 (1).csv"), each group's files in name order; empty for announcements and
     * rulings (each communiqué or ruling file adds its own entries).
     *
     * @param files the source's files as read (their names are compared, not their folders)
     */
    public static List<List<String>> of(SourceKind kind, List<String> files) {
        if (kind != SourceKind.NGO_LIST && kind != SourceKind.PERSON_LIST) {
            return List.of();
        }
        Map<String, List<String>> byPattern = new LinkedHashMap<>();
        for (String f : files.stream().sorted().toList()) {
            String name = Path.of(f).getFileName().toString();
            // "Presos - Hoja 1 (1).csv": a browser's or Google Sheets' second download of the same file, beside the first
            String copy = name.replaceFirst("\\s*\\(\\d{1,3}\\)(?=\\.[^.]+$|$)", "");
            if (SourceDefinition.dateInName(name) != null) {
                byPattern.computeIfAbsent(copy.replaceFirst("\\d{4}-\\d{2}-\\d{2}", "<date>"), k -> new ArrayList<>()).add(f);
            } else {
                byPattern.computeIfAbsent(copy, k -> new ArrayList<>()).add(f);
            }
        }
        return byPattern.values().stream().filter(g -> g.size() > 1).toList();
    }
}
