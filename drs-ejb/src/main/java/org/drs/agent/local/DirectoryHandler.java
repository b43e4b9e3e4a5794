package org.drs.agent.local;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.drs.archive.ArchiveWriter;
import org.drs.common.SymbolicLinks;
import org.drs.registration.ActionKind;
import org.drs.registration.ComponentRegistration;

/**
 * A directory tree, archived with its modes, owners, times and links and replaced as a whole. A
 * registered path that is a symbolic link is archived and restored as what it points to.
 */
@ApplicationScoped
class DirectoryHandler implements ComponentHandler {

  @Override
  public ActionKind kind() {
    return ActionKind.DIRECTORY;
  }

  @Override
  public void archive(ComponentRegistration component, ArchiveWriter writer, ActionContext context)
      throws IOException {
    Path directory = Path.of(component.target());
    if (!Files.isDirectory(directory)) {
      throw new IOException("the directory " + directory + " does not exist");
    }
    writer.addTree(directory);
  }

  /** The sizes of its files, or null when the directory is missing or cannot be walked. */
  @Override
  public Long sourceBytes(ComponentRegistration component) {
    Path directory = Path.of(component.target());
    if (!Files.isDirectory(directory)) {
      return null;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(DirectoryHandler::size).sum();
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String overwrites(ComponentRegistration component) {
    String registered = component.target();
    try {
      Path resolved = SymbolicLinks.resolve(Path.of(registered));
      return "the directory "
          + (resolved.toString().equals(registered)
              ? registered
              : resolved + " (where the link " + registered + " points)")
          + ", replaced as a whole";
    } catch (IOException e) {
      return "the directory " + registered + " (" + e.getMessage() + "), replaced as a whole";
    }
  }

  @Override
  public List<Path> liveRoots(ComponentRegistration component) throws IOException {
    Path registered = Path.of(component.target());
    return List.of(registered, SymbolicLinks.resolve(registered)).stream().distinct().toList();
  }

  @Override
  public ComponentSwap swap(SwapTarget target) throws IOException {
    return new DirectorySwap(
        target.label(), Path.of(target.component().target()), target.staged(), target.jobId());
  }
}
