package org.drs.device;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/** The settings break the guide's rules; nothing was saved. */
@ApplicationException(rollback = true)
public class DeviceInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<FieldProblem> problems;

  public DeviceInputException(List<FieldProblem> problems) {
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
