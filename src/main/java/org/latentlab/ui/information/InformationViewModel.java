package org.latentlab.ui.information;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.latentlab.latent.info.Units;

/** The "Information" tab's state: the unit shared by every number and the three panels. */
public final class InformationViewModel {
  private final ObjectProperty<Units> units = new SimpleObjectProperty<>(this, "units", Units.BITS);
  private final DiscreteViewModel discrete = new DiscreteViewModel(units);
  private final GaussiansViewModel gaussians = new GaussiansViewModel(units);
  private final KlFitViewModel fit = new KlFitViewModel();

  /** Bits or nats. */
  ObjectProperty<Units> unitsProperty() {
    return units;
  }

  DiscreteViewModel discrete() {
    return discrete;
  }

  GaussiansViewModel gaussians() {
    return gaussians;
  }

  KlFitViewModel fit() {
    return fit;
  }
}
