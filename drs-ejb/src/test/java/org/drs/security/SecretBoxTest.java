package org.drs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretBoxTest {

  private final SecretBox box = new SecretBox("security password".toCharArray());

  @Test
  void sealedSecretOpensWithTheSamePassword() {
    String sealed = box.seal("s3cret!");

    assertThat(sealed).startsWith("v1:").doesNotContain("s3cret");
    assertThat(new SecretBox("security password".toCharArray()).open(sealed)).isEqualTo("s3cret!");
  }

  @Test
  void sealedSecretDoesNotOpenWithAnotherPassword() {
    String sealed = box.seal("s3cret!");

    assertThatThrownBy(() -> new SecretBox("another password".toCharArray()).open(sealed))
        .isInstanceOf(UnreadableSecretException.class)
        .hasMessageContaining("another security password");
  }

  @Test
  void sameSecretSealsDifferentlyEachTime() {
    assertThat(box.seal("s3cret!")).isNotEqualTo(box.seal("s3cret!"));
  }

  @Test
  void damagedSecretIsRefused() {
    String sealed = box.seal("s3cret!");
    String damaged = sealed.substring(0, sealed.length() - 4) + "AAAA";

    assertThatThrownBy(() -> box.open(damaged)).isInstanceOf(UnreadableSecretException.class);
    assertThatThrownBy(() -> box.open("plain text")).isInstanceOf(UnreadableSecretException.class);
  }

  @Test
  void emptyPasswordIsRefused() {
    assertThatThrownBy(() -> new SecretBox(new char[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
