package org.rollcall.sample.other;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rollcall.RollcallException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The name vocabulary of the independent lists, read from the Spanish-language locale files of
 * datafaker 2.7.0 (net.datafaker, Apache-2.0): {@code es-MX.yml}, {@code es-PY.yml},
 * {@code es-AR.yml} and {@code es.yml}, section {@code faker.name}. Neither rollcall's parser
 * lexicon ({@code normalize/given-names.txt}) nor the sample generator's {@code SampleNames} is
 * used, so a name the parser does not know is as likely here as in a real list.
 *
 * <p>Order is rank: es-MX and es-AR list their names by frequency, so they come first (es-MX's
 * 200 given names are 100 men's then 100 women's), then es-AR, es-PY and es.yml. A name repeated in
 * several files keeps its first rank and its accented spelling (es-AR writes none: "Jose" takes
 * "José" from es-MX). Sex: es.yml's male/female lists and es-MX's halves decide; an es-AR name found
 * in none is female when it ends in "a" (Soledad, Noemi and the like are listed below).
 */
final class NameSource {

    private static final List<String> FEMALE_NOT_IN_A = List.of("soledad", "noemi", "beatriz", "elizabeth", "mercedes", "ines",
            "raquel", "isabel", "carmen", "luz", "pilar", "ruth", "esther", "liliana", "belen", "rocio", "nieves", "dolores",
            "abigail", "miriam", "lourdes", "consuelo", "ester", "maribel", "marisol", "yael", "sol", "flor", "monserrat", "araceli",
            "edith", "rosario", "raquel", "nicole", "evelyn", "karen", "ivonne", "janet", "iris", "nahir", "abril", "jazmin", "noelia");
    private static final List<String> MALE_IN_A = List.of("luca", "borja", "bautista", "nicolas", "jeremias", "matias", "elias",
            "tobias", "isaias", "josue", "ezequiel", "garcia", "andrea", "saba");

    private final List<String> male;
    private final List<String> female;
    private final List<String> surnames;

    private NameSource(List<String> male, List<String> female, List<String> surnames) {
        this.male = male;
        this.female = female;
        this.surnames = surnames;
    }

    /** Loads the vocabulary from datafaker's locale files on the class path. */
    static NameSource load() {
        Map<String, String> accented = new LinkedHashMap<>();
        Map<String, Character> sex = new LinkedHashMap<>();
        List<String> given = new ArrayList<>();
        List<String> surnames = new ArrayList<>();
        JsonNode es = names("es.yml");
        es.path("male_first_name").forEach(n -> learn(n.asString(), 'M', accented, sex));
        es.path("female_first_name").forEach(n -> learn(n.asString(), 'F', accented, sex));
        for (String file : List.of("es-MX.yml", "es-PY.yml")) {
            JsonNode first = names(file).path("first_name");
            for (int i = 0; i < first.size(); i++) {
                learn(first.get(i).asString(), i < first.size() / 2 ? 'M' : 'F', accented, sex);
            }
        }
        for (String file : List.of("es-MX.yml", "es-AR.yml", "es-PY.yml", "es.yml")) {
            JsonNode n = names(file);
            n.path("first_name").forEach(v -> add(given, v.asString()));
            n.path("male_first_name").forEach(v -> add(given, v.asString()));
            n.path("female_first_name").forEach(v -> add(given, v.asString()));
            n.path("last_name").forEach(v -> add(surnames, v.asString()));
        }
        for (JsonNode n : List.of(names("es-MX.yml"), es)) {
            n.path("last_name").forEach(v -> accented.putIfAbsent(fold(v.asString()), v.asString().trim()));
        }
        List<String> male = new ArrayList<>();
        List<String> female = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String g : given) {
            String key = fold(g);
            if (seen.contains(key)) {
                continue;
            }
            seen.add(key);
            String spelled = accented.getOrDefault(key, g);
            (sexOf(key, sex) == 'F' ? female : male).add(spelled);
        }
        List<String> sur = new ArrayList<>();
        List<String> seenSur = new ArrayList<>();
        for (String s : surnames) {
            String key = fold(s);
            if (!seenSur.contains(key) && !key.contains(" ")) {
                seenSur.add(key);
                sur.add(accented.getOrDefault(key, s));
            }
        }
        return new NameSource(List.copyOf(male), List.copyOf(female), List.copyOf(sur));
    }

    /** Given names of one sex, most frequent first. */
    List<String> given(char sex) {
        return sex == 'F' ? female : male;
    }

    /** Surnames, most frequent first. */
    List<String> surnames() {
        return surnames;
    }

    private static char sexOf(String key, Map<String, Character> known) {
        Character s = known.get(key);
        if (s != null) {
            return s;
        }
        String first = key.split(" ")[0];
        if (known.containsKey(first)) {
            return known.get(first);
        }
        if (FEMALE_NOT_IN_A.contains(first)) {
            return 'F';
        }
        return first.endsWith("a") && !MALE_IN_A.contains(first) ? 'F' : 'M';
    }

    private static void learn(String name, char s, Map<String, String> accented, Map<String, Character> sex) {
        String key = fold(name);
        accented.putIfAbsent(key, name.trim());
        sex.putIfAbsent(key, s);
    }

    private static void add(List<String> out, String name) {
        if (name != null && !name.isBlank() && !name.contains("#{")) {
            out.add(name.trim());
        }
    }

    /** Lower case without accents: the key under which spellings of one name meet. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
    }

    private static JsonNode names(String resource) {
        try (InputStream in = NameSource.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new RollcallException("datafaker's " + resource + " is not on the class path (net.datafaker:datafaker 2.7.0)");
            }
            JsonNode root = new YAMLMapper().readTree(in);
            JsonNode locale = root.properties().iterator().next().getValue();
            return locale.path("faker").path("name");
        } catch (IOException e) {
            throw new RollcallException("cannot read datafaker's " + resource + ": " + e.getMessage(), e);
        }
    }
}
