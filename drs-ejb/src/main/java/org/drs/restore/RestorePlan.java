package org.drs.restore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drs.archive.Compression;
import org.drs.backup.ManifestSummary;
import org.drs.backup.ManifestSummary.ComponentSummary;
import org.drs.backup.ManifestSummary.FeatureSummary;
import org.drs.device.BackupDevice;
import org.drs.job.JobComponent;
import org.drs.job.JobKind;
import org.drs.job.JobRecord;
import org.drs.job.JobSteps;
import org.drs.registration.ComponentRegistration;
import org.drs.registration.FeatureRegistration;
import org.drs.registration.RegistrationCatalog;

/**
 * What one restore will do, checked before anything changes: each chosen feature must be in the set
 * with something to restore, registered on this server, at exactly the version the set recorded
 * (the guide's caution: no restore from 7.0(1) to 7.0(2)), with every component the set holds still
 * registered.
 */
public final class RestorePlan {

  /**
   * Without a recorded content size (manifests before it), a zstd or gzip archive's content is
   * taken as four times its size.
   */
  private static final int COMPRESSED_EXPANSION = 4;

  private final ManifestSummary manifest;
  private final List<Step> steps;
  private final List<String> problems;

  /** One component to restore: what the set holds and where it goes on this server. */
  public record Step(
      FeatureSummary feature, ComponentSummary stored, ComponentRegistration target) {

    public String label() {
      return feature.name() + "/" + stored.name();
    }
  }

  private RestorePlan(ManifestSummary manifest, List<Step> steps, List<String> problems) {
    this.manifest = manifest;
    this.steps = steps;
    this.problems = problems;
  }

  public static RestorePlan of(
      ManifestSummary manifest, List<String> chosen, RegistrationCatalog catalog) {
    List<Step> steps = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (chosen == null || chosen.isEmpty()) {
      problems.add("Select at least one feature to restore.");
    } else {
      for (String name : chosen) {
        plan(manifest, name, catalog, steps, problems);
      }
    }
    return new RestorePlan(manifest, List.copyOf(steps), List.copyOf(problems));
  }

  private static void plan(
      ManifestSummary manifest,
      String name,
      RegistrationCatalog catalog,
      List<Step> steps,
      List<String> problems) {
    Optional<FeatureSummary> stored =
        manifest.features().stream().filter(f -> f.name().equals(name)).findFirst();
    if (stored.isEmpty() || stored.get().restorable().isEmpty()) {
      problems.add("Feature " + name + " has nothing to restore in set " + manifest.set() + ".");
      return;
    }
    FeatureSummary feature = stored.get();
    Optional<FeatureRegistration> registered = catalog.feature(name);
    if (registered.isEmpty()) {
      problems.add(
          "Feature "
              + name
              + " is not registered on this server: install version "
              + feature.version()
              + " of it (and its registration descriptor) first.");
      return;
    }
    // DRS's own settings are read by format, so a set from an earlier DRS release restores them.
    if (!RegistrationCatalog.DRS_FEATURE.equals(name)
        && !registered.get().version().equals(feature.version())) {
      problems.add(
          "Feature "
              + name
              + " was backed up at version "
              + feature.version()
              + " but this server has version "
              + registered.get().version()
              + ": DRS restores only onto the same version, so install "
              + feature.version()
              + " first.");
      return;
    }
    for (ComponentSummary component : feature.restorable()) {
      Optional<ComponentRegistration> target =
          registered.get().components().stream()
              .filter(c -> c.name().equals(component.name()))
              .findFirst();
      if (target.isEmpty()) {
        problems.add(
            "Component "
                + name
                + "/"
                + component.name()
                + " of the set is not registered on this server: check the feature's"
                + " registration descriptor.");
      } else {
        steps.add(new Step(feature, component, target.get()));
      }
    }
  }

  public List<String> problems() {
    return problems;
  }

  public List<Step> steps() {
    return steps;
  }

  /** Room the staged copies need: as recorded, or estimated for older compressed sets. */
  public long stagingBytes() {
    return steps.stream().mapToLong(s -> stagingBytes(s.stored())).sum();
  }

  private static long stagingBytes(ComponentSummary stored) {
    if (stored.contentSize() > 0) {
      return stored.contentSize();
    }
    return Compression.ofFile(stored.file()) == Compression.NONE
        ? stored.size()
        : stored.size() * COMPRESSED_EXPANSION;
  }

  public JobRecord toJob(
      String targetServer, BackupDevice device, String startedBy, Path log, Instant start) {
    JobRecord job =
        new JobRecord(
            JobKind.RESTORE,
            manifest.set(),
            targetServer,
            device.getId(),
            device.getName(),
            String.join(", ", steps.stream().map(s -> s.feature().name()).distinct().toList()),
            startedBy,
            start,
            log.toString());
    job.restoresSetOf(manifest.server());
    int position = 0;
    for (Step step : steps) {
      JobComponent component =
          new JobComponent(
              position++,
              step.feature().name(),
              step.feature().version(),
              step.stored().name(),
              step.stored().file(),
              step.stored().size());
      component.expect(step.stored().size(), step.stored().sha256(), step.stored().contentSize());
      job.addComponent(component);
    }
    return job;
  }

  /** The job XML steps of a planned restore: one stage step per component. */
  public static List<JobSteps.Step> steps(JobRecord job) {
    return JobSteps.forComponents(job, "stage-");
  }
}
