package org.drs.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens secrets under a security password: AES-256-GCM with a key derived from the
 * password by PBKDF2-HMAC-SHA256 and a random salt per secret. The sealed form carries everything
 * but the password — {@code v1:<salt>:<iv>:<ciphertext>}, Base64 — so it can travel in
 * drfDevice.xml and backups and be opened on any server that has the same password.
 */
public final class SecretBox {

  private static final String VERSION = "v1";
  private static final int ITERATIONS = 210_000;
  private static final int SALT_BYTES = 16;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final char[] password;
  private final Map<String, SecretKey> keysBySalt = new ConcurrentHashMap<>();

  public SecretBox(char[] password) {
    if (password.length == 0) {
      throw new IllegalArgumentException("The security password is empty");
    }
    this.password = password.clone();
  }

  public String seal(String secret) {
    byte[] salt = randomBytes(SALT_BYTES);
    byte[] iv = randomBytes(IV_BYTES);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(salt), new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      Base64.Encoder base64 = Base64.getEncoder();
      return String.join(
          ":",
          VERSION,
          base64.encodeToString(salt),
          base64.encodeToString(iv),
          base64.encodeToString(sealed));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JVM cannot seal secrets with AES-GCM", e);
    }
  }

  /**
   * Opens a sealed secret.
   *
   * @throws UnreadableSecretException when it was sealed under another password or is damaged
   */
  public String open(String sealed) {
    String[] parts = sealed.split(":");
    if (parts.length != 4 || !VERSION.equals(parts[0])) {
      throw new UnreadableSecretException("it is not a sealed secret of this DRS version");
    }
    try {
      Base64.Decoder base64 = Base64.getDecoder();
      byte[] salt = base64.decode(parts[1]);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, key(salt), new GCMParameterSpec(TAG_BITS, base64.decode(parts[2])));
      return new String(cipher.doFinal(base64.decode(parts[3])), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new UnreadableSecretException(
          "it was sealed under another security password, or it is damaged");
    }
  }

  private SecretKey key(byte[] salt) {
    return keysBySalt.computeIfAbsent(Base64.getEncoder().encodeToString(salt), s -> derive(salt));
  }

  private SecretKey derive(byte[] salt) {
    try {
      KeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      return new SecretKeySpec(key, "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JVM cannot derive keys with PBKDF2", e);
    }
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
