package org.salondesk.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.EmployeeInfo;

/** The read-only booking functions: companies, categories, services, employees, dates and slots. */
final class CatalogRoutes {

    private static final String COMPANY = "/api/v1/companies/{company_id}";

    private final BookingService booking;
    private final ApiAnswers answers;

    CatalogRoutes(BookingService booking, ApiAnswers answers) {
        this.booking = booking;
        this.answers = answers;
    }

    void register(Routes routes) {
        routes.add(HandlerType.GET, "/api/v1/companies", ctx -> answers.ok(ctx, Map.of("companies",
                ApiViews.all(booking.getCompaniesForBooking(), ApiViews::company))));
        routes.add(HandlerType.GET, COMPANY + "/categories", ctx -> answers.ok(ctx, Map.of("categories",
                ApiViews.all(booking.getCategoriesForBooking(company(ctx)), ApiViews::category))));
        routes.add(HandlerType.GET, COMPANY + "/services", ctx -> answers.ok(ctx, Map.of("services",
                ApiViews.all(booking.getServicesForBooking(company(ctx),
                        ApiValues.optionalId(ctx.queryParam("category_id"), "category_id"),
                        ApiValues.optionalId(ctx.queryParam("employee_id"), "employee_id")), ApiViews::service))));
        routes.add(HandlerType.GET, COMPANY + "/employees", this::employees);
        routes.add(HandlerType.GET, COMPANY + "/dates", ctx -> {
            long company = company(ctx);
            List<Long> services = requiredIds(ctx);
            List<LocalDate> dates = booking.getDatesForBooking(company, services,
                    ApiValues.optionalId(ctx.queryParam("employee_id"), "employee_id"),
                    ApiValues.count(ctx.queryParam("days_limit"), "days_limit", 1, 92),
                    ApiValues.count(ctx.queryParam("max_dates_count"), "max_dates_count", 1, 366));
            answers.ok(ctx, Map.of("dates", dates.stream().map(ApiViews::date).toList()));
        });
        routes.add(HandlerType.GET, COMPANY + "/slots", ctx -> {
            long company = company(ctx);
            List<Long> services = requiredIds(ctx);
            List<LocalTime> slots = booking.getSlotsForBooking(company, services,
                    ApiValues.date(ctx.queryParam("date"), "date"),
                    ApiValues.optionalId(ctx.queryParam("employee_id"), "employee_id"),
                    ApiValues.count(ctx.queryParam("interval"), "interval", 5, 240));
            answers.ok(ctx, Map.of("slots", slots.stream().map(ApiViews::time).toList()));
        });
    }

    /** The masters for the services; with a date, only those free that day (at {@code time}, when given). */
    private void employees(Context ctx) {
        long company = company(ctx);
        List<Long> services = ApiValues.ids(ctx.queryParam("service_ids"), "service_ids");
        Long jobTitle = ApiValues.optionalId(ctx.queryParam("job_title_id"), "job_title_id");
        LocalDate date = ApiValues.optionalDate(ctx.queryParam("date"), "date");
        LocalTime time = ApiValues.optionalTime(ctx.queryParam("time"), "time");
        if ((date != null || time != null) && services.isEmpty()) {
            throw ApiProblem.invalid("service_ids",
                    "\u201cdate\u201d and \u201ctime\u201d need \u201cservice_ids\u201d.");
        }
        if (time != null && date == null) {
            throw ApiProblem.invalid("date", "\u201ctime\u201d needs \u201cdate\u201d.");
        }
        List<EmployeeInfo> employees = booking.getEmployeesForBooking(company, services.isEmpty() ? null : services,
                jobTitle, null);
        if (date != null) {
            employees = employees.stream().filter(employee -> {
                List<LocalTime> slots = booking.getSlotsForBooking(company, services, date, employee.id(), null);
                return time == null ? !slots.isEmpty() : slots.contains(time);
            }).toList();
        }
        answers.ok(ctx, Map.of("employees", ApiViews.all(employees, ApiViews::employee)));
    }

    private static List<Long> requiredIds(Context ctx) {
        List<Long> services = ApiValues.ids(ctx.queryParam("service_ids"), "service_ids");
        if (services.isEmpty()) {
            throw ApiProblem.invalid("service_ids", "\u201cservice_ids\u201d is required.");
        }
        return services;
    }

    static long company(Context ctx) {
        return ApiValues.id(ctx.pathParam("company_id"), "company_id");
    }
}
