package org.drs.agent.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A staging area goes only once nothing in it can be the last copy of the data as it was. */
class StagingAreaTest {

  @TempDir Path root;

  @Test
  void areaWithoutASwapGoes() throws Exception {
    StagingArea staging = new StagingArea(root);
    staging.freshComponent(7, "DEMO", "FILES");

    assertThat(staging.discard(7)).isTrue();
    assertThat(root.resolve("job-7")).doesNotExist();
  }

  @Test
  void swapNeitherCompletedNorPutBackStaysForTheNextStart() throws Exception {
    StagingArea staging = new StagingArea(root);
    Files.writeString(staging.old(7, "DEMO", "DB"), "the only copy of the old rows");
    Files.writeString(staging.swapPlan(7), "{}");

    assertThat(staging.discard(7)).isFalse();
    assertThat(staging.old(7, "DEMO", "DB")).hasContent("the only copy of the old rows");

    Files.createFile(staging.putBack(7));
    assertThat(staging.discard(7)).isTrue();
  }

  @Test
  void completedSwapGoesAndAKeptAreaStays() throws Exception {
    StagingArea staging = new StagingArea(root);
    staging.freshComponent(7, "DEMO", "FILES");
    Files.writeString(staging.swapPlan(7), "{}");
    Files.createFile(staging.swapped(7));
    assertThat(staging.discard(7)).isTrue();

    staging.freshComponent(8, "DEMO", "DB");
    staging.keep(8, "DEMO/DB could not be put back");
    assertThat(staging.discard(8)).isFalse();
    assertThat(staging.kept(8)).hasContent("DEMO/DB could not be put back");
  }
}
