package org.drs.agent;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

/**
 * The one encoding of every message between the Master Agent and a Local Agent, and of the plans a
 * Local Agent keeps on disk: JSON through JSON-B, never Java serialisation. A message is decoded
 * into the record the receiver expects — nothing in the data chooses a class — and an unknown field
 * is refused, so a remote transport can check each message before acting on it.
 */
public final class AgentMessages {

  private static final Jsonb JSON =
      JsonbBuilder.create(
          new JsonbConfig()
              .withNullValues(true)
              .setProperty("jsonb.fail-on-unknown-properties", true));

  private AgentMessages() {}

  public static String encode(Object message) {
    return JSON.toJson(message);
  }

  /**
   * @throws IllegalArgumentException naming the expected message when the text is not one
   */
  public static <T> T decode(String json, Class<T> type) {
    try {
      T message = JSON.fromJson(json, type);
      if (message == null) {
        throw new IllegalArgumentException(
            "an empty message where a " + type.getSimpleName() + " was expected");
      }
      return message;
    } catch (JsonbException e) {
      throw new IllegalArgumentException(
          "not a " + type.getSimpleName() + " message: " + e.getMessage(), e);
    }
  }
}
