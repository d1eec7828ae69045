/**
 * The networks as DJL blocks, read in the lecture's order: {@link
 * org.latentlab.model.VariationalAutoencoder} ({@code encode}, {@code reparameterize}, {@code
 * decode}, forward) and the plain {@code Autoencoder}; the ELBO on tensors ({@link
 * org.latentlab.model.Elbo}); their specifications; the lifecycle of a model in native memory
 * ({@link org.latentlab.model.NativeModel}); the offline engine set-up; and model folders: JSON
 * metadata ({@link org.latentlab.model.ModelJson}), atomic save ({@link
 * org.latentlab.model.ModelStore}) and checked loading ({@link org.latentlab.model.ModelLoader}).
 * The classifier is in {@code model.classifier}.
 */
package org.latentlab.model;
