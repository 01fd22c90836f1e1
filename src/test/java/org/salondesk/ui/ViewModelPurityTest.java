package org.salondesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Only Views touch JavaFX nodes: every other class under {@code org.salondesk.ui} (ViewModels, forms, rows, choices,
 * rules) imports nothing from {@code javafx.scene} or {@code javafx.stage}, so that it is tested without a screen. A
 * View is a class named {@code …View} (with its nested and anonymous classes); the few other classes that build
 * nodes for a View are named below, each with what it does for which View.
 */
class ViewModelPurityTest {

    /** View-side helpers: parts of a View kept in files of their own. */
    private static final Map<String, String> VIEW_SIDE = Map.ofEntries(
            Map.entry("backups.FolderPicker", "the folder chooser BackupsView opens; its ViewModel gets a Path"),
            Map.entry("calendar.BookingContextMenu", "the right-click menu of a booking card in CalendarView"),
            Map.entry("calendar.BookingDragger", "the mouse gestures that drag a booking card in CalendarView"),
            Map.entry("calendar.CalendarLegend", "the legend of status colours under CalendarView"),
            Map.entry("calendar.CalendarToolbars", "the toolbars above CalendarView: views, date, filters"),
            Map.entry("calendar.CalendarPointer", "finds the time and master under the mouse in CalendarView"),
            Map.entry("calendar.DaySheetMenu", "the day sheet menu in CalendarView's view bar"),
            Map.entry("calendar.DayColumnLayout", "lays out the day columns of CalendarFX's skin"),
            Map.entry("calendar.FreeTimeGestures", "the clicks on free time in CalendarView"),
            Map.entry("calendar.MasterHeaders", "the master columns' headers and greying in CalendarView"),
            Map.entry("calendar.LongerBookingDialogs", "the visit and series dialogs CalendarView opens"),
            Map.entry("calendar.CalendarCentre", "the middle of CalendarView: its columns, month grid and spinner"),
            Map.entry("calendar.MonthGrid", "the month grid of CalendarView"),
            Map.entry("calendar.ResourceColumns", "the rooms-and-equipment columns CalendarView shows instead"),
            Map.entry("catalog.MatrixPane", "the services × masters grid of CatalogView"),
            Map.entry("catalog.PhasesPane", "the service form's processing and resources in CatalogView"),
            Map.entry("catalog.ResourcesPane", "the resources tab of CatalogView"),
            Map.entry("common.BehindTheLock", "marks a View's dialog whose work waits behind the desk's lock"),
            Map.entry("common.BoundFields", "text fields bound to a form's properties, for every View"),
            Map.entry("common.ColumnSizing", "sizes a View's table columns to their texts"),
            Map.entry("common.ErrorBanner", "the error line a View shows"),
            Map.entry("common.FormGrid", "the label-and-field grid of every View's forms"),
            Map.entry("common.FxDesktopActions", "DesktopActions on JavaFX (clipboard, browser), wired in app"),
            Map.entry("common.FxSheetPrinter", "SheetPrinter on JavaFX printing, wired in app"),
            Map.entry("common.HoverText", "the tooltip a View's node gets on its first hover (booking cards)"),
            Map.entry("common.NoticeBar", "the notice line with Undo at the foot of a View"),
            Map.entry("common.ProblemMarks", "the ControlsFX marks a View puts on fields in error"),
            Map.entry("common.TextColumns", "table columns of text for a View"),
            Map.entry("common.TimeFields", "the time fields' formatters for a View"),
            Map.entry("notifications.DeskPopups", "the popup in the window's corner for NotificationBellView"),
            Map.entry("notifications.OnlineArrivalPopups", "pops up online requests over NotificationBellView"),
            Map.entry("schedules.SchedulePanels", "the panels SchedulesView lays out"),
            Map.entry("settings.NewApiKeyDialog", "the dialog OnlineBookingView shows a new API key in, once"));

    private static JavaClasses ui;

    @BeforeAll
    static void importScreens() {
        ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.salondesk.ui");
    }

    @Test
    void noClassButTheViewsTouchesNodes() {
        Map<String, Set<String>> offenders = new TreeMap<>();
        Set<String> checked = new TreeSet<>();
        for (JavaClass type : ui) {
            if (isView(type) || VIEW_SIDE.containsKey(shortName(outermost(type)))) {
                continue;
            }
            checked.add(type.getName());
            Set<String> nodes = nodeTypes(type);
            if (!nodes.isEmpty()) {
                offenders.put(type.getName(), nodes);
            }
        }
        assertThat(checked).as("the classes checked").hasSizeGreaterThan(100)
                .contains("org.salondesk.ui.calendar.CalendarViewModel", "org.salondesk.ui.catalog.ServiceForm",
                        "org.salondesk.ui.common.NoticeBoard", "org.salondesk.ui.schedules.MonthPlan");
        assertThat(offenders).as("classes outside the Views that use JavaFX nodes: make them take data, or name"
                + " them View-side here with the View they serve").isEmpty();
    }

    /** A name in the list must stay true: a helper that no longer touches nodes is checked like any other class. */
    @Test
    void everyViewSideHelperIsThereAndDoesBuildNodes() {
        for (String helper : VIEW_SIDE.keySet()) {
            List<JavaClass> found = ui.stream().filter(type -> shortName(outermost(type)).equals(helper)).toList();
            assertThat(found).as(helper).isNotEmpty();
            assertThat(found.stream().anyMatch(type -> !nodeTypes(type).isEmpty()))
                    .as(helper + " is named View-side but uses no node: take it off the list").isTrue();
        }
    }

    private static boolean isView(JavaClass type) {
        return outermost(type).getSimpleName().endsWith("View");
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static String shortName(JavaClass type) {
        return type.getName().substring("org.salondesk.ui.".length());
    }

    private static Set<String> nodeTypes(JavaClass type) {
        Set<String> nodes = new TreeSet<>();
        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
            String target = dependency.getTargetClass().getName();
            if (target.startsWith("javafx.scene.") || target.startsWith("javafx.stage.")) {
                nodes.add(target);
            }
        }
        return nodes;
    }
}
