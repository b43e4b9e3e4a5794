package org.drs.common;

/** One input field that breaks a rule, and the message to show beside it. */
public record FieldProblem(String field, String message) {}
