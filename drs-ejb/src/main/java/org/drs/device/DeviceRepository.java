package org.drs.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The backup devices as stored: the one place that reads and writes them. */
@ApplicationScoped
public class DeviceRepository {

  @PersistenceContext private EntityManager entityManager;

  public Optional<BackupDevice> find(long id) {
    return Optional.ofNullable(entityManager.find(BackupDevice.class, id));
  }

  /** Every device, by name, as the Backup Device List shows them. */
  public List<BackupDevice> all() {
    return entityManager.createNamedQuery(BackupDevice.BY_NAME, BackupDevice.class).getResultList();
  }

  public void add(BackupDevice device) {
    entityManager.persist(device);
  }

  /** Stores a new or changed device and returns it as stored. */
  public BackupDevice save(BackupDevice device) {
    BackupDevice saved = entityManager.merge(device);
    entityManager.flush();
    return saved;
  }

  public void remove(BackupDevice device) {
    entityManager.remove(device);
  }

  /** Writes pending changes now, so that a broken rule fails the caller's request, not its end. */
  public void flush() {
    entityManager.flush();
  }
}
