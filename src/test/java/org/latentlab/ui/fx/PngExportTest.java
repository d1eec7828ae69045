package org.latentlab.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The file name the save dialog offers for each plot. */
class PngExportTest {

  @ParameterizedTest
  @CsvSource({
    "Autoencoder, autoencoder.png",
    "Variational autoencoder, variational-autoencoder.png",
    "Variational autoencoder grid, variational-autoencoder-grid.png",
    "'MNIST VAE (β = 4) posterior', mnist-vae-4-posterior.png",
  })
  void aPlotIsOfferedUnderItsTitleInLowerCaseWithHyphens(String title, String file) {
    assertEquals(file, PngExport.fileName(title));
  }
}
