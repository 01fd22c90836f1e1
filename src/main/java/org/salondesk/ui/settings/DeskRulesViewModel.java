package org.salondesk.ui.settings;

import java.math.BigDecimal;
import java.util.function.IntConsumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.salondesk.i18n.Messages;
import org.salondesk.staff.DeskRules;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.FormField;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.NumberText;

/**
 * The rules of every desk (Settings, the Desks tab): the idle minutes after which a desk locks itself. Saved on its
 * own, since it is the salon's and not a branch's; this desk follows the new minutes at once, the others at their
 * next sign-in.
 */
public final class DeskRulesViewModel {

    private final DeskRules rules;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private IntConsumer onSaved = minutes -> { };
    private final NumberText numbers = NumberText.desk();
    private final FormField idleMinutes = FormField.number(DeskRules.IDLE_LOCK_MINUTES, false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public DeskRulesViewModel(DeskRules rules, BackgroundExecutor background, NoticeBoard notices) {
        this.rules = rules;
        this.background = background;
        this.notices = notices;
    }

    /** Hears the minutes once they are saved (this desk follows them at once). */
    public void setOnSaved(IntConsumer onSaved) {
        this.onSaved = onSaved;
    }

    /** Reads the rules as saved. */
    public void start() {
        background.run(rules::idleLockMinutes, minutes -> {
            idleMinutes.show(numbers.format(minutes));
            error.set("");
        }, failure -> error.set(ErrorText.of(failure)));
    }

    public void save() {
        BigDecimal typed = numbers.parse(idleMinutes.text());
        if (!idleMinutes.isValid() || typed == null) {
            idleMinutes.touch();
            return;
        }
        int minutes = typed.intValueExact();
        background.run(() -> {
            rules.setIdleLockMinutes(minutes);
            return minutes;
        }, saved -> {
            error.set("");
            notices.post(Notice.info(Messages.get("settings.desks.saved")));
            onSaved.accept(saved);
        }, failure -> error.set(ErrorText.of(failure)));
    }

    public FormField idleMinutes() {
        return idleMinutes;
    }

    public NoticeBoard notices() {
        return notices;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
