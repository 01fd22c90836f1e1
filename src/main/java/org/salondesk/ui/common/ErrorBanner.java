package org.salondesk.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * A screen's refusal in words, on one line; the whole text in its tooltip. It keeps its room when there is nothing to
 * say, so that nothing moves when an error comes or goes; screens show it in their {@link NoticeBar}.
 */
public final class ErrorBanner extends Label {

    public ErrorBanner(String id, ObservableStringValue error) {
        setId(id);
        getStyleClass().add("error-banner");
        textProperty().bind(error);
        visibleProperty().bind(textProperty().isNotEmpty());
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(Region.USE_PREF_SIZE);
        setWrapText(false);
        setTextOverrun(OverrunStyle.ELLIPSIS);
        textProperty().addListener((obs, old, now) -> setTooltip(now == null || now.isEmpty() ? null
                : new Tooltip(now)));
    }
}
