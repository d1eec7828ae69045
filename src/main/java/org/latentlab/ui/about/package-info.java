/**
 * The About dialog: versions, and where the bundled data and models came from with their licences.
 */
package org.latentlab.ui.about;
