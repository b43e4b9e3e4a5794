package org.drs.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

  @Test
  void statementEndsAtSemicolonAtLineEnd() {
    List<String> statements =
        SqlScript.statements(
            List.of("CREATE TABLE A (", "  X INT", ");", "CREATE INDEX I ON A (X);"));

    assertThat(statements).containsExactly("CREATE TABLE A (\nX INT\n)", "CREATE INDEX I ON A (X)");
  }

  @Test
  void commentAndBlankLinesAreSkipped() {
    List<String> statements =
        SqlScript.statements(List.of("-- why this table exists", "", "CREATE TABLE A (X INT);"));

    assertThat(statements).containsExactly("CREATE TABLE A (X INT)");
  }

  @Test
  void lastStatementNeedsNoSemicolon() {
    assertThat(SqlScript.statements(List.of("CREATE TABLE A (X INT)")))
        .containsExactly("CREATE TABLE A (X INT)");
  }
}
