package org.salondesk.ui.checkout;

import javafx.util.StringConverter;

import org.salondesk.booking.ServiceInfo;
import org.salondesk.checkout.PaymentMethod;
import org.salondesk.checkout.ProductRow;
import org.salondesk.i18n.Messages;

/** How the checkout dialog names its choices and payment methods. */
final class CheckoutTexts {

    private CheckoutTexts() {
    }

    static String methodKey(PaymentMethod method) {
        return switch (method) {
            case CASH -> "checkout.cash";
            case CARD -> "checkout.card";
            case TRANSFER -> "checkout.transfer";
        };
    }

    static String restBy(PaymentMethod method) {
        return switch (method) {
            case CASH -> Messages.get("checkout.restByCash");
            case CARD -> Messages.get("checkout.restByCard");
            case TRANSFER -> Messages.get("checkout.restByTransfer");
        };
    }

    static StringConverter<ServiceInfo> services() {
        return new StringConverter<>() {
            @Override
            public String toString(ServiceInfo service) {
                return service == null ? "" : service.title() + " — " + CheckoutFigures.amount(service.price());
            }

            @Override
            public ServiceInfo fromString(String text) {
                return null;
            }
        };
    }

    static StringConverter<ProductRow> products() {
        return new StringConverter<>() {
            @Override
            public String toString(ProductRow product) {
                return product == null ? "" : Messages.get("checkout.productChoice", product.name(),
                        product.price(), product.stock());
            }

            @Override
            public ProductRow fromString(String text) {
                return null;
            }
        };
    }
}
