package org.drs.common;

import java.util.List;
import java.util.stream.Collectors;

/** Fields of a form break the guide's rules; nothing was saved. Each problem names its field. */
public class InputRefusedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  private final List<FieldProblem> problems;

  public InputRefusedException(List<FieldProblem> problems) {
    super(
        problems.stream()
            .map(p -> p.field() + ": " + p.message())
            .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
