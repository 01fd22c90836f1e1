package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.apikey.OnlineBookingForm;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.settings.ApiKeyLine;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings → Online booking at the admin's window: the server switched on and saved for every desk, a key made and
 * shown once with a Copy button, then revoked after the question; the booking page's address is on the tab.
 */
class OnlineBookingWindowTest {

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(9, 0);
    private DeskWindow window;
    private FxRobot robot;

    @BeforeEach
    void start() throws Exception {
        window = DeskWindow.start(folder, clock, true, null);
        robot = window.robot();
    }

    @AfterEach
    void stop() throws Exception {
        window.stop();
    }

    @SuppressWarnings("unchecked")
    private TableView<ApiKeyLine> keys() {
        return robot.lookup("#api-keys").queryAs(TableView.class);
    }

    private Optional<ApiKeyLine> key(String name) {
        return keys().getItems().stream().filter(line -> line.name().equals(name)).findFirst();
    }

    @Test
    void theAdminSwitchesTheServerOnMakesAKeySeenOnceAndRevokesIt() throws Exception {
        robot.clickOn("#nav-settings");
        window.waitUntil(() -> robot.lookup("#settings-tabs").tryQuery().isPresent());
        robot.clickOn("Online booking");
        window.waitUntil(() -> "8080".equals(robot.lookup("#online-port").queryAs(TextField.class).getText()));
        ListView<?> links = robot.lookup("#online-links").queryAs(ListView.class);
        window.waitUntil(() -> !links.getItems().isEmpty());
        assertThat(links.getItems()).allSatisfy(link -> assertThat(link.toString())
                .contains("http://127.0.0.1:8080/book/"));

        // A free port, not 8080: another build on this machine may be serving there.
        int port = freePort();
        robot.clickOn("#online-enabled");
        robot.interact(() -> {
            robot.lookup("#online-port").queryAs(TextField.class).setText(Integer.toString(port));
            robot.lookup("#online-lease").queryAs(TextField.class).setText("15");
        });
        robot.clickOn("#online-save");
        window.waitUntil(() -> robot.lookup("#online-status").queryAs(Labeled.class).getText()
                .contains(Integer.toString(port)));
        assertThat(window.desk().onlineBooking().read()).isEqualTo(new OnlineBookingForm(true, port, 15));
        assertThat(window.app().wiring().online().server().statusProperty().get()).contains("running");
        assertThat(companies(port, "sd_not-a-key")).as("a request without a live key").isEqualTo(401);

        robot.interact(() -> robot.lookup("#api-key-name").queryAs(TextField.class).setText("Booking page"));
        robot.clickOn("#api-key-create");
        window.waitUntil(() -> robot.lookup("#api-key-dialog").tryQuery().isPresent());
        String shown = robot.lookup("#api-key-text").queryAs(TextField.class).getText();
        assertThat(shown).startsWith("sd_");
        assertThat(robot.lookup("#api-key-page-links").queryAs(TextArea.class).getText())
                .contains("http://127.0.0.1:" + port + "/book/", "#key=" + shown);
        assertThat(window.desk().apiKeys().caller(shown)).hasValueSatisfying(caller ->
                assertThat(caller.name()).isEqualTo("Booking page"));
        window.shot(robot.lookup("#api-key-dialog").query(), "api-key");
        robot.clickOn("#api-key-copy");
        window.waitUntil(() -> robot.lookup("#api-key-copy").queryAs(Button.class).getText().equals("Copied"));
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo(shown);
        robot.clickOn("#api-key-dialog-close");
        window.waitUntil(() -> robot.lookup("#api-key-dialog").tryQuery().isEmpty());
        assertThat(window.app().wiring().online().keys().newKeyProperty().get()).as("the key is forgotten").isNull();
        // The server runs on a desk object of its own: it reads the live keys again every 2 s.
        window.waitUntil(() -> companies(port, shown) == 200);
        window.waitUntil(() -> key("Booking page").isPresent());
        assertThat(key("Booking page").orElseThrow().state()).isEqualTo("live");
        window.shot(robot.lookup("#online-booking").query(), "online-booking");

        robot.interact(() -> keys().getSelectionModel().select(key("Booking page").orElseThrow()));
        robot.clickOn("#api-key-revoke");
        window.waitUntil(() -> robot.lookup("#api-key-revoke-question").tryQuery().isPresent());
        robot.clickOn("#api-key-revoke-yes");
        window.waitUntil(() -> key("Booking page").map(ApiKeyLine::revoked).orElse(false));
        assertThat(window.desk().apiKeys().caller(shown)).isEmpty();
        window.waitUntil(() -> companies(port, shown) == 401);

        robot.clickOn("#online-enabled");
        robot.clickOn("#online-save");
        window.waitUntil(() -> !window.app().wiring().online().server().statusProperty().get().contains("running"));
        assertThatThrownBy(() -> companies(port, shown)).as("nothing listens once it is off")
                .isInstanceOf(IOException.class);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int companies(int port, String key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/companies"))
                .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(10)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
