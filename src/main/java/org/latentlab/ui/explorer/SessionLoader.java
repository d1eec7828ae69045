package org.latentlab.ui.explorer;

import java.util.List;
import java.util.concurrent.Callable;
import org.latentlab.error.ErrorMessages;
import org.latentlab.inference.LatentModel;
import org.latentlab.ui.plane.LabelledImages;
import org.latentlab.ui.plane.PlaneData;

/**
 * The background half of opening a session: open it, encode the data with both models, and own the
 * models until the view model takes them; plus the one-line messages for failures.
 */
final class SessionLoader {
  private SessionLoader() {}

  /** A session ready to show: its data and each model's codes. */
  record Loaded(ExplorerSession session, LabelledImages shown, PlaneData ae, PlaneData vae) {}

  /** A failed open, remembering what was being opened. */
  static final class LoadFailure extends RuntimeException {
    private final String what;

    LoadFailure(String what, Throwable cause) {
      super(cause.getMessage(), cause);
      this.what = what;
    }

    /** What was being opened ("MNIST", a folder name). */
    String what() {
      return what;
    }
  }

  /**
   * Opens a session and encodes at most {@code limit} of its images with both models (slow: run it
   * in the background). If encoding fails, the models it opened are closed again.
   *
   * @param current the session on screen, whose models the new one may share
   */
  static Loaded prepare(
      String what, Callable<ExplorerSession> opener, int limit, ExplorerSession current) {
    ExplorerSession s;
    try {
      s = opener.call();
    } catch (Exception e) {
      throw new LoadFailure(what, e);
    }
    try {
      LabelledImages shown = s.images().head(limit);
      List<PlaneData> planes = PlaneData.prepareAll(List.of(s.autoencoder(), s.vae()), shown);
      return new Loaded(s, shown, planes.get(0), planes.get(1));
    } catch (RuntimeException e) {
      closeUnused(s, current);
      throw new LoadFailure(what, e);
    }
  }

  /** Closes the models of {@code old} that {@code replacement} (may be null) does not use. */
  static void closeUnused(ExplorerSession old, ExplorerSession replacement) {
    if (old == null || old == replacement) {
      return;
    }
    for (LatentModel m : new LatentModel[] {old.autoencoder(), old.vae()}) {
      if (replacement == null || !replacement.uses(m)) {
        m.close();
      }
    }
  }

  /** "what: the innermost message that says something", on one line ({@link ErrorMessages}). */
  static String oneLine(String what, Throwable e) {
    Throwable cause = e;
    while (cause instanceof LoadFailure && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return ErrorMessages.oneLine(what + ": " + ErrorMessages.oneLine(cause));
  }
}
