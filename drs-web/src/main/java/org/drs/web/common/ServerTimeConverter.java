package org.drs.web.common;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Shows stored instants (always UTC) in the server's time zone, as every DRS page does. */
@FacesConverter(forClass = Instant.class)
public class ServerTimeConverter implements Converter<Instant> {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ZoneId.systemDefault());

  @Override
  public String getAsString(FacesContext context, UIComponent component, Instant value) {
    return value == null ? "" : FORMAT.format(value);
  }

  @Override
  public Instant getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.from(FORMAT.parse(value));
    } catch (DateTimeParseException e) {
      throw new ConverterException(
          "'" + value + "' is not a time of the form 2026-01-31 22:00:00 UTC", e);
    }
  }
}
