package org.drs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.CompositeDataSupport;
import javax.management.openmbean.CompositeType;
import javax.management.openmbean.OpenType;
import javax.management.openmbean.SimpleType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code drs} decides before it connects: usage, options, the config file, JSON text. */
class DrsTest {

  @TempDir Path home;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private ExitCode run(Map<String, String> environment, String... arguments) {
    return new Drs(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(arguments, environment);
  }

  @Test
  void noCommandAndUnknownOptionsAreUsageErrorsWithOneLine() {
    assertThat(run(Map.of())).isEqualTo(ExitCode.USAGE);
    assertThat(run(Map.of(), "status", "--verbose")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "drs: no command given (drs --help lists the commands)",
            "drs: unknown option --verbose (drs --help lists the commands)");
  }

  @Test
  void aPasswordOrAnyUnknownNameIsNeverTakenAsAnOption() {
    assertThat(run(Map.of(), "device", "add", "nas", "--password=secret"))
        .isEqualTo(ExitCode.USAGE);
    assertThat(run(Map.of(), "device", "add", "nas", "--port")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "drs: unknown option --password (drs --help lists the commands)",
            "drs: --port needs a value (drs --help lists the commands)")
        .noneMatch(line -> line.contains("secret"));
    assertThat(run(Map.of(), "device", "add", "t", "--tape")).isEqualTo(ExitCode.USAGE);
    assertThat(run(Map.of(), "device", "add", "t", "--tape", "/dev/nst0", "--local", "/srv"))
        .as("one kind of device")
        .isEqualTo(ExitCode.USAGE);
  }

  @Test
  void helpListsEveryCommand() {
    assertThat(run(Map.of(), "--help")).isEqualTo(ExitCode.SUCCESS);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("backup", "restore", "show_backupfiles", "cancel_backup", "show_registration")
        .contains("show_tapeid", "history", "device list", "schedule list", "estimate_size");
  }

  @Test
  void everyCommandHasItsOwnHelp() {
    assertThat(run(Map.of(), "device", "--help")).isEqualTo(ExitCode.SUCCESS);
    assertThat(run(Map.of(), "restore", "--help")).isEqualTo(ExitCode.SUCCESS);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("--trust SHA256:", "--password-file", "DRS_DEVICE_PASSWORD")
        .contains("usage: drs restore DEVICE SET FEATURES SERVER");
  }

  @Test
  void progressLineHasABarThePercentageThroughputAndTimeLeft() throws Exception {
    String[] names = {
      "kind",
      "setName",
      "percentage",
      "currentComponent",
      "bytesDone",
      "bytesPerSecond",
      "estimatedEnd"
    };
    OpenType<?>[] types = {
      SimpleType.STRING,
      SimpleType.STRING,
      SimpleType.INTEGER,
      SimpleType.STRING,
      SimpleType.LONG,
      SimpleType.LONG,
      SimpleType.STRING
    };
    CompositeData status =
        new CompositeDataSupport(
            new CompositeType("job", "job", names, names, types),
            names,
            new Object[] {
              "BACKUP",
              "2026-12-05-10-00-00",
              41,
              "DEMO/FILES",
              12L << 20,
              3L << 20,
              "2026-12-05T10:01:30Z"
            });

    assertThat(JobWatch.line(status, Instant.parse("2026-12-05T10:00:00Z")))
        .isEqualTo(
            "BACKUP 2026-12-05-10-00-00 [########............]  41%  DEMO/FILES  12.0 MiB"
                + "  3.0 MiB/s  0:01:30 left");
  }

  @Test
  void configFileOthersCanReadIsRefused() throws Exception {
    Path config = home.resolve("cli.properties");
    Files.writeString(config, "user=admin\npassword=secret\n");
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(run(Map.of("DRS_CONFIG", config.toString()), "status")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("chmod 600 " + config);
  }

  @Test
  void unreachableServerIsFive() throws Exception {
    Map<String, String> environment =
        Map.of(
            "DRS_URL", "service:jmx:rmi:///jndi/rmi://localhost:1/nothing",
            "DRS_USER", "admin",
            "DRS_PASSWORD", "x",
            "HOME", home.toString());

    assertThat(run(environment, "status")).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("drs: cannot log in to DRS at");
  }

  @Test
  void jsonEscapesWhatItQuotes() {
    assertThat(Output.object(Map.of("message", "a \"b\"\n\\c\u0001")))
        .isEqualTo("{\"message\":\"a \\\"b\\\"\\n\\\\c\\u0001\"}");
    assertThat(Output.object(List.of(1, true, "x"))).isEqualTo("[1,true,\"x\"]");
  }
}
