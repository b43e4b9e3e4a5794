package org.drs.restore;

import java.io.Serializable;
import java.util.List;
import org.drs.backup.ManifestSummary;
import org.drs.backup.ManifestSummary.FeatureSummary;

/** A set on a device as the Restore Wizard offers it: what its manifest says, and its size. */
public record RestorableSet(ManifestSummary manifest, long bytes) implements Serializable {

  /** Identifies the set on its device: the same name may come from two servers. */
  public String key() {
    return manifest.set() + "@" + manifest.server();
  }

  /** The features that have something to restore, DRS's own settings among them. */
  public List<FeatureSummary> restorableFeatures() {
    return manifest.features().stream().filter(f -> !f.restorable().isEmpty()).toList();
  }
}
