package org.latentlab.ui.explorer;

import java.util.Objects;
import org.latentlab.inference.LatentModel;
import org.latentlab.ui.plane.LabelledImages;

/**
 * What the explorer shows: a data set and the two models compared on it. The session owns both
 * models; the view model closes those it no longer needs when a session is replaced, and all of
 * them in {@link ExplorerViewModel#close()}.
 *
 * @param title a short name for the window and status line ("MNIST")
 * @param images the data whose codes are plotted
 * @param autoencoder the plain autoencoder (left plane)
 * @param vae the variational autoencoder (right plane)
 */
public record ExplorerSession(
    String title, LabelledImages images, LatentModel autoencoder, LatentModel vae) {

  /** Checks that both models take images of the data's size. */
  public ExplorerSession {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(images, "images");
    Objects.requireNonNull(autoencoder, "autoencoder");
    Objects.requireNonNull(vae, "vae");
    int pixels = images.rows() * images.cols();
    for (LatentModel m : new LatentModel[] {autoencoder, vae}) {
      if (m.info().pixels() != pixels) {
        throw new IllegalArgumentException(
            m.info().name()
                + " takes "
                + m.info().rows()
                + "×"
                + m.info().cols()
                + " images, but "
                + images.name()
                + " has "
                + images.rows()
                + "×"
                + images.cols());
      }
    }
  }

  /** Whether {@code model} is one of this session's models. */
  boolean uses(LatentModel model) {
    return model == autoencoder || model == vae;
  }
}
