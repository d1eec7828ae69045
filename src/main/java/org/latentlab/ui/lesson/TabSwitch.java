package org.latentlab.ui.lesson;

import org.latentlab.lesson.SceneTab;

/** The window's tabs, as a scene names them; the explorer's view implements it. */
public interface TabSwitch {

  /** Shows {@code tab} (a tab this window does not have leaves the current one). */
  void show(SceneTab tab);

  /** The tab shown now. */
  SceneTab shown();
}
