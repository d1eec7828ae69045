package org.latentlab.train;

import org.latentlab.model.AutoencoderModel;

/**
 * Shows the model being trained to a {@link TrainingObserver}: before the first step, after every
 * {@code every}-th step (0: never) that does not end an epoch, and at every epoch's end.
 */
final class Observation implements BatchLoop.Listener<Object> {
  private final TrainingObserver observer;
  private final int every;
  private final AutoencoderModel model;

  Observation(TrainingObserver observer, int every, AutoencoderModel model) {
    this.observer = observer;
    this.every = every;
    this.model = model;
  }

  @Override
  public void onTrainingBegin(BatchLoop.Position start) {
    observe(start, false);
  }

  @Override
  public void onBatchEnd(BatchLoop.Position at, int images, Object result) {
    if (every > 0 && at.step() % every == 0 && at.batch() < at.batches()) {
      observe(at, false);
    }
  }

  @Override
  public void onEpochEnd(BatchLoop.Position end) {
    observe(end, true);
  }

  private void observe(BatchLoop.Position at, boolean epochEnd) {
    observer.observe(
        model,
        new TrainingObserver.Checkpoint(
            at.epoch(), at.epochs(), at.batch(), at.batches(), at.step(), epochEnd));
  }
}
