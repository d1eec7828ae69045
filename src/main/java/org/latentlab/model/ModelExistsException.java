package org.latentlab.model;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The folder a run would save to already holds a model, and replacing it was not asked for. The CLI
 * says how to replace it ({@code --overwrite}); the window asks before it resubmits the run with
 * overwriting allowed.
 */
public class ModelExistsException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient Path folder;
  private final String description;

  /**
   * @param folder the folder as the user named it
   * @param description what it holds, e.g. "VAE 784-512-256-2 trained on mnist"
   */
  public ModelExistsException(Path folder, String description) {
    super(folder + " already holds a model (" + description + ")");
    this.folder = folder;
    this.description = description;
  }

  /** The folder as the user named it. */
  public Path folder() {
    return folder;
  }

  /** What the folder holds, e.g. "VAE 784-512-256-2 trained on mnist". */
  public String description() {
    return description;
  }
}
