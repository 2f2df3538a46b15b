package org.rollcall.sample.other;

import java.util.List;
import java.util.Map;

/**
 * Detention centres with the spellings lists use for them, offences, professions and court
 * wording of the independent lists. All fictional use of real place names.
 */
final class Places {

    /** Canonical centre → state (entidad). */
    static final Map<String, String> CENTRES = Map.ofEntries(
            Map.entry("Rodeo I", "Miranda"), Map.entry("El Helicoide", "Distrito Capital"), Map.entry("Tocorón", "Aragua"),
            Map.entry("Tocuyito", "Carabobo"), Map.entry("Yare III", "Miranda"), Map.entry("DGCIM Boleíta", "Miranda"),
            Map.entry("Zona 7", "Miranda"), Map.entry("La Tumba", "Distrito Capital"), Map.entry("Ramo Verde", "Miranda"),
            Map.entry("INOF", "Miranda"), Map.entry("Uribana", "Lara"), Map.entry("Rodeo III", "Miranda"),
            Map.entry("Centro Penitenciario de Occidente", "Táchira"), Map.entry("El Dorado", "Bolívar"));

    /** Canonical centre → spellings, the canonical one first. */
    static final Map<String, List<String>> SPELLINGS = Map.ofEntries(
            Map.entry("Rodeo I", List.of("Rodeo I", "Rodeo 1", "Rodeo I (Miranda)", "RODEO I")),
            Map.entry("El Helicoide", List.of("El Helicoide", "Helicoide", "SEBIN El Helicoide")),
            Map.entry("Tocorón", List.of("Tocorón", "Tocoron", "Centro Penitenciario de Aragua (Tocorón)")),
            Map.entry("Tocuyito", List.of("Tocuyito", "Penitenciario de Tocuyito")),
            Map.entry("Yare III", List.of("Yare III", "Yare 3")),
            Map.entry("DGCIM Boleíta", List.of("DGCIM Boleíta", "Boleita", "DGCIM")),
            Map.entry("Zona 7", List.of("Zona 7", "Zona 7 (Boleíta)", "ZONA 7")),
            Map.entry("La Tumba", List.of("La Tumba", "Plaza Venezuela (La Tumba)")),
            Map.entry("Ramo Verde", List.of("Ramo Verde", "CENAPROMIL Ramo Verde")),
            Map.entry("INOF", List.of("INOF", "INOF Los Teques")),
            Map.entry("Uribana", List.of("Uribana", "Fénix Lara")),
            Map.entry("Rodeo III", List.of("Rodeo III", "Rodeo 3")),
            Map.entry("Centro Penitenciario de Occidente", List.of("Centro Penitenciario de Occidente", "CPO Santa Ana")),
            Map.entry("El Dorado", List.of("El Dorado", "Cárcel de El Dorado")));

    /** Offences, most common first. */
    static final List<String> OFFENCES = List.of("Terrorismo", "Instigación al odio", "Asociación para delinquir", "Conspiración",
            "Financiamiento al terrorismo", "Traición a la patria", "Resistencia a la autoridad", "Daños a la propiedad pública",
            "Acciones armadas contra la soberanía con participación extranjera", "Rebelión militar", "Legitimación de capitales",
            "Obstrucción de la vía pública", "Incitación a la desobediencia", "Revelación de secretos políticos");

    static final String TERRORISM = "Terrorismo";
    static final String ARMED_ACTIONS = "Acciones armadas contra la soberanía con participación extranjera";

    static final List<String> PROFESSIONS = List.of("Comerciante", "Estudiante", "Obrero", "Docente", "Abogado", "Periodista",
            "Mototaxista", "Enfermero", "Ingeniero", "Agricultor", "Ama de casa", "Activista", "Defensor de derechos humanos", "Chofer", "Médico", "Desempleado");

    /** Professions of members of the armed or security forces. */
    static final List<String> MILITARY_PROFESSIONS = List.of("Sargento primero", "Teniente", "Capitán", "Funcionario policial",
            "Sargento segundo", "Mayor", "Coronel");

    static final List<String> COURTS = List.of("Tribunal 1° de Control con Competencia en Terrorismo", "Tribunal 2° de Control con"
            + " Competencia en Terrorismo", "Tribunal 3° de Juicio de Caracas", "Tribunal 4° de Control de Miranda",
            "Corte de Apelaciones de Caracas", "Tribunal 5° de Control de Carabobo");

    static final String GRANTED = "Se otorga amnistía";
    static final String DENIED = "Se niega";
    static final String MILITARY = "Declina competencia a la jurisdicción militar";
    static final String REVIEW = "En revisión";

    /** Reasons a court gives for a denial citing art. 9, num. 2 (security forces convicted of terrorism). */
    static final List<String> MOTIVES_9_2 = List.of("Excluido conforme al art. 9, num. 2 de la Ley de Amnistía",
            "Funcionario de seguridad condenado por terrorismo (artículo 9.2)", "art. 9, num. 2");
    /** Reasons citing art. 9, num. 4 (armed actions with foreign involvement). */
    static final List<String> MOTIVES_9_4 = List.of("Excluido conforme al art. 9, num. 4 de la Ley de Amnistía",
            "Acciones armadas con participación extranjera (artículo 9.4)", "art. 9, num. 4");
    /** Other reasons for a denial. */
    static final List<String> MOTIVES_OTHER = List.of("Hechos posteriores a la fecha de corte de la ley",
            "No se acredita el carácter político de los hechos", "Solicitud extemporánea", "Delito común conexo (art. 7)");

    private Places() {
    }
}
