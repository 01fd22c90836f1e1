package org.salondesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** A master's own processing window is read back as it was set, for the matrix's form to show (decision 0033). */
class OwnProcessingTest {

    private SalonDesk desk;
    private SmallSalon salon;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(TestToday.at(9, 0));
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void herOwnWindowIsReadBackAndBothNullMeansTheServices() {
        assertThat(desk.resources().ownProcessing(salon.olga, salon.manicure))
                .isEqualTo(new OwnProcessing(null, null));

        desk.resources().setOwnProcessing(salon.olga, salon.manicure, 25, 35);
        assertThat(desk.resources().ownProcessing(salon.olga, salon.manicure)).isEqualTo(new OwnProcessing(25, 35));
        assertThat(desk.resources().ownProcessing(salon.pavel, salon.haircut)).as("hers only")
                .isEqualTo(new OwnProcessing(null, null));

        desk.resources().setOwnProcessing(salon.olga, salon.manicure, 0, 0);
        assertThat(desk.resources().ownProcessing(salon.olga, salon.manicure).isServices()).as("0: none of her own")
                .isFalse();

        desk.resources().setOwnProcessing(salon.olga, salon.manicure, null, null);
        assertThat(desk.resources().ownProcessing(salon.olga, salon.manicure).isServices()).isTrue();
    }

    @Test
    void aMasterWhoDoesNotProvideTheServiceHasNoneAndGetsNone() {
        assertThat(desk.resources().ownProcessing(salon.pavel, salon.manicure))
                .isEqualTo(new OwnProcessing(null, null));
        assertThatThrownBy(() -> desk.resources().setOwnProcessing(salon.pavel, salon.manicure, 25, 35))
                .isInstanceOf(SalonDeskException.class);
    }
}
