package org.salondesk.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AboutViewModelTest {

    @Test
    void tellsVersionLicenceDataFolderAndDatabase() {
        AboutViewModel about = new AboutViewModel();

        about.describe("1.2.3", "/home/anna/.local/share/salondesk", "/home/anna/.local/share/salondesk/salondesk (H2)");

        assertThat(about.titleProperty().get()).isEqualTo("SalonDesk 1.2.3");
        assertThat(about.versionProperty().get()).isEqualTo("1.2.3");
        assertThat(about.licenceProperty().get()).contains("Apache", "2.0");
        assertThat(about.dataFolderProperty().get()).isEqualTo("/home/anna/.local/share/salondesk");
        assertThat(about.databaseProperty().get()).endsWith("(H2)");
    }
}
