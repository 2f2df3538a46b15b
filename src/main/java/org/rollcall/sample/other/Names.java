package org.rollcall.sample.other;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws names with a skew like real lists: a name's weight is 1/rank^0.8 for given names and
 * 1/rank^0.9 for surnames (Zipf), so homonyms happen
 * by themselves, and the vocabulary in use grows with the population (given names of one sex:
 * 40 + people/6 of the most frequent; surnames: 80 + people/3).
 *
 * <p>About one given name in twelve is a Venezuelan-style coinage that no lexicon holds, made by
 * a rule: an onset from {@link #ONSETS} and a coda of the person's sex ({@link #MALE_CODAS},
 * {@link #FEMALE_CODAS}), e.g. Yor+bis "Yorbis", Dei+vis "Deivis", Yus+mary "Yusmary". Compound
 * given names take a second name ("José Gregorio") or a devotional form ("María de los Ángeles").
 * One person in sixteen has a surname with a particle from {@link #PARTICLE_SURNAMES}.
 */
final class Names {

    static final List<String> ONSETS = List.of("Yor", "Dei", "Yus", "Wil", "Yel", "Nei", "Dar", "Jor", "Yen", "Fran", "Eli", "Yan",
            "Leu", "Kei", "Ros", "Mil", "Yoj", "Dax");
    static final List<String> MALE_CODAS = List.of("bis", "vis", "ker", "son", "mer", "dy", "man", "nel", "wins", "ber");
    static final List<String> FEMALE_CODAS = List.of("mary", "litza", "let", "ly", "beth", "mar", "lis", "neidy", "sy", "ret", "kelis");
    static final List<String> PARTICLE_SURNAMES = List.of("del Castillo", "de la Fuente", "de León", "de Armas", "del Valle",
            "de la Cruz", "de Freitas", "de Sousa", "de Abreu", "de la Rosa", "de los Ríos", "de Jesús");
    static final List<String> DEVOTIONAL = List.of("María de los Ángeles", "María del Carmen", "María de Lourdes", "María del Valle",
            "María de Jesús");
    /** Spellings of one name that lists mix (aliases a job file declares). */
    static final List<List<String>> ALIASES = List.of(List.of("Jhonny", "Jonny", "Johnny"), List.of("Yorbis", "Jorbis"),
            List.of("Deivis", "Deyvis"));

    private final NameSource source;
    private final Random rnd;
    private final int givenVocabulary;
    private final int surnameVocabulary;

    Names(NameSource source, int people, Random rnd) {
        this.source = source;
        this.rnd = rnd;
        this.givenVocabulary = 40 + people / 6;
        this.surnameVocabulary = 80 + people / 3;
    }

    /** One to three given names of a sex. */
    String given(char sex) {
        int kind = rnd.nextInt(100);
        if (kind < 8) {
            return coined(sex) + (rnd.nextBoolean() ? "" : " " + common(sex));
        }
        if (kind < 10) {
            return sex == 'M' ? "Jhonny" + (rnd.nextBoolean() ? "" : " " + common(sex)) : DEVOTIONAL.get(rnd.nextInt(DEVOTIONAL.size()));
        }
        if (kind < 18 && sex == 'F') {
            return DEVOTIONAL.get(rnd.nextInt(DEVOTIONAL.size()));
        }
        String first = common(sex);
        if (kind < 55 || first.contains(" ")) {
            return first;
        }
        String second = common(sex);
        if (second.equals(first) || second.contains(" ")) {
            return first;
        }
        return kind < 96 ? first + " " + second : first + " " + second + " " + common(sex).split(" ")[0];
    }

    /** A surname; particles now and then. */
    String surname() {
        if (rnd.nextInt(16) == 0) {
            return PARTICLE_SURNAMES.get(rnd.nextInt(PARTICLE_SURNAMES.size()));
        }
        return zipf(source.surnames(), surnameVocabulary, 0.9);
    }

    String common(char sex) {
        return zipf(source.given(sex), givenVocabulary, 0.8);
    }

    String coined(char sex) {
        List<String> codas = sex == 'M' ? MALE_CODAS : FEMALE_CODAS;
        return ONSETS.get(rnd.nextInt(ONSETS.size())) + codas.get(rnd.nextInt(codas.size()));
    }

    private String zipf(List<String> ranked, int vocabulary, double exponent) {
        int n = Math.min(vocabulary, ranked.size());
        double total = 0;
        for (int i = 1; i <= n; i++) {
            total += Math.pow(i, -exponent);
        }
        double x = rnd.nextDouble() * total;
        for (int i = 1; i <= n; i++) {
            x -= Math.pow(i, -exponent);
            if (x <= 0) {
                return ranked.get(i - 1);
            }
        }
        return ranked.get(n - 1);
    }

    /** Every spelling the aliases give a name, the name itself first. */
    static List<String> aliasesOf(String name) {
        List<String> out = new ArrayList<>(List.of(name));
        for (List<String> group : ALIASES) {
            if (group.contains(name)) {
                group.stream().filter(s -> !s.equals(name)).forEach(out::add);
            }
        }
        return out;
    }
}
