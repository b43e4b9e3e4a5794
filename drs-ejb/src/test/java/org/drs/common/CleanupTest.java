package org.drs.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanupTest {

  @Test
  void aFailingStepSkipsNoLaterStepAndItsFailureIsRethrown() {
    List<String> ran = new ArrayList<>();

    assertThatThrownBy(
            () ->
                Cleanup.runEach(
                    () -> {
                      ran.add("disarm");
                      throw new IllegalStateException("timer service gone");
                    },
                    () -> ran.add("release the lock"),
                    () -> {
                      ran.add("forget progress");
                      throw new IllegalArgumentException("second");
                    },
                    () -> ran.add("log")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("timer service gone")
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));

    assertThat(ran).containsExactly("disarm", "release the lock", "forget progress", "log");
  }
}
