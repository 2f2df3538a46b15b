package org.rollcall.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The packages are the pipeline, read from bottom to top: each may use the ones before it in
 * {@link #LAYERS}, never one after it, and the domain packages use no Spring.
 */
class LayeringTest {

    /** Bottom first: vocabulary, text primitives, estimation maths, job-file settings, then the data flow, then tools and wiring. */
    static final List<String> LAYERS = List.of("domain", "text", "estimate", "config", "ingest", "normalize", "match", "register",
            "review", "reconcile", "report", "sample", "job");

    /** Packages that are plain Java: testable in milliseconds, usable outside a batch job. */
    static final List<String> PLAIN_JAVA = List.of("domain", "text", "estimate", "ingest", "normalize", "match", "register", "review",
            "reconcile", "report", "sample");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.rollcall");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.rollcall.(*)..").should().beFreeOfCycles().check(main);
    }

    @TestFactory
    Stream<DynamicTest> noPackageUsesOneAfterIt() {
        return LAYERS.stream().filter(l -> !l.equals(LAYERS.get(LAYERS.size() - 1))).map(layer -> DynamicTest.dynamicTest(layer, () -> {
            String[] later = LAYERS.subList(LAYERS.indexOf(layer) + 1, LAYERS.size()).stream().map(l -> "org.rollcall." + l + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("org.rollcall." + layer + "..").should().dependOnClassesThat().resideInAnyPackage(later).allowEmptyShould(true)
                    .check(main);
        }));
    }

    @Test
    void everyPackageIsALayer() {
        main.stream().map(c -> c.getPackageName()).filter(p -> p.startsWith("org.rollcall.")).map(p -> p.split("\\.")[2]).distinct()
                .forEach(p -> {
                    if (!LAYERS.contains(p)) {
                        throw new AssertionError("package org.rollcall." + p + " is in no layer: add it to LayeringTest.LAYERS where it belongs");
                    }
                });
    }

    @Test
    void domainPackagesUseNoSpring() {
        noClasses().that().resideInAnyPackage(PLAIN_JAVA.stream().map(l -> "org.rollcall." + l + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..").check(main);
    }
}
