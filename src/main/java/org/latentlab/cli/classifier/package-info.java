/** The classifier's commands: {@code train-classifier} and its evaluation. */
package org.latentlab.cli.classifier;
