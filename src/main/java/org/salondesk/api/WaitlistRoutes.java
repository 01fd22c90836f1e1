package org.salondesk.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.HandlerType;
import org.salondesk.apikey.ApiCaller;
import org.salondesk.client.NewClient;
import org.salondesk.waitlist.WaitingList;
import org.salondesk.waitlist.WaitlistEntry;
import org.salondesk.waitlist.WaitlistForm;

/**
 * The waiting list over HTTP: {@code POST /api/v1/waitlist} adds an entry for the client with this phone (created if
 * new), through the caller's channel; the desk matches it as any other (decision 0035).
 */
final class WaitlistRoutes {

    private final WaitingList waitingList;
    private final ApiAnswers answers;

    WaitlistRoutes(WaitingList waitingList, ApiAnswers answers) {
        this.waitingList = waitingList;
        this.answers = answers;
    }

    void register(Routes routes) {
        routes.add(HandlerType.POST, "/api/v1/waitlist", ctx -> {
            ApiCaller caller = BookingServer.caller(ctx);
            ApiBodies.WaitlistBody body = answers.json().read(ApiAnswers.body(ctx), ApiBodies.WaitlistBody.class);
            long company = ApiValues.positive(LeaseRoutes.required(body.companyId(), "company_id"), "company_id");
            ApiBodies.UserInformation user = LeaseRoutes.required(body.userInformation(), "user_information");
            NewClient client = NewClient.of(ApiValues.text(user.name(), "user_information.name", 100, true),
                    ApiValues.text(user.surname(), "user_information.surname", 100, false),
                    ApiValues.text(user.phone(), "user_information.phone", 40, true));
            WaitlistForm form = new WaitlistForm(company, 0L, ApiValues.ids(body.serviceIds(), "service_ids"),
                    ApiValues.positive(body.employeeId(), "employee_id"),
                    ApiValues.date(body.dateFrom(), "date_from"), ApiValues.date(body.dateTo(), "date_to"),
                    ApiValues.time(body.timeFrom(), "time_from"), ApiValues.time(body.timeTo(), "time_to"),
                    ApiValues.text(body.note(), "note", 500, false));
            long id = waitingList.addOnline(form, client, caller.name());
            answers.send(ctx, 201, Map.of("entry", view(waitingList.get(id))));
        });
    }

    private static Map<String, Object> view(WaitlistEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("entry_id", entry.id());
        view.put("company_id", entry.branchId());
        view.put("service_ids", entry.serviceIds());
        view.put("employee_id", entry.masterId());
        view.put("date_from", ApiViews.date(entry.dateFrom()));
        view.put("date_to", ApiViews.date(entry.dateTo()));
        view.put("time_from", ApiViews.time(entry.timeFrom()));
        view.put("time_to", ApiViews.time(entry.timeTo()));
        view.put("status", entry.status().name());
        return view;
    }
}
