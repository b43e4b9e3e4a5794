package org.drs.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This server's security password, set at installation by {@code wildfly-config/
 * set-security-password.sh} into a file only the server's user can read (like the original
 * product's cluster security password). It never leaves this bean except as the key of the {@link
 * SecretBox} it hands out.
 */
@ApplicationScoped
public class SecurityPassword {

  static final String FILE_PROPERTY = "drs.security-password-file";

  private SecretBox box;

  @PostConstruct
  void load() {
    String file = System.getProperty(FILE_PROPERTY);
    if (file == null || file.isBlank()) {
      throw new IllegalStateException(
          "System property "
              + FILE_PROPERTY
              + " is not set: apply wildfly-config/configure-drs.cli");
    }
    try {
      String password = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
      box = new SecretBox(password.toCharArray());
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "The DRS security password cannot be read from "
              + file
              + ": run wildfly-config/set-security-password.sh for this server",
          e);
    }
  }

  /** Seals and opens secrets under this server's security password. */
  public SecretBox secrets() {
    return box;
  }
}
