package org.rollcall.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/** Resolves a source's path or glob ("input/tribunales/*.csv") to the files it names, sorted. */
public final class SourceFiles {

    private SourceFiles() {
    }

    /** The files, relative to nothing: absolute and normalised. Empty when nothing matches. */
    public static List<Path> resolve(Path baseDir, String pattern) {
        if (!isGlob(pattern)) {
            Path p = baseDir.resolve(pattern).normalize();
            return Files.isRegularFile(p) ? List.of(p) : List.of();
        }
        String normalized = pattern.replace('\\', '/');
        int cut = firstGlobChar(normalized);
        int slash = normalized.lastIndexOf('/', cut);
        Path root = baseDir.resolve(slash < 0 ? "." : normalized.substring(0, slash)).normalize();
        String rest = slash < 0 ? normalized : normalized.substring(slash + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> matcher.matches(root.relativize(p)))
                    .filter(p -> !ownerFile(p))
                    .map(Path::normalize).sorted().toList();
        } catch (IOException e) {
            throw new SourceReadException(root + ": cannot list files for '" + pattern + "': " + e.getMessage(), e);
        }
    }

    /**
     * The lock files a glob matched and {@link #resolve} left out: the workbook beside each is open in
     * Excel or LibreOffice (and may hold unsaved changes). Empty for a path naming one file.
     */
    public static List<Path> ownerFilesMatched(Path baseDir, String pattern) {
        if (!isGlob(pattern)) {
            return List.of();
        }
        String normalized = pattern.replace('\\', '/');
        int cut = firstGlobChar(normalized);
        int slash = normalized.lastIndexOf('/', cut);
        Path root = baseDir.resolve(slash < 0 ? "." : normalized.substring(0, slash)).normalize();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + (slash < 0 ? normalized : normalized.substring(slash + 1)));
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> matcher.matches(root.relativize(p))).filter(SourceFiles::ownerFile)
                    .map(Path::normalize).sorted().toList();
        } catch (IOException e) {
            return List.of(); // resolve says what is wrong with the folder
        }
    }

    /**
     * True for the lock file an office program writes beside a document it has open: Excel's and
     * Word's owner file "~$rulings.xlsx", LibreOffice's ".~lock.rulings.xlsx#". It holds the name of
     * whoever has the document open, never a list.
     */
    public static boolean ownerFile(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("~$") || (name.startsWith(".~lock.") && name.endsWith("#"));
    }

    /** The document an owner file locks: "~$rulings.xlsx" → "rulings.xlsx" (Excel may cut the first letters of a long name). */
    public static String lockedDocument(Path ownerFile) {
        String name = ownerFile.getFileName().toString();
        return name.startsWith("~$") ? name.substring(2) : name.substring(".~lock.".length(), name.length() - 1);
    }

    /** The path as reports show it: relative to the base folder when inside it. */
    public static String display(Path baseDir, Path file) {
        Path base = baseDir.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private static boolean isGlob(String p) {
        return firstGlobChar(p) < p.length();
    }

    private static int firstGlobChar(String p) {
        for (int i = 0; i < p.length(); i++) {
            if ("*?[{".indexOf(p.charAt(i)) >= 0) {
                return i;
            }
        }
        return p.length();
    }
}
