package org.latentlab.ui.information;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentlab.latent.info.Distribution;
import org.latentlab.latent.info.Entropy;
import org.latentlab.latent.info.HuffmanCode;
import org.latentlab.latent.info.Units;

/**
 * Two discrete distributions p and q over the same outcomes, edited by dragging bars or typing
 * probabilities, and everything the lecture computes from them. A bad value typed leaves p and q as
 * they were and sets a one-line {@link #messageProperty() message}.
 */
final class DiscreteViewModel {
  /**
   * What is shown for the current p and q, in nats.
   *
   * @param p the sender's distribution
   * @param q the other distribution (the "wrong" code)
   * @param entropyP H(p)
   * @param entropyQ H(q)
   * @param crossPq H(p, q)
   * @param crossQp H(q, p)
   * @param klPq KL(p ‖ q)
   * @param klQp KL(q ‖ p)
   * @param code the Huffman code of p
   */
  record Readout(
      Distribution p,
      Distribution q,
      double entropyP,
      double entropyQ,
      double crossPq,
      double crossQp,
      double klPq,
      double klQp,
      HuffmanCode code) {

    static Readout of(Distribution p, Distribution q) {
      return new Readout(
          p,
          q,
          Entropy.entropy(p),
          Entropy.entropy(q),
          Entropy.crossEntropy(p, q),
          Entropy.crossEntropy(q, p),
          Entropy.kl(p, q),
          Entropy.kl(q, p),
          HuffmanCode.of(p));
    }
  }

  private static final String NAMES = "abcdefghijkl";
  private final ObjectProperty<Units> units;
  private final ReadOnlyObjectWrapper<Readout> readout =
      new ReadOnlyObjectWrapper<>(this, "readout");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

  DiscreteViewModel(ObjectProperty<Units> units) {
    this.units = units;
    preset(Presets.BIASED_COIN);
  }

  /** Both distributions and their numbers. */
  ReadOnlyObjectProperty<Readout> readoutProperty() {
    return readout.getReadOnlyProperty();
  }

  /** Why the last typed value was refused, or empty. */
  ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Bits or nats, shared by the whole tab. */
  ObjectProperty<Units> unitsProperty() {
    return units;
  }

  Distribution distribution(Side side) {
    return side == Side.P ? readout.get().p() : readout.get().q();
  }

  /** Shows a preset pair. */
  void preset(Presets preset) {
    show(preset.p(), preset.q());
  }

  /** Sets one outcome's probability (a dragged bar; clamped to [0, 1]); the others rescale. */
  void setProbability(Side side, int outcome, double value) {
    double v = Math.max(0, Math.min(1, value));
    set(side, distribution(side).withProbability(outcome, v));
  }

  /**
   * Sets one outcome's probability from typed text; false, with a message and nothing changed, if
   * it is not a probability.
   */
  boolean type(Side side, int outcome, String text) {
    String what = side.symbol() + "(" + distribution(side).name(outcome) + ")";
    try {
      set(side, distribution(side).withProbability(outcome, Parsing.probability(text, what)));
      return true;
    } catch (Parsing.BadInput e) {
      message.set(
          e.getMessage()
              + " Kept "
              + what
              + " = "
              + Amounts.probability(distribution(side).p(outcome))
              + ".");
      return false;
    }
  }

  /** Adds an outcome (up to 12) with the average probability in both distributions. */
  void addOutcome() {
    Distribution p = distribution(Side.P);
    if (p.size() == Distribution.MAX_OUTCOMES) {
      message.set("At most " + Distribution.MAX_OUTCOMES + " outcomes.");
      return;
    }
    List<String> names = new ArrayList<>(p.names());
    names.add(freshName(names));
    show(grown(p, names), grown(distribution(Side.Q), names));
  }

  /** Removes the last outcome (down to 2); both distributions renormalize. */
  void removeOutcome() {
    Distribution p = distribution(Side.P);
    Distribution q = distribution(Side.Q);
    if (p.size() == Distribution.MIN_OUTCOMES) {
      message.set("A distribution needs at least " + Distribution.MIN_OUTCOMES + " outcomes.");
      return;
    }
    List<String> names = p.names().subList(0, p.size() - 1);
    Distribution p2 = shrunk(p, names);
    Distribution q2 = shrunk(q, names);
    if (p2 == null || q2 == null) {
      message.set(
          "The last outcome holds all of "
              + (p2 == null ? "p" : "q")
              + "'s probability; lower it before removing it.");
      return;
    }
    show(p2, q2);
  }

  private static Distribution grown(Distribution d, List<String> names) {
    double[] w = new double[names.size()];
    for (int i = 0; i < d.size(); i++) {
      w[i] = d.p(i);
    }
    w[d.size()] = 1.0 / d.size();
    return Distribution.normalized(names, w);
  }

  private static Distribution shrunk(Distribution d, List<String> names) {
    double[] w = new double[names.size()];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = d.p(i);
      sum += w[i];
    }
    return sum > 0 ? Distribution.normalized(names, w) : null;
  }

  private static String freshName(List<String> names) {
    for (char c : NAMES.toCharArray()) {
      if (!names.contains(String.valueOf(c))) {
        return String.valueOf(c);
      }
    }
    return String.format(Locale.ROOT, "x%d", names.size() + 1);
  }

  private void set(Side side, Distribution d) {
    show(side == Side.P ? d : distribution(Side.P), side == Side.Q ? d : distribution(Side.Q));
  }

  /** Shows two given distributions over the same outcomes. */
  void show(Distribution p, Distribution q) {
    message.set("");
    readout.set(Readout.of(p, q));
  }

  /**
   * Why a KL is infinite, in the lecture's words, or empty when both are finite: the outcome one
   * distribution allows and the other rules out.
   */
  String infinityReason() {
    Readout r = readout.get();
    StringBuilder why = new StringBuilder();
    int i = Entropy.firstUnsupported(r.p(), r.q());
    if (i >= 0) {
      why.append(reason("p", "q", r.p(), r.q(), i));
    }
    int j = Entropy.firstUnsupported(r.q(), r.p());
    if (j >= 0) {
      why.append(why.length() > 0 ? "\n" : "").append(reason("q", "p", r.q(), r.p(), j));
    }
    return why.toString();
  }

  private static String reason(String a, String b, Distribution pa, Distribution pb, int i) {
    return String.format(
        Locale.ROOT,
        "KL(%s \u2016 %s) = \u221e: %s(%s) = 0 but %s(%s) = %s. A code made for %s has no"
            + " message for \u201c%s\u201d, so sending it costs \u2212log 0 = \u221e bits.",
        a,
        b,
        b,
        pa.name(i),
        a,
        pa.name(i),
        Amounts.probability(pa.p(i)),
        b,
        pa.name(i));
  }
}
