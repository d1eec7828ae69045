/**
 * Lecture mode: a lesson's scenes stepped through with a clicker, each restoring the explorer's
 * state; presenter mode (full screen, one scale for everything, high contrast, black screen, the
 * caption as a title bar); the keys for every main action; authoring scenes from the current view.
 */
package org.latentlab.ui.lesson;
