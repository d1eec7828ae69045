package org.latentlab.latent.quality;

import org.latentlab.latent.Projection;

/**
 * The scores of one model and what they were computed from, for figures: the plane the hole map
 * lies in, the box it covers, the map itself and one interpolation path.
 *
 * @param name the model's display name
 * @param variational whether the model is a VAE
 * @param scores the numbers
 * @param projection the plane of the hole map (the codes themselves up to 2-D, else the first two
 *     principal components through their mean)
 * @param holeMap the grid the hole fraction counts, over the 1st–99th percentile box of the codes
 * @param example one interpolation path between two evaluation images
 */
public record QualityReport(
    String name,
    boolean variational,
    QualityScores scores,
    Projection projection,
    HoleMap holeMap,
    ExamplePath example) {}
