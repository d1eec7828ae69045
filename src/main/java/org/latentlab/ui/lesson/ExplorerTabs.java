package org.latentlab.ui.lesson;

import java.util.Map;
import org.latentlab.lesson.SceneTab;
import org.latentlab.ui.explorer.ExplorerView;

/** The explorer's tabs by the names a lesson gives them. */
public final class ExplorerTabs implements TabSwitch {
  private static final Map<SceneTab, String> IDS =
      Map.of(
          SceneTab.LATENT, "latent-tab",
          SceneTab.GRID, "grid-tab",
          SceneTab.INSIDE, "internals-tab",
          SceneTab.DRAW, "draw-tab",
          SceneTab.AUTOENCODERS, org.latentlab.ui.kinds.OtherAutoencodersView.TAB_ID,
          SceneTab.TRAIN, "train-tab",
          SceneTab.INFORMATION, "information-tab");

  private final ExplorerView explorer;

  /** The tabs of {@code explorer}. */
  public ExplorerTabs(ExplorerView explorer) {
    this.explorer = explorer;
  }

  @Override
  public void show(SceneTab tab) {
    explorer.selectTab(IDS.get(tab));
  }

  @Override
  public SceneTab shown() {
    String id = explorer.selectedTabId();
    for (Map.Entry<SceneTab, String> e : IDS.entrySet()) {
      if (e.getValue().equals(id)) {
        return e.getKey();
      }
    }
    return SceneTab.LATENT;
  }
}
