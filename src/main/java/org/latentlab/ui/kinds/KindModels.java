package org.latentlab.ui.kinds;

import java.io.IOException;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;

/**
 * The three models the "Other autoencoders" tab compares: a plain autoencoder and the denoising and
 * sparse autoencoders with its network. The record owns them; {@link #close()} closes all three.
 *
 * @param plain the plain autoencoder (AE)
 * @param denoising the denoising autoencoder (DAE)
 * @param sparse the sparse autoencoder (SAE)
 */
public record KindModels(LatentModel plain, LatentModel denoising, LatentModel sparse)
    implements AutoCloseable {

  /** Where the tab's models come from (the bundled MNIST ones; tests pass fakes). */
  @FunctionalInterface
  public interface Source {
    /** Opens the three models; runs on the background thread. */
    KindModels open() throws IOException;
  }

  /** The bundled MNIST AE, DAE and SAE. */
  public static KindModels openBundled() throws IOException {
    LatentModel ae = LatentModels.openBundled("mnist-ae");
    LatentModel dae = null;
    try {
      dae = LatentModels.openBundled("mnist-dae");
      return new KindModels(ae, dae, LatentModels.openBundled("mnist-sae"));
    } catch (IOException | RuntimeException e) {
      ae.close();
      if (dae != null) {
        dae.close();
      }
      throw e;
    }
  }

  @Override
  public void close() {
    plain.close();
    denoising.close();
    sparse.close();
  }
}
