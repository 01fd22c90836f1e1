package org.salondesk.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.CategoryInfo;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.ServiceInfo;

/**
 * The domain's records as the API's JSON: a branch is a company, a master an employee only here, at the edge; the
 * field names are the booking functions'.
 */
final class ApiViews {

    private ApiViews() {
    }

    static Map<String, Object> company(CompanyInfo company) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("company_id", company.id());
        json.put("company_name", company.name());
        json.put("company_address", company.address());
        return json;
    }

    static Map<String, Object> category(CategoryInfo category) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("category_id", category.id());
        json.put("name", category.name());
        json.put("description", category.description());
        return json;
    }

    static Map<String, Object> service(ServiceInfo service) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("service_id", service.id());
        json.put("title", service.title());
        json.put("description", service.description());
        json.put("price", service.price());
        json.put("duration", service.duration());
        json.put("category_id", service.categoryId());
        return json;
    }

    static Map<String, Object> employee(EmployeeInfo employee) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("employee_id", employee.id());
        json.put("name", employee.name());
        json.put("information", employee.information());
        json.put("job_title_id", employee.jobTitleId());
        json.put("job_title", employee.jobTitle());
        return json;
    }

    static Map<String, Object> booking(BookingInfo booking) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("booking_id", booking.id());
        json.put("booking_number", booking.number());
        json.put("booking_date", date(booking.date()));
        json.put("booking_time", time(booking.time()));
        json.put("service_ids", booking.serviceIds());
        json.put("service_names", booking.serviceNames());
        json.put("booking_duration", booking.duration());
        json.put("total_cost", booking.totalCost());
        json.put("employee_id", booking.masterId());
        json.put("employee_name", booking.masterName());
        json.put("company_id", booking.branchId());
        json.put("company_name", booking.branchName());
        json.put("company_address", booking.branchAddress());
        json.put("status", booking.status().name());
        return json;
    }

    static String date(LocalDate date) {
        return ApiValues.DATE.format(date);
    }

    static String time(LocalTime time) {
        return ApiValues.TIME.format(time);
    }

    static <T> List<Map<String, Object>> all(List<T> items, Function<T, Map<String, Object>> view) {
        return items.stream().map(view).toList();
    }
}
