package org.latentlab.ui.information;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentlab.latent.info.Gaussian;
import org.latentlab.latent.info.GaussianDivergence;
import org.latentlab.latent.info.Units;

/**
 * Two Gaussians p = N(μ₁, σ₁²) and q = N(μ₂, σ₂²) and their KL both ways, in closed form and by
 * integration. A σ at or below 0, or text that is not a number, leaves both as they were and sets a
 * one-line message.
 */
final class GaussiansViewModel {
  /** The smallest σ a slider or drag reaches: narrower curves leave the plot. */
  static final double MIN_SIGMA = 0.1;

  /** The largest σ a slider reaches. */
  static final double MAX_SIGMA = 3;

  /** The range of μ on the sliders and the plot. */
  static final double MU_RANGE = 4;

  /** A Gaussian's two parameters. */
  enum Parameter {
    MU("\u03bc"),
    SIGMA("\u03c3");

    private final String symbol;

    Parameter(String symbol) {
      this.symbol = symbol;
    }

    String symbol() {
      return symbol;
    }
  }

  /**
   * The numbers shown, in nats.
   *
   * @param p the first Gaussian
   * @param q the second
   * @param closedPq KL(p ‖ q) in closed form
   * @param closedQp KL(q ‖ p) in closed form
   * @param numericPq ∫ p log(p/q) by Simpson's rule
   * @param numericQp ∫ q log(q/p)
   */
  record Readout(
      Gaussian p,
      Gaussian q,
      double closedPq,
      double closedQp,
      double numericPq,
      double numericQp) {

    static Readout of(Gaussian p, Gaussian q) {
      return new Readout(
          p,
          q,
          GaussianDivergence.closedForm(p, q),
          GaussianDivergence.closedForm(q, p),
          GaussianDivergence.numeric(p, q),
          GaussianDivergence.numeric(q, p));
    }

    /** Whether q is the VAE's prior N(0, 1), so KL(p ‖ q) is its per-dimension term. */
    boolean qIsPrior() {
      return q.mu() == 0 && q.sigma() == 1;
    }
  }

  private final ObjectProperty<Units> units;
  private final ReadOnlyObjectWrapper<Readout> readout =
      new ReadOnlyObjectWrapper<>(
          this, "readout", Readout.of(new Gaussian(1, 0.6), Gaussian.STANDARD));
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

  GaussiansViewModel(ObjectProperty<Units> units) {
    this.units = units;
  }

  ReadOnlyObjectProperty<Readout> readoutProperty() {
    return readout.getReadOnlyProperty();
  }

  /** Why the last value was refused, or empty. */
  ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  ObjectProperty<Units> unitsProperty() {
    return units;
  }

  Gaussian gaussian(Side side) {
    return side == Side.P ? readout.get().p() : readout.get().q();
  }

  /** Sets μ or σ of one Gaussian (a slider or a dragged curve); false, with a message, if σ ≤ 0. */
  boolean set(Side side, Parameter parameter, double value) {
    Gaussian g = gaussian(side);
    if (parameter == Parameter.SIGMA && !(value > 0)) {
      message.set(
          String.format(
              "\u03c3 = %s is refused: a Gaussian needs \u03c3 > 0 (as \u03c3 \u2192 0 it becomes"
                  + " a single point and every KL from or to it grows without bound). Kept"
                  + " \u03c3 = %s.",
              Amounts.number(value), Amounts.number(g.sigma())));
      return false;
    }
    Gaussian next =
        parameter == Parameter.MU ? new Gaussian(value, g.sigma()) : new Gaussian(g.mu(), value);
    show(side == Side.P ? next : gaussian(Side.P), side == Side.Q ? next : gaussian(Side.Q));
    return true;
  }

  /** Sets μ or σ from typed text; false, with a message and nothing changed, if it is not valid. */
  boolean type(Side side, Parameter parameter, String text) {
    String what = parameter.symbol() + " of " + side.symbol();
    try {
      return set(side, parameter, Parsing.number(text, what));
    } catch (Parsing.BadInput e) {
      message.set(e.getMessage());
      return false;
    }
  }

  /** Makes q the VAE's prior N(0, 1). */
  void qToPrior() {
    show(gaussian(Side.P), Gaussian.STANDARD);
  }

  /** Shows two given Gaussians. */
  void show(Gaussian p, Gaussian q) {
    message.set("");
    readout.set(Readout.of(p, q));
  }
}
