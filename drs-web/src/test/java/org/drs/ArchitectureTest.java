package org.drs;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout every capability builds on: no package cycles, layers that call only downwards, and
 * pages that reach data only through the services. A new dependency that breaks it fails here.
 */
class ArchitectureTest {

  private static JavaClasses drs;

  @BeforeAll
  static void importDrs() {
    drs =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.drs");
  }

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices().matching("org.drs.(**)").should().beFreeOfCycles().check(drs);
  }

  /**
   * From the entry points down to the parts every layer uses. Each capability is a layer of its
   * own, so that which one may use which is written down: a restore brings back the schedules, a
   * schedule starts backups, a backup writes to devices.
   */
  @Test
  void layersCallOnlyDownwards() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Pages")
        .definedBy("org.drs.web..")
        .layer("JMX")
        .definedBy("org.drs.jmx..")
        .layer("Monitoring")
        .definedBy("org.drs.monitoring..")
        .layer("Batch steps")
        .definedBy("org.drs.batch..")
        .layer("Startup")
        .definedBy("org.drs.startup..")
        .layer("Restore")
        .definedBy("org.drs.restore..")
        .layer("Schedule")
        .definedBy("org.drs.schedule..")
        .layer("Backup")
        .definedBy("org.drs.backup..")
        .layer("Master Agent")
        .definedBy("org.drs.agent.master..")
        .layer("Local Agent")
        .definedBy("org.drs.agent.local..")
        .layer("Agent messages")
        .definedBy("org.drs.agent")
        .layer("Device")
        .definedBy("org.drs.device..")
        .layer("Job")
        .definedBy("org.drs.job..")
        .whereLayer("Pages")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("JMX")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Monitoring")
        .mayOnlyBeAccessedByLayers("Pages")
        .whereLayer("Batch steps")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Startup")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Restore")
        .mayOnlyBeAccessedByLayers("Pages", "JMX", "Batch steps", "Startup")
        .whereLayer("Schedule")
        .mayOnlyBeAccessedByLayers("Pages", "JMX", "Startup", "Restore")
        .whereLayer("Backup")
        .mayOnlyBeAccessedByLayers("Pages", "JMX", "Batch steps", "Startup", "Restore", "Schedule")
        .whereLayer("Master Agent")
        .mayOnlyBeAccessedByLayers("Restore", "Backup")
        .whereLayer("Local Agent")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Agent messages")
        .mayOnlyBeAccessedByLayers("Restore", "Backup", "Master Agent", "Local Agent")
        .whereLayer("Device")
        .mayOnlyBeAccessedByLayers(
            "Pages",
            "JMX",
            "Monitoring",
            "Restore",
            "Schedule",
            "Backup",
            "Agent messages",
            "Local Agent",
            "Startup")
        .whereLayer("Job")
        .mayOnlyBeAccessedByLayers(
            "Pages",
            "JMX",
            "Monitoring",
            "Batch steps",
            "Startup",
            "Restore",
            "Schedule",
            "Backup",
            "Device")
        .check(drs);
  }

  /**
   * Local Agents are reached through the Master Agent, which knows which server each one serves.
   */
  @Test
  void onlyTheMasterAgentHoldsLocalAgents() {
    noFields()
        .that()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("org.drs.agent.master..")
        .should()
        .haveRawType("org.drs.agent.LocalAgent")
        .check(drs);
  }

  @Test
  void pagesNeverTouchTheDatabase() {
    noClasses()
        .that(resideInAPackage("org.drs.web.."))
        .should()
        .dependOnClassesThat(resideInAPackage("jakarta.persistence.."))
        .because("pages read and change data only through the services")
        .check(drs);
  }
}
