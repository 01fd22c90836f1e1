package org.salondesk.ui.settings;

import java.math.BigDecimal;
import java.util.function.IntConsumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.salondesk.i18n.Messages;
import org.salondesk.staff.DeskRules;
import org.salondesk.staff.DeskRulesForm;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.FormField;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.NumberText;

/**
 * The rules of every desk (Settings, the Desks tab): the idle minutes after which a desk locks itself, and whether
 * staff may sign in with a PIN. Saved on their own, since they are the salon's and not a branch's; this desk follows
 * the new minutes at once, the others at their next sign-in.
 */
public final class DeskRulesViewModel {

    private final DeskRules rules;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final NumberText numbers = NumberText.desk();
    private final FormField idleMinutes = FormField.number(DeskRules.IDLE_LOCK_MINUTES, false);
    private final BooleanProperty pinsAllowed = new SimpleBooleanProperty(this, "pinsAllowed");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private IntConsumer onSaved = minutes -> { };

    public DeskRulesViewModel(DeskRules rules, BackgroundExecutor background, NoticeBoard notices) {
        this.rules = rules;
        this.background = background;
        this.notices = notices;
    }

    /** Hears the idle minutes once they are saved (this desk follows them at once). */
    public void setOnSaved(IntConsumer onSaved) {
        this.onSaved = onSaved;
    }

    /** Reads the rules as saved. */
    public void start() {
        background.run(rules::read, read -> {
            idleMinutes.show(numbers.format(read.idleLockMinutes()));
            pinsAllowed.set(read.pinsAllowed());
            error.set("");
        }, failure -> error.set(ErrorText.of(failure)));
    }

    public void save() {
        BigDecimal typed = numbers.parse(idleMinutes.text());
        if (!idleMinutes.isValid() || typed == null) {
            idleMinutes.touch();
            return;
        }
        DeskRulesForm form = new DeskRulesForm(typed.intValueExact(), pinsAllowed.get());
        background.run(() -> {
            rules.save(form);
            return form;
        }, saved -> {
            error.set("");
            notices.post(Notice.info(Messages.get("settings.desks.saved")));
            onSaved.accept(saved.idleLockMinutes());
        }, failure -> error.set(ErrorText.of(failure)));
    }

    public FormField idleMinutes() {
        return idleMinutes;
    }

    public BooleanProperty pinsAllowedProperty() {
        return pinsAllowed;
    }

    public NoticeBoard notices() {
        return notices;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
