package org.onedoor.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChildProcessTest {

    @Test
    void aFailedStartShowsMessagesAndCausesNotFrames() {
        List<String> log = List.of(
                "[2026-12-03] Booting Payara Micro",
                "SEVERE: Exception while loading the app",
                "java.lang.IllegalStateException: no datasource",
                "\tat fish.payara.Deployer.deploy(Deployer.java:10)",
                "\tat java.base/java.lang.Thread.run(Thread.java:840)",
                "Caused by: org.postgresql.util.PSQLException: Connection refused",
                "\t... 42 more",
                "Payara Micro stopped");

        assertThat(ChildProcess.tail(log, 3).lines())
                .containsExactly(
                        "java.lang.IllegalStateException: no datasource",
                        "Caused by: org.postgresql.util.PSQLException: Connection refused",
                        "Payara Micro stopped");
        assertThat(ChildProcess.tail(log, 25).lines()).hasSize(5).noneMatch(line -> line.contains("\tat "));
    }
}
