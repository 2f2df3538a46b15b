package org.rollcall.job;

import java.security.CodeSource;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.SpringProperties;
import org.springframework.util.ClassUtils;

/** The Spring Boot application behind the command line: the job repository, the steps, the runner. */
@SpringBootApplication
public class RollcallApplication {

    /** The initializer Spring's AOT processing generates for this class at build time. */
    static final String AOT_INITIALIZER = RollcallApplication.class.getName() + "__ApplicationContextInitializer";

    /** For Spring's AOT processing at build time only (spring-boot-maven-plugin process-aot); users start {@link Cli}. */
    public static void main(String[] args) {
        SpringApplication.run(RollcallApplication.class, args);
    }

    /**
     * The application a command starts. Run from the packaged jar, whose build ran Spring's AOT
     * processing, it starts from the generated bean definitions ({@code spring.aot.enabled}): no
     * classpath scan, no condition evaluation, about half of Spring's start. Run from a folder of
     * classes (tests, an IDE) it starts the ordinary way, as tests may add beans or change
     * conditions. {@code -Dspring.aot.enabled=false} turns it off.
     */
    static SpringApplication application() {
        if (SpringProperties.getProperty(AotDetector.AOT_ENABLED) == null && packagedWithAot()) {
            SpringProperties.setFlag(AotDetector.AOT_ENABLED);
        }
        SpringApplication app = new SpringApplication(RollcallApplication.class);
        // the AOT initializer is looked up by the main class's name; Spring would take Cli's from the stack
        app.setMainApplicationClass(RollcallApplication.class);
        return app;
    }

    private static boolean packagedWithAot() {
        CodeSource source = RollcallApplication.class.getProtectionDomain().getCodeSource();
        String location = source == null || source.getLocation() == null ? "" : source.getLocation().toString();
        return location.contains(".jar") && ClassUtils.isPresent(AOT_INITIALIZER, RollcallApplication.class.getClassLoader());
    }
}
