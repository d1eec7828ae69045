package org.latentlab.ui.explorer;

/**
 * The same input through both models: the image, each model's reconstruction and its loss.
 *
 * @param index the image's index in the data set
 * @param label its class index
 * @param className its class name
 * @param input the image, {@code rows * cols} floats in [0, 1]
 * @param autoencoderReconstruction the AE's decode of its code
 * @param vaeReconstruction the VAE's decode of μ
 * @param autoencoderLoss the AE's Bernoulli cross-entropy in nats
 * @param vaeLoss the VAE's Bernoulli cross-entropy (decoding μ) in nats
 * @param rows image height
 * @param cols image width
 */
public record Comparison(
    int index,
    int label,
    String className,
    float[] input,
    float[] autoencoderReconstruction,
    float[] vaeReconstruction,
    float autoencoderLoss,
    float vaeLoss,
    int rows,
    int cols) {}
