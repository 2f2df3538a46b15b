package org.rollcall.job;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application behind the command line: the job repository, the steps, the runner. */
@SpringBootApplication
public class RollcallApplication {
}
