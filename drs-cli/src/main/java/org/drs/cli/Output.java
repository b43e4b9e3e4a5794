package org.drs.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.openmbean.CompositeData;

/**
 * What a command prints: aligned tables for people, or with {@code --json} one JSON object with
 * {@code schemaVersion} for scripts. Field names are the MXBean's (README, "Command line").
 */
final class Output {

  static final int SCHEMA_VERSION = 1;

  private final PrintStream out;
  private final boolean json;

  Output(PrintStream out, boolean json) {
    this.out = out;
    this.json = json;
  }

  boolean json() {
    return json;
  }

  /** Rows of the MXBean's composite data, with the columns given. */
  void table(String key, CompositeData[] rows, String... columns) {
    List<Map<String, Object>> values = new ArrayList<>();
    for (CompositeData row : rows) {
      Map<String, Object> value = new LinkedHashMap<>();
      for (String column : columns) {
        value.put(column, row.get(column));
      }
      values.add(value);
    }
    if (json) {
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("schemaVersion", SCHEMA_VERSION);
      all.put(key, values);
      out.println(object(all));
      return;
    }
    int[] widths = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      widths[i] = columns[i].length();
      for (Map<String, Object> value : values) {
        widths[i] = Math.max(widths[i], String.valueOf(value.get(columns[i])).length());
      }
    }
    out.println(line(columns, widths));
    for (Map<String, Object> value : values) {
      out.println(
          line(value.values().stream().map(String::valueOf).toArray(String[]::new), widths));
    }
  }

  /** One record: {@code name: value} lines, or a JSON object. */
  void record(String key, CompositeData data, String... fields) {
    Map<String, Object> value = new LinkedHashMap<>();
    if (data != null) {
      for (String field : fields) {
        value.put(field, data.get(field));
      }
    }
    if (json) {
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("schemaVersion", SCHEMA_VERSION);
      all.put(key, data == null ? null : value);
      out.println(object(all));
      return;
    }
    if (data == null) {
      out.println("No " + key + ".");
    }
    value.forEach((name, field) -> out.println(name + ": " + field));
  }

  /** A result of a few named values, e.g. the job a command started. */
  void values(Map<String, Object> values) {
    if (json) {
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("schemaVersion", SCHEMA_VERSION);
      all.putAll(values);
      out.println(object(all));
    } else {
      values.forEach((name, value) -> out.println(name + ": " + value));
    }
  }

  private static String line(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      line.append(i == 0 ? "" : "  ").append(cells[i]);
      if (i < cells.length - 1) {
        line.append(" ".repeat(widths[i] - cells[i].length()));
      }
    }
    return line.toString();
  }

  static String object(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map<?, ?> map) {
      List<String> members = new ArrayList<>();
      map.forEach((k, v) -> members.add(string(String.valueOf(k)) + ":" + object(v)));
      return "{" + String.join(",", members) + "}";
    }
    if (value instanceof List<?> list) {
      return "[" + String.join(",", list.stream().map(Output::object).toList()) + "]";
    }
    if (value instanceof String[] strings) {
      return object(List.of(strings));
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return string(value.toString());
  }

  private static String string(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
