package org.salondesk.app;

import static org.salondesk.app.DeskScreens.SETTINGS;

import java.time.Clock;
import java.util.Map;

import org.salondesk.SalonDesk;
import org.salondesk.ui.backups.BackupsView;
import org.salondesk.ui.backups.BackupsViewModel;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.DesktopActions;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.ViewPreferences;
import org.salondesk.ui.settings.DeskRulesView;
import org.salondesk.ui.settings.DeskRulesViewModel;
import org.salondesk.ui.settings.SettingsView;
import org.salondesk.ui.settings.SettingsViewModel;
import org.salondesk.ui.shell.ShellView;

/** The settings screen's tabs: the branch's settings, the backups, the desk's rules and the online booking. */
final class SettingsScreens {

    private final SettingsViewModel settings;
    private final BackupsViewModel backups;
    private final DeskRulesViewModel deskRules;
    private final OnlineDesk online;

    /** @param calendarReload the calendar reads again when a branch's hours change */
    SettingsScreens(SalonDesk desk, BackgroundExecutor background, Clock clock, ViewPreferences preferences,
                    DesktopActions desktop, Runnable calendarReload, OnlineDesk online) {
        this.settings = new SettingsViewModel(desk.branches(), background, new NoticeBoard(), calendarReload, clock);
        this.backups = new BackupsViewModel(desk.backups(), background, new NoticeBoard(), preferences, desktop);
        this.deskRules = new DeskRulesViewModel(desk.deskRules(), background, new NoticeBoard());
        this.online = online;
    }

    Map<String, Runnable> starts() {
        return Map.of(SETTINGS, () -> {
            settings.start();
            backups.start();
            deskRules.start();
            online.startSettings();
        });
    }

    void install(ShellView view) {
        view.addScreen(SETTINGS, "nav.settings", () -> new SettingsView(settings, new BackupsView(backups),
                new DeskRulesView(deskRules), online.settingsTab()), null);
    }

    /** The guard that asks before leaving unsaved settings. */
    SettingsViewModel settings() {
        return settings;
    }

    BackupsViewModel backups() {
        return backups;
    }

    DeskRulesViewModel deskRules() {
        return deskRules;
    }
}
