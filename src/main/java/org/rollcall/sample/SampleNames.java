package org.rollcall.sample;

import java.util.List;

/**
 * Name and place lists for the fictional sample. Common Spanish given names and surnames; any
 * combination is made up. Surnames are listed roughly by frequency, so the generator's skewed
 * draw gives many González and few Zambrano, as real lists do.
 */
final class SampleNames {

    static final List<String> MALE = List.of("José", "Luis", "Carlos", "Juan", "Jesús", "Miguel", "Pedro", "Antonio",
            "Manuel", "Francisco", "Rafael", "Gregorio", "Alejandro", "Andrés", "Daniel", "Eduardo", "Fernando",
            "Gabriel", "Héctor", "Iván", "Javier", "Jorge", "Leonardo", "Marcos", "Nelson", "Óscar", "Pablo", "Ramón",
            "Ricardo", "Roberto", "Samuel", "Simón", "Tomás", "Víctor", "Wilmer", "Yorbis", "Jhonny", "Ángel", "Félix",
            "Gustavo", "Hugo", "Ignacio", "Julio", "Lorenzo", "Martín", "Néstor", "Orlando", "Raúl", "Sergio", "Wilfredo");

    static final List<String> FEMALE = List.of("María", "Ana", "Carmen", "Rosa", "Luisa", "Isabel", "Elena", "Gabriela",
            "Daniela", "Andrea", "Carolina", "Patricia", "Mariela", "Yolanda", "Beatriz", "Claudia", "Diana", "Esther",
            "Fabiola", "Gloria", "Inés", "Josefina", "Karina", "Laura", "Lucía", "Marisol", "Mónica", "Natalia",
            "Norma", "Paola", "Raquel", "Sofía", "Susana", "Teresa", "Valentina", "Verónica", "Xiomara", "Yelitza",
            "Zulay", "Adriana", "Alejandra", "Belkis", "Dayana", "Emilia", "Francys", "Genesis", "Irene", "Jazmín",
            "Lisbeth", "Milagros");

    static final List<String> SURNAMES = List.of("González", "Rodríguez", "Pérez", "Hernández", "García", "López",
            "Martínez", "Sánchez", "Ramírez", "Díaz", "Torres", "Rojas", "Flores", "Gómez", "Morales", "Castillo",
            "Vargas", "Romero", "Medina", "Suárez", "Gutiérrez", "Mendoza", "Contreras", "Jiménez", "Herrera",
            "Moreno", "Rivas", "Blanco", "Silva", "Chacón", "Salazar", "Guerrero", "Álvarez", "Marcano", "Quintero",
            "Acosta", "Aguilar", "Aponte", "Arias", "Ávila", "Barrios", "Bello", "Briceño", "Bracho", "Cabrera",
            "Calderón", "Camacho", "Campos", "Cárdenas", "Carrasco", "Castro", "Colmenares", "Cordero", "Delgado",
            "Duarte", "Escalona", "Espinoza", "Fajardo", "Farías", "Figueroa", "Fuentes", "Gil", "Guzmán", "Ibarra",
            "Lara", "León", "Linares", "Lozada", "Luna", "Márquez", "Mata", "Méndez", "Mejías", "Meléndez",
            "Miranda", "Molina", "Montilla", "Mora", "Muñoz", "Navarro", "Núñez", "Ochoa", "Orozco", "Ortega",
            "Ortiz", "Pacheco", "Padrón", "Parra", "Peña", "Pineda", "Piñango", "Quiñones", "Ramos", "Reyes",
            "Rincón", "Ríos", "Rivero", "Salas", "Salcedo", "Sandoval", "Santana", "Sierra", "Sosa", "Tovar",
            "Uzcátegui", "Valera", "Vásquez", "Velásquez", "Villalobos", "Yépez", "Zambrano", "Zapata");

    static final List<String> STATES = List.of("Distrito Capital", "Miranda", "Zulia", "Carabobo", "Lara", "Aragua",
            "Mérida", "Táchira", "Bolívar", "Anzoátegui", "Monagas", "Sucre", "Falcón", "Barinas");

    static final List<String> OFFENCES = List.of("Instigación al odio", "Traición a la patria", "Asociación para delinquir",
            "Terrorismo", "Resistencia a la autoridad", "Daños a la propiedad pública", "Conspiración",
            "Acciones armadas contra la soberanía con participación extranjera", "Obstrucción de la vía pública");

    static final List<String> COURTS = List.of("Tribunal 1° de Control de Caracas", "Tribunal 3° de Control de Caracas",
            "Tribunal Especial 2° de Terrorismo", "Tribunal 5° de Control de Maracaibo", "Tribunal 2° de Juicio de Valencia",
            "Tribunal 4° de Control de Barquisimeto");

    private SampleNames() {
    }
}
