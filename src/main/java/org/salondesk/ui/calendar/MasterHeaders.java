package org.salondesk.ui.calendar;

import com.calendarfx.model.Resource;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.salondesk.booking.EmployeeInfo;

/**
 * The calendar's master columns as the desk sees them: a header with her name and job title (a double click shows
 * her week), greyed with her column while it is another's on a master's desk.
 */
final class MasterHeaders {

    /** Another master's column on a master's desk: greyed, to look at only. */
    private static final PseudoClass NOT_MINE = PseudoClass.getPseudoClass("not-mine");
    private static final String NOT_MINE_MARK = "salondesk.notMineMark";

    private final CalendarViewModel viewModel;

    MasterHeaders(CalendarViewModel viewModel) {
        this.viewModel = viewModel;
    }

    Node header(Resource<EmployeeInfo> resource) {
        EmployeeInfo master = resource.getUserObject();
        Label name = new Label(master.name());
        name.getStyleClass().add("master-name");
        Label title = new Label(master.jobTitle() == null ? "" : master.jobTitle());
        title.getStyleClass().add("master-title");
        VBox header = new VBox(name, title);
        header.setId("master-" + master.id());
        header.getStyleClass().add("master-header");
        markNotMine(header, master.id());
        header.setAlignment(Pos.CENTER);
        // Many masters in a narrow window cut their names short: the whole name is one hover away.
        Tooltip.install(header, new Tooltip(master.jobTitle() == null ? master.name()
                : master.name() + "\n" + master.jobTitle()));
        header.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.showWeekOf(master);
            }
        });
        return header;
    }

    /**
     * Greys {@code node} while its master's column is another's on a master's desk; the mark follows the signed-in
     * user, and lives as long as the node does.
     */
    void markNotMine(Node node, long masterId) {
        InvalidationListener mark = obs -> node.pseudoClassStateChanged(NOT_MINE, viewModel.isReadOnly(masterId));
        mark.invalidated(null);
        node.getProperties().put(NOT_MINE_MARK, mark);
        viewModel.ownMasterProperty().addListener(new WeakInvalidationListener(mark));
    }
}
