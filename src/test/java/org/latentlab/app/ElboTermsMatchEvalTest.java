package org.latentlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.cli.LatentLabCli;
import org.latentlab.data.BundledMnist;
import org.latentlab.data.IdxWriter;
import org.latentlab.data.ImageSet;
import org.latentlab.inference.LatentModels;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelSpec;
import org.latentlab.model.ModelStore;
import org.latentlab.train.ModelTrainer;
import org.latentlab.train.TrainingOptions;
import org.latentlab.ui.explorer.ExplorerSession;
import org.latentlab.ui.explorer.ExplorerSource;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.posterior.PosteriorViewModel;

/**
 * The ELBO terms the "Inside the VAE" tab shows for a selected image are the numbers {@code
 * latentlab eval} prints for that one image.
 */
class ElboTermsMatchEvalTest {
  @TempDir Path tmp;

  @Test
  void theTermsShownForOneImageEqualTheCliEval() throws Exception {
    ImageSet digits = BundledMnist.load().head(300);
    Path[] models = new Path[2];
    for (ModelKind kind : new ModelKind[] {ModelKind.AE, ModelKind.VAE}) {
      var spec = new ModelSpec(kind, 28, 28, List.of(64, 32), 2);
      try (var m =
          ModelTrainer.quiet()
              .train(digits, "mnist", new TrainingOptions(spec, 1, 1, 5, 32, 2e-3, 1))
              .model()) {
        models[kind.ordinal()] = tmp.resolve(kind.id());
        ModelStore.save(m, models[kind.ordinal()]);
      }
    }
    ExplorerViewModel vm = new ExplorerViewModel(UiThreads.sameThread(), ExplorerSource.none());
    vm.show(
        new ExplorerSession(
            "MNIST",
            new ImageSetImages(digits),
            LatentModels.open(models[0]),
            LatentModels.open(models[1])));
    try {
      for (int index : new int[] {0, 123}) {
        vm.select(index, false);
        PosteriorViewModel.Selected shown = vm.posterior().selectedProperty().get();
        assertNotNull(shown);

        JsonNode vae = eval(models[1], one(digits, index));
        assertEquals(
            vae.get("reconstruction").asDouble(),
            shown.vaeTerms().reconstruction(),
            1e-4 * vae.get("reconstruction").asDouble());
        assertEquals(vae.get("kl").asDouble(), shown.vaeTerms().kl(), 1e-4);
        assertEquals(
            vae.get("negElbo").asDouble(),
            shown.vaeTerms().negElbo(),
            1e-4 * vae.get("negElbo").asDouble());
        JsonNode ae = eval(models[0], one(digits, index));
        assertEquals(
            ae.get("reconstruction").asDouble(),
            shown.aeTerms().reconstruction(),
            1e-4 * ae.get("reconstruction").asDouble());
        assertFalse(shown.aeTerms().hasKl());
        assertTrue(
            shown.vaeTerms().kl() > 0.5,
            "a VAE that has learnt something: " + shown.vaeTerms().kl());
        System.out.printf(
            java.util.Locale.ROOT,
            "image %d: shown rec %.4f KL %.4f; eval rec %.4f" + " KL %.4f%n",
            index,
            shown.vaeTerms().reconstruction(),
            shown.vaeTerms().kl(),
            vae.get("reconstruction").asDouble(),
            vae.get("kl").asDouble());
      }
    } finally {
      vm.close();
    }
  }

  /** Image {@code i} alone, written as an IDX pair. */
  private Path[] one(ImageSet set, int i) throws Exception {
    ImageSet single =
        new ImageSet(
            "one",
            28,
            28,
            java.util.Arrays.copyOfRange(set.pixels(), i * 784, (i + 1) * 784),
            new int[] {set.label(i)},
            set.classNames());
    Path images = tmp.resolve("image-" + i + ".idx");
    Path labels = tmp.resolve("label-" + i + ".idx");
    if (!Files.exists(images)) {
      IdxWriter.write(single, images, labels);
    }
    return new Path[] {images, labels};
  }

  private static JsonNode eval(Path model, Path[] idx) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        LatentLabCli.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "eval",
            "--model",
            model.toString(),
            "--images",
            idx[0].toString(),
            "--labels",
            idx[1].toString(),
            "--json");
    assertEquals(0, code, err.toString());
    return new ObjectMapper().readTree(out.toString());
  }
}
