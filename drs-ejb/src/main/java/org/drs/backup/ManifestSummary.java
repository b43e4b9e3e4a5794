package org.drs.backup;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.drs.archive.ArchiveResult;
import org.drs.registration.RegistrationCatalog;

/**
 * What a manifest says of its set: server, start, overall status, and each feature with version,
 * status and components (file, size and SHA-256 of each one that was backed up).
 */
public record ManifestSummary(
    String set, String server, Instant start, String status, List<FeatureSummary> features)
    implements Serializable {

  /** One feature of a set. */
  public record FeatureSummary(
      String name, String version, String status, List<ComponentSummary> components)
      implements Serializable {

    /** The components a restore can bring back: those the backup wrote. */
    public List<ComponentSummary> restorable() {
      return components.stream().filter(ComponentSummary::restorable).toList();
    }
  }

  /**
   * One component of a feature; file, size and hash only when it was backed up; the size of its tar
   * stream when the manifest records it (0 otherwise).
   */
  public record ComponentSummary(
      String name, String status, String file, long size, String sha256, long contentSize)
      implements Serializable {

    public boolean restorable() {
      return "SUCCESS".equals(status) && file != null;
    }

    /** The size and hash a restore must find. */
    public ArchiveResult recorded() {
      return new ArchiveResult(size, sha256, 0);
    }
  }

  /** The features an administrator chose, without DRS's own. */
  public String featureNames() {
    return String.join(
        ", ",
        features.stream()
            .map(FeatureSummary::name)
            .filter(name -> !RegistrationCatalog.DRS_FEATURE.equals(name))
            .toList());
  }
}
