/**
 * A second, independent generator of fictional detainee lists and its quality benchmark: lists
 * rollcall was not shaped on, with a truth computed from what was written, never by rollcall's
 * pipeline.
 *
 * <p><b>Name source.</b> Given names and surnames come from the Spanish-language locale files of
 * datafaker 2.7.0 ({@code net.datafaker:datafaker}, Apache License 2.0): {@code es-MX.yml},
 * {@code es-AR.yml}, {@code es-PY.yml}, {@code es.yml}, section {@code faker.name} (see
 * {@link org.rollcall.sample.other.NameSource}); Venezuelan-style coinages (Yorbis, Deivis,
 * Yusmary) are made by the rule in {@link org.rollcall.sample.other.Names}. Neither the parser's
 * lexicon ({@code normalize/given-names.txt}) nor the nightly sample's {@code SampleNames} is read;
 * when the lexicon is rebuilt, it must not be rebuilt from datafaker either, or this benchmark
 * stops being independent.
 *
 * <p><b>Entry points.</b> {@link org.rollcall.sample.other.IndependentLists#generate} writes one
 * layout's files and {@code truth.json}; {@link org.rollcall.sample.other.QualityReport#of} scores
 * a run's entities.csv and summary.json against it; {@code jobs/benchmarks/independent.sh} does
 * both layouts in one command.
 */
package org.rollcall.sample.other;
