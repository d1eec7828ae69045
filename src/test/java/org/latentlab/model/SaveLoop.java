package org.latentlab.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.latentlab.data.ClassNames;

/**
 * A child JVM for {@link KilledSaveTest}: writes two models into one folder, one after the other,
 * for ever, printing a line after each save, until it is killed. It writes the parameters another
 * JVM serialized, through the same disk code as {@link ModelStore#save}, so that it needs no
 * engine: it starts fast and spends its whole life inside a save.
 */
public final class SaveLoop {
  private SaveLoop() {}

  /**
   * @param args the model folder, then the parameters files of an AE and a VAE of {@link #metadata}
   */
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    byte[] ae = Files.readAllBytes(Path.of(args[1]));
    byte[] vae = Files.readAllBytes(Path.of(args[2]));
    for (long n = 1; ; n++) {
      boolean even = n % 2 == 0;
      ModelMetadata metadata = metadata(even ? ModelKind.AE : ModelKind.VAE);
      ModelFolder.write(folder, even ? ae : vae, p -> MetadataJson.write(metadata, p));
      System.out.println("saved " + n);
      System.out.flush();
    }
  }

  static ModelMetadata metadata(ModelKind kind) {
    return new ModelMetadata(
        new ModelSpec(kind, 28, 28, List.of(256, 64), 2), ClassNames.DIGITS, "test", 1, 1, null);
  }
}
