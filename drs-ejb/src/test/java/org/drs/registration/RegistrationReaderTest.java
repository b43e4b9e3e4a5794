package org.drs.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrationReaderTest {

  @TempDir Path directory;
  private final RegistrationReader reader =
      new RegistrationReader(value -> value.replace("${data}", "/srv/data"));

  @Test
  void featureWithEveryActionKindIsRead() throws Exception {
    FeatureRegistration feature =
        reader.read(
            descriptor(
                """
                <feature xmlns="urn:drs:registration:1" name="CUMA" version="7.0(1)">
                  <component name="FILES"><directory path="${data}/files"/></component>
                  <component name="DB"><database datasource="java:jboss/datasources/CumaDS"/></component>
                  <component name="CERTS">
                    <script path="/opt/cuma/certs.sh" timeout="3600"/>
                    <pre-backup script="/opt/cuma/quiesce.sh" timeout="60"/>
                    <post-backup script="/opt/cuma/resume.sh"/>
                  </component>
                </feature>
                """));

    assertThat(feature.name()).isEqualTo("CUMA");
    assertThat(feature.version()).isEqualTo("7.0(1)");
    assertThat(feature.components())
        .containsExactly(
            new ComponentRegistration(
                "FILES", ActionKind.DIRECTORY, "/srv/data/files", null, null, ActionTimeouts.NONE),
            new ComponentRegistration(
                "DB",
                ActionKind.DATABASE,
                "java:jboss/datasources/CumaDS",
                null,
                null,
                ActionTimeouts.NONE),
            new ComponentRegistration(
                "CERTS",
                ActionKind.SCRIPT,
                "/opt/cuma/certs.sh",
                "/opt/cuma/quiesce.sh",
                "/opt/cuma/resume.sh",
                new ActionTimeouts(Duration.ofSeconds(60), Duration.ofHours(1), null)));
    ActionTimeouts certs = feature.components().get(2).timeouts();
    assertThat(certs.preBackupLimit()).isEqualTo(Duration.ofSeconds(60));
    assertThat(certs.postBackupLimit()).isEqualTo(ActionTimeouts.DEFAULT_HOOK);
  }

  @Test
  void timeoutThatIsNotWholeSecondsIsRefused() throws Exception {
    assertRefused(
        """
        <feature xmlns="urn:drs:registration:1" name="CUMA" version="1">
          <component name="CERTS"><script path="/opt/certs.sh" timeout="2h"/></component>
        </feature>
        """,
        "timeout '2h' of <script> must be a whole number of seconds");
  }

  @Test
  void postgresqlComponentBecomesAConnectionStringWithQuotedValues() throws Exception {
    FeatureRegistration feature =
        reader.read(
            descriptor(
                """
                <feature xmlns="urn:drs:registration:1" name="CUMA" version="1">
                  <component name="DB">
                    <postgresql database="cu'ma" user="drs" passfile="${data}/pgpass"/>
                  </component>
                  <component name="REMOTE-DB">
                    <postgresql host="db.example.com" port="6432" database="cuma" user="drs"/>
                  </component>
                </feature>
                """));

    assertThat(feature.components())
        .extracting(ComponentRegistration::kind, ComponentRegistration::target)
        .containsExactly(
            tuple(
                ActionKind.POSTGRESQL,
                "host='localhost' port=5432 dbname='cu\\'ma' user='drs'"
                    + " passfile='/srv/data/pgpass'"),
            tuple(
                ActionKind.POSTGRESQL, "host='db.example.com' port=6432 dbname='cuma' user='drs'"));
  }

  @Test
  void postgresqlComponentNeedsDatabaseUserAndAValidPort() throws Exception {
    assertRefused(
        """
        <feature xmlns="urn:drs:registration:1" name="CUMA" version="1">
          <component name="DB"><postgresql database="cuma"/></component>
        </feature>
        """,
        "<postgresql> needs the attribute user");
    assertRefused(
        """
        <feature xmlns="urn:drs:registration:1" name="CUMA" version="1">
          <component name="DB"><postgresql database="cuma" user="drs" port="70000"/></component>
        </feature>
        """,
        "port '70000' must be a number from 1 to 65535");
  }

  @Test
  void lowerCaseOrUnderscoreNamesAreRefusedWithTheLine() throws Exception {
    assertRefused(
        """
        <feature xmlns="urn:drs:registration:1" name="CUMA" version="1">
          <component name="my_files"><directory path="/x"/></component>
        </feature>
        """,
        "line 2",
        "upper-case letters, digits and dashes");
  }

  @Test
  void relativeOrTraversingPathsAreRefused() throws Exception {
    assertRefused(
        """
        <feature xmlns="urn:drs:registration:1" name="CUMA" version="1">
          <component name="FILES"><directory path="/srv/../etc"/></component>
        </feature>
        """,
        "must be absolute and without '..'");
  }

  @Test
  void componentWithoutOrWithTwoActionsIsRefused() throws Exception {
    assertRefused(
        """
        <feature xmlns="urn:drs:registration:1" name="CUMA" version="1">
          <component name="FILES"><pre-backup script="/x.sh"/></component>
        </feature>
        """,
        "needs one action");
    assertRefused(
        """
        <feature xmlns="urn:drs:registration:1" name="CUMA" version="1">
          <component name="FILES"><directory path="/a"/><script path="/b.sh"/></component>
        </feature>
        """,
        "more than one action");
  }

  @Test
  void duplicateComponentAndMissingVersionAreRefused() throws Exception {
    assertRefused(
        """
        <feature xmlns="urn:drs:registration:1" name="CUMA" version="1">
          <component name="A"><directory path="/a"/></component>
          <component name="A"><directory path="/b"/></component>
        </feature>
        """,
        "registered twice");
    assertRefused(
        "<feature xmlns=\"urn:drs:registration:1\" name=\"CUMA\"/>", "needs the attribute version");
  }

  @Test
  void wrongNamespaceAndBrokenXmlAreRefused() throws Exception {
    assertRefused("<feature name=\"CUMA\" version=\"1\"/>", "namespace urn:drs:registration:1");
    assertRefused("<feature", "not well-formed");
  }

  private void assertRefused(String xml, String... reasons) throws Exception {
    Path file = descriptor(xml);
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(RegistrationException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContainingAll(reasons);
  }

  private Path descriptor(String xml) throws Exception {
    return Files.writeString(Files.createTempFile(directory, "feature", ".xml"), xml);
  }
}
