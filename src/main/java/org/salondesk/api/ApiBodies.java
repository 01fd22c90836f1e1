package org.salondesk.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The JSON bodies the API accepts, field by field as documented in openapi.json. */
final class ApiBodies {

    private ApiBodies() {
    }

    record LeaseBody(@JsonProperty("company_id") Long companyId,
                     @JsonProperty("service_ids") List<Long> serviceIds,
                     @JsonProperty("date") String date,
                     @JsonProperty("time") String time,
                     @JsonProperty("employee_id") Long employeeId,
                     @JsonProperty("ttl_seconds") Integer ttlSeconds) {
    }

    record UserInformation(@JsonProperty("name") String name,
                           @JsonProperty("surname") String surname,
                           @JsonProperty("phone") String phone,
                           @JsonProperty("email") String email) {
    }

    record PaymentInformation(@JsonProperty("prepaid_amount") BigDecimal prepaidAmount,
                              @JsonProperty("currency") String currency,
                              @JsonProperty("method") String method,
                              @JsonProperty("reference") String reference) {
    }

    record BookingBody(@JsonProperty("company_id") Long companyId,
                       @JsonProperty("service_ids") List<Long> serviceIds,
                       @JsonProperty("date") String date,
                       @JsonProperty("time") String time,
                       @JsonProperty("employee_id") Long employeeId,
                       @JsonProperty("lease_id") Long leaseId,
                       @JsonProperty("user_information") UserInformation userInformation,
                       @JsonProperty("note") String note,
                       @JsonProperty("payment_information") PaymentInformation paymentInformation) {
    }

    record ModifyBody(@JsonProperty("date") String date, @JsonProperty("time") String time) {
    }

    record CancelBody(@JsonProperty("reason") String reason) {
    }

    record WaitlistBody(@JsonProperty("company_id") Long companyId,
                        @JsonProperty("service_ids") List<Long> serviceIds,
                        @JsonProperty("employee_id") Long employeeId,
                        @JsonProperty("date_from") String dateFrom,
                        @JsonProperty("date_to") String dateTo,
                        @JsonProperty("time_from") String timeFrom,
                        @JsonProperty("time_to") String timeTo,
                        @JsonProperty("user_information") UserInformation userInformation,
                        @JsonProperty("note") String note) {
    }
}
