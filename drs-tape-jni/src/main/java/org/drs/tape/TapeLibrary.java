package org.drs.tape;

import java.util.Optional;

/**
 * Loads {@code libdrstape.so} once per JVM and remembers why that failed, so that every use can say
 * so (the model is commons-crypto's {@code NativeCodeLoader}). The system property {@code
 * drs.tape.library} names the library file to load instead of searching for it; inside WildFly the
 * module {@code org.drs.tape} finds it in its {@code lib/linux-x86_64} directory.
 */
public final class TapeLibrary {

  private static final Throwable LOADING_ERROR = load();

  private static Throwable load() {
    try {
      String file = System.getProperty("drs.tape.library");
      if (file == null) {
        System.loadLibrary("drstape");
      } else {
        System.load(file);
      }
      return null;
    } catch (RuntimeException | UnsatisfiedLinkError e) {
      return e;
    }
  }

  /** Why the library did not load; empty when it did. */
  public static Optional<Throwable> loadingError() {
    return Optional.ofNullable(LOADING_ERROR);
  }

  static void ensureLoaded() throws TapeException {
    if (LOADING_ERROR != null) {
      throw new TapeException(
          "The tape library libdrstape.so is not loaded ("
              + LOADING_ERROR.getMessage()
              + "): tape devices need the WildFly module org.drs.tape (wildfly-config/"
              + "configure-tape.cli) on Linux x86-64",
          0);
    }
  }

  private TapeLibrary() {}
}
