package org.salondesk.ui.catalog;

import java.util.function.Consumer;

import org.salondesk.catalog.CategoryRow;
import org.salondesk.catalog.JobTitleRow;
import org.salondesk.catalog.MasterRow;
import org.salondesk.catalog.PayRates;
import org.salondesk.catalog.ServiceRow;
import org.salondesk.ui.common.BackgroundExecutor;

/**
 * The pay terms of the catalogue's forms (decision 0031): a service's commission and a master's daily rate are read
 * when the form is filled from its row, and written with the service or master the form saves.
 */
final class PayTerms {

    private final PayRates rates;
    private final BackgroundExecutor background;
    private final Consumer<Throwable> fail;

    PayTerms(PayRates rates, BackgroundExecutor background, Consumer<Throwable> fail) {
        this.rates = rates;
        this.background = background;
        this.fail = fail;
    }

    void edit(ServiceForm form, ServiceRow service, CategoryRow category) {
        form.edit(service, category);
        background.run(() -> rates.commission(service.id()), found -> {
            if (form.id() == service.id()) {
                form.showCommission(found);
            }
        }, fail);
    }

    void edit(MasterForm form, MasterRow master, JobTitleRow jobTitle) {
        form.edit(master, jobTitle);
        background.run(() -> rates.dailyRate(master.id()), found -> {
            if (form.id() == master.id()) {
                form.showDailyRate(found);
            }
        }, fail);
    }

    /**
     * Called inside the save's background work, after the master was written. (A service's commission is written
     * in the service's own Save transaction, {@code ServiceCatalog.saveService}.)
     */
    void save(long masterId, java.math.BigDecimal dailyRate) {
        rates.setDailyRate(masterId, dailyRate);
    }
}
