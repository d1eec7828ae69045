/**
 * Lessons: an ordered list of scenes, each a title, a caption and the state of the app it sets up,
 * read from and written to a versioned, human-readable JSON file. Plain Java (and Jackson): the
 * window plays a lesson, {@code render --lesson} draws it, and neither format nor checks live in a
 * view.
 */
package org.latentlab.lesson;
