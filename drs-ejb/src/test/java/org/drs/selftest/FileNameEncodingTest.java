package org.drs.selftest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FileNameEncodingTest {

  @Test
  void utf8FileNamesPass() {
    assertThatCode(() -> SelfTest.checkFileNameEncoding("UTF-8")).doesNotThrowAnyException();
  }

  @Test
  void anyOtherEncodingFailsTheSelfTestAndSaysWhatToDo() {
    assertThatThrownBy(() -> SelfTest.checkFileNameEncoding("ANSI_X3.4-1968"))
        .isInstanceOf(SelfTestFailure.class)
        .hasMessageContaining("ANSI_X3.4-1968")
        .hasMessageContaining("LANG=C.UTF-8");
  }
}
