package org.latentlab.lesson;

import java.util.List;
import java.util.Objects;

/**
 * One step of a lesson: what the lecturer says (title and caption) and the state of the app it sets
 * up. Going to a scene restores that state exactly; every random draw comes from {@link
 * Overlays#seed()}.
 *
 * @param title a few words, shown as the title bar in presenter mode
 * @param caption one to three sentences; formulas as plain Unicode text (z = μ + σ ⊙ ε)
 * @param tab the tab shown
 * @param models the bundled model pair ("MNIST", "Fashion-MNIST"), or a model folder (it takes the
 *     place of the shown model of its kind); null keeps the models already shown
 * @param selected the indices of the selected images A (and B), empty for none
 * @param autoencoder the autoencoder's plane
 * @param vae the VAE's plane
 * @param overlays what is drawn over the planes
 * @param interpolationFrames frames of the A → B interpolation (0 keeps the current number)
 * @param training a recorded training run and the snapshot shown, or null for none
 * @param information what the "Information" tab shows, or null to leave it as it is
 * @param drawing a digit drawn on the "Draw" tab's pad, or null to leave the pad as it is
 */
public record Scene(
    String title,
    String caption,
    SceneTab tab,
    String models,
    List<Integer> selected,
    PlaneSetup autoencoder,
    PlaneSetup vae,
    Overlays overlays,
    int interpolationFrames,
    TrainingReplay training,
    InformationSetup information,
    SceneDrawing drawing) {

  /** The most interpolation frames a scene may ask for. */
  public static final int MAX_FRAMES = 24;

  /** Checks every field, with messages that name the lesson file's field. */
  public Scene {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("'title' is missing");
    }
    if (caption == null || caption.isBlank()) {
      throw new IllegalArgumentException("'caption' is missing");
    }
    Objects.requireNonNull(tab, "tab");
    selected = List.copyOf(selected == null ? List.of() : selected);
    if (selected.size() > 2) {
      throw new IllegalArgumentException("'selected' holds at most two images, A and B");
    }
    for (int i : selected) {
      if (i < 0) {
        throw new IllegalArgumentException("'selected' needs image numbers from 0, not " + i);
      }
    }
    autoencoder = autoencoder == null ? PlaneSetup.DEFAULT : autoencoder;
    vae = vae == null ? PlaneSetup.DEFAULT : vae;
    overlays = overlays == null ? Overlays.NONE : overlays;
    if (interpolationFrames < 0 || interpolationFrames > MAX_FRAMES) {
      throw new IllegalArgumentException(
          "'interpolationFrames' must be between 0 and "
              + MAX_FRAMES
              + ", not "
              + interpolationFrames);
    }
  }

  /** A scene that leaves the pad as it is. */
  public Scene(
      String title,
      String caption,
      SceneTab tab,
      String models,
      List<Integer> selected,
      PlaneSetup autoencoder,
      PlaneSetup vae,
      Overlays overlays,
      int interpolationFrames,
      TrainingReplay training,
      InformationSetup information) {
    this(
        title,
        caption,
        tab,
        models,
        selected,
        autoencoder,
        vae,
        overlays,
        interpolationFrames,
        training,
        information,
        null);
  }

  /** A scene that leaves the "Information" tab as it is. */
  public Scene(
      String title,
      String caption,
      SceneTab tab,
      String models,
      List<Integer> selected,
      PlaneSetup autoencoder,
      PlaneSetup vae,
      Overlays overlays,
      int interpolationFrames,
      TrainingReplay training) {
    this(
        title,
        caption,
        tab,
        models,
        selected,
        autoencoder,
        vae,
        overlays,
        interpolationFrames,
        training,
        null);
  }

  /** A scene of only a title and a caption, on {@code tab}. */
  public static Scene of(String title, String caption, SceneTab tab) {
    return new Scene(title, caption, tab, null, List.of(), null, null, null, 0, null, null);
  }

  /** This scene with other words; everything it sets up stays. */
  public Scene withWords(String newTitle, String newCaption) {
    return new Scene(
        newTitle,
        newCaption,
        tab,
        models,
        selected,
        autoencoder,
        vae,
        overlays,
        interpolationFrames,
        training,
        information,
        drawing);
  }

  /** This scene with {@code newDrawing} on the pad (null leaves the pad as it is). */
  public Scene withDrawing(SceneDrawing newDrawing) {
    return new Scene(
        title,
        caption,
        tab,
        models,
        selected,
        autoencoder,
        vae,
        overlays,
        interpolationFrames,
        training,
        information,
        newDrawing);
  }

  /** This scene on the "Information" tab, set up as {@code setup} says. */
  public Scene withInformation(InformationSetup setup) {
    return new Scene(
        title,
        caption,
        tab,
        models,
        selected,
        autoencoder,
        vae,
        overlays,
        interpolationFrames,
        training,
        setup,
        drawing);
  }
}
