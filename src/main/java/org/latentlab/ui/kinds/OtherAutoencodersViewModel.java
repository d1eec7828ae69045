package org.latentlab.ui.kinds;

import java.io.IOException;
import java.util.Random;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.latentlab.error.ErrorMessages;
import org.latentlab.inference.LatentModel;
import org.latentlab.latent.kinds.Corruption;
import org.latentlab.latent.kinds.DenoisingError;
import org.latentlab.latent.kinds.HiddenActivity;
import org.latentlab.ui.fx.LatestWins;
import org.latentlab.ui.fx.UiThreads;

/**
 * The "Other autoencoders" tab's state: one image (the explorer's selection), corrupted at the
 * noise slider's level and read by the denoising and the plain autoencoder, and its hidden code in
 * the sparse and the plain autoencoder. Every change recomputes in the background, newest request
 * wins; the noise is drawn from a fixed seed, so a level always shows the same noisy image until
 * {@link #newNoise()}.
 */
public final class OtherAutoencodersViewModel implements AutoCloseable {
  private final UiThreads threads;
  private final KindModels.Source source;
  private final ObjectProperty<Corruption.Type> noiseType =
      new SimpleObjectProperty<>(Corruption.Type.GAUSSIAN);
  private final DoubleProperty noiseLevel = new SimpleDoubleProperty(0.5);
  private final ObjectProperty<float[]> image = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<Denoised> denoised = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Codes> codes = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final LatestWins<Denoised> denoising;
  private final LatestWins<Codes> coding;
  private KindModels models;
  private long seed = 1;
  private boolean loading;
  private boolean closed;

  /**
   * @param threads where the models run and where results are applied
   * @param source opens the three models, the first time {@link #load()} is called
   */
  public OtherAutoencodersViewModel(UiThreads threads, KindModels.Source source) {
    this.threads = threads;
    this.source = source;
    this.denoising = new LatestWins<>(threads, this::failed);
    this.coding = new LatestWins<>(threads, this::failed);
    noiseType.addListener((o, was, now) -> denoise());
    noiseLevel.addListener((o, was, now) -> denoise());
    image.addListener(
        (o, was, now) -> {
          denoise();
          code();
        });
  }

  /** Opens the models in the background (once); results follow as soon as they are open. */
  public void load() {
    if (loading || closed) {
      return;
    }
    loading = true;
    status.set("Opening the denoising and sparse autoencoders\u2026");
    threads
        .background()
        .execute(
            () -> {
              try {
                KindModels opened = source.open();
                threads.fx().execute(() -> opened(opened));
              } catch (IOException | RuntimeException e) {
                threads.fx().execute(() -> failed(e));
              }
            });
  }

  private void opened(KindModels opened) {
    if (closed) {
      opened.close();
      return;
    }
    models = opened;
    status.set("");
    denoise();
    code();
  }

  private void failed(Throwable e) {
    status.set(ErrorMessages.oneLine(e));
  }

  /** Draws new noise for the same level. */
  public void newNoise() {
    seed++;
    denoise();
  }

  private void denoise() {
    float[] x = image.get();
    if (models == null || x == null) {
      return;
    }
    Corruption noise = new Corruption(noiseType.get(), clamp(noiseLevel.get()));
    long s = seed;
    KindModels m = models;
    denoising.submit(() -> Denoised.of(m, x, noise, s), denoised::set);
  }

  private void code() {
    float[] x = image.get();
    if (models == null || x == null) {
      return;
    }
    KindModels m = models;
    coding.submit(
        () ->
            new Codes(
                new HiddenActivity(m.sparse().hiddenActivations(new float[][] {x})[0]),
                new HiddenActivity(m.plain().hiddenActivations(new float[][] {x})[0])),
        codes::set);
  }

  private static double clamp(double level) {
    return Math.max(0, Math.min(1, level));
  }

  /** The kind of noise the slider adds. */
  public ObjectProperty<Corruption.Type> noiseTypeProperty() {
    return noiseType;
  }

  /** The noise level, 0 to 1 (σ for Gaussian noise, the fraction of pixels hit otherwise). */
  public DoubleProperty noiseLevelProperty() {
    return noiseLevel;
  }

  /** The clean image shown (pixels in [0, 1]), or null. */
  public ObjectProperty<float[]> imageProperty() {
    return image;
  }

  /** The noisy image and both models' outputs, or null before the first result. */
  public ReadOnlyObjectProperty<Denoised> denoisedProperty() {
    return denoised.getReadOnlyProperty();
  }

  /** The image's hidden code in the SAE and the AE, or null before the first result. */
  public ReadOnlyObjectProperty<Codes> codesProperty() {
    return codes.getReadOnlyProperty();
  }

  /** What is being loaded, or what went wrong; empty when all is well. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Closes the models (now, or as soon as they are open). */
  @Override
  public void close() {
    closed = true;
    if (models != null) {
      models.close();
      models = null;
    }
  }

  /**
   * One noisy image and what each model makes of it.
   *
   * @param noise the corruption applied
   * @param noisy the corrupted image the models read
   * @param denoising the DAE's output
   * @param plain the plain AE's output
   * @param denoisingError the DAE's cross-entropy against the clean image, nats
   * @param plainError the AE's cross-entropy against the clean image, nats
   */
  public record Denoised(
      Corruption noise,
      float[] noisy,
      float[] denoising,
      float[] plain,
      double denoisingError,
      double plainError) {

    static Denoised of(KindModels m, float[] clean, Corruption noise, long seed) {
      float[] noisy = noise.apply(clean, new Random(seed));
      float[] dae = reconstruct(m.denoising(), noisy);
      float[] ae = reconstruct(m.plain(), noisy);
      return new Denoised(
          noise,
          noisy,
          dae,
          ae,
          DenoisingError.crossEntropy(clean, dae),
          DenoisingError.crossEntropy(clean, ae));
    }

    private static float[] reconstruct(LatentModel model, float[] x) {
      return model.decode(model.encode(new float[][] {x}))[0];
    }
  }

  /**
   * The hidden code of one image in two models.
   *
   * @param sparse in the sparse autoencoder
   * @param plain in the plain autoencoder
   */
  public record Codes(HiddenActivity sparse, HiddenActivity plain) {}
}
