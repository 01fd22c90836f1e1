package org.salondesk.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Rule 1: only a master providing every requested service is eligible; durations and prices add up. */
class EligibilityTest {

    private static final Eligibility.RequestedService HAIRCUT =
            new Eligibility.RequestedService(1, new BigDecimal("1500"), 60);
    private static final Eligibility.RequestedService BEARD =
            new Eligibility.RequestedService(2, new BigDecimal("900.50"), 45);

    @Test
    void aMasterMustProvideEveryRequestedService() {
        List<MasterOffer> offers = Eligibility.offers(List.of(HAIRCUT, BEARD), List.of(
                provides(10, 1), provides(10, 2),
                provides(11, 1),
                provides(12, 2), provides(12, 3)));

        assertThat(offers).extracting(MasterOffer::masterId).containsExactly(10L);
    }

    @Test
    void durationsAndPricesAddUpInTheRequestedOrder() {
        MasterOffer offer = Eligibility.offers(List.of(BEARD, HAIRCUT), List.of(provides(10, 1), provides(10, 2)))
                .get(0);

        assertThat(offer.durationMinutes()).isEqualTo(105);
        assertThat(offer.price()).isEqualByComparingTo("2400.50");
        assertThat(offer.lines()).extracting(MasterOffer.Line::serviceId).containsExactly(2L, 1L);
    }

    @Test
    void aMastersOwnPriceAndDurationReplaceTheCatalogues() {
        List<MasterOffer> offers = Eligibility.offers(List.of(HAIRCUT, BEARD), List.of(
                new Eligibility.Provision(10, 1, new BigDecimal("2500"), 90),
                new Eligibility.Provision(10, 2, null, null),
                new Eligibility.Provision(11, 1, null, 50),
                new Eligibility.Provision(11, 2, new BigDecimal("700"), null)));

        assertThat(offers.get(0).durationMinutes()).isEqualTo(90 + 45);
        assertThat(offers.get(0).price()).isEqualByComparingTo("3400.50");
        assertThat(offers.get(1).durationMinutes()).isEqualTo(50 + 45);
        assertThat(offers.get(1).price()).isEqualByComparingTo("2200");
        assertThat(offers.get(1).lines()).containsExactly(
                new MasterOffer.Line(1, new BigDecimal("1500"), 50),
                new MasterOffer.Line(2, new BigDecimal("700"), 45));
    }

    @Test
    void offersComeOrderedByMasterIdAndIgnoreOtherServices() {
        List<MasterOffer> offers = Eligibility.offers(List.of(HAIRCUT), List.of(
                provides(30, 1), provides(5, 1), provides(5, 99), provides(17, 1)));

        assertThat(offers).extracting(MasterOffer::masterId).containsExactly(5L, 17L, 30L);
        assertThat(offers).allSatisfy(offer -> assertThat(offer.durationMinutes()).isEqualTo(60));
    }

    @Test
    void nobodyIsEligibleWhenNobodyProvidesEverything() {
        assertThat(Eligibility.offers(List.of(HAIRCUT, BEARD), List.of(provides(10, 1), provides(11, 2)))).isEmpty();
        assertThat(Eligibility.offers(List.of(HAIRCUT), List.of())).isEmpty();
    }

    private static Eligibility.Provision provides(long masterId, long serviceId) {
        return new Eligibility.Provision(masterId, serviceId, null, null);
    }
}
