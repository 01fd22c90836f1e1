package org.salondesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingSource;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;

/**
 * A client books through the booking page in a real browser (Debian's headless Chromium, driven by Selenium): she
 * picks a service, a master, a day and a time, types her name and phone, and the salon's desk has her request as
 * NEW, made through the page's own key. Needs {@code chromium} and {@code chromium-driver} (.ci/run installs them).
 */
class BookingPageBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final LocalDate TOMORROW = TestToday.date().plusDays(1);

    private final MutableClock clock = TestToday.at(8, 0);
    private SalonDesk desk;
    private BookingServer server;
    private WebDriver browser;
    private long branch;
    private long pavel;

    @BeforeEach
    void salonBrowserAndServer() {
        desk = TestDatabases.freshDesk(clock);
        TestSalon salon = new TestSalon(desk);
        branch = salon.branch("Центр");
        long haircut = salon.service(branch, "Стрижка", 60, "1500");
        salon.service(branch, "Окрашивание", 30, "2500.50");
        pavel = salon.master(branch, "Павел", LocalTime.of(9, 0), LocalTime.of(12, 0), haircut);
        server = new BookingServer(desk.booking(), desk.waitingList(), desk.apiKeys(), clock);
        server.start(0, "127.0.0.1");
        browser = chromium("ru-RU,ru");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        server.stop();
        desk.close();
    }

    @Test
    void aClientBooksThroughThePageAndTheDeskHasHerRequestAsNew() throws IOException {
        String key = desk.apiKeys().create("Страница записи", false);
        browser.get("http://127.0.0.1:" + server.port() + "/book/" + branch + "#key=" + key);
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        // A wait that ends without its step says what the page said instead (an API refusal shows there).
        wait.withMessage(() -> "the page says: " + browser.findElement(By.id("message")).getText());

        WebElement services = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("services")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Центр");
        assertThat(services.getText()).contains("1. Услуги", "Стрижка", "60 мин", "Окрашивание");
        services.findElements(By.cssSelector("label.service")).stream()
                .filter(row -> row.getText().contains("Стрижка")).findFirst().orElseThrow()
                .findElement(By.tagName("input")).click();
        assertThat(browser.findElement(By.id("services-total")).getText()).contains("Итого", "60 мин");
        browser.findElement(By.id("services-next")).click();

        WebElement masters = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("master")));
        assertThat(masters.getText()).contains("Любой свободный мастер", "Павел");
        choose(masters, "Павел");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("date")));
        browser.findElement(By.cssSelector("button[data-date='" + TOMORROW + "']")).click();

        WebElement times = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("time")));
        assertThat(times.findElements(By.tagName("button"))).extracting(WebElement::getText)
                .containsExactly("09:00", "09:30", "10:00", "10:30", "11:00");
        shot("booking-page-times");
        browser.findElement(By.cssSelector("button[data-time='10:00']")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contact")));
        assertThat(browser.findElement(By.id("held")).getText()).startsWith("Время закреплено за вами до");
        browser.findElement(By.id("name")).sendKeys("Ирина");
        browser.findElement(By.id("phone")).sendKeys("+7 916 555-12-34");
        browser.findElement(By.id("book")).click();

        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(done.getText()).contains("Вы записаны", "Мастер: Павел", "Услуги: Стрижка");
        shot("booking-page-done");
        List<BookingInfo> hers = desk.booking().getBookingsInfoByPhone("+7 916 555-12-34", null);
        assertThat(hers).singleElement().satisfies(booking -> {
            assertThat(booking.status()).isEqualTo(BookingStatus.NEW);
            assertThat(booking.source()).isEqualTo(BookingSource.ONLINE);
            assertThat(booking.masterId()).isEqualTo(pavel);
            assertThat(booking.date()).isEqualTo(TOMORROW);
            assertThat(booking.time()).isEqualTo(LocalTime.of(10, 0));
            assertThat(booking.clientName()).contains("Ирина");
            assertThat(done.getText()).contains("Запись № " + booking.number());
            assertThat(desk.booking().channelOf(booking.id())).contains("Страница записи");
        });
    }

    @Test
    void aLinkWithoutItsKeySaysSoInTheBrowsersLanguage() {
        browser.get("http://127.0.0.1:" + server.port() + "/book/" + branch);
        WebElement message = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
        assertThat(message.getText()).isEqualTo("Ссылка для записи неполная. Попросите в салоне ссылку для записи.");
    }

    /** With -Dsalondesk.shots=FOLDER (the README's pictures), the page as a phone shows it. */
    private void shot(String name) throws IOException {
        String folder = System.getProperty("salondesk.shots");
        if (folder != null) {
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(Path.of(folder, "ru", name + ".png"), png);
        }
    }

    private static void choose(WebElement list, String text) {
        list.findElements(By.tagName("button")).stream().filter(button -> button.getText().startsWith(text))
                .findFirst().orElseThrow().click();
    }

    /** Debian's Chromium, headless, without its calls home (this machine's network is closed), in {@code languages}. */
    private static WebDriver chromium(String languages) {
        File driver = new File(System.getProperty("salondesk.chromedriver", "/usr/bin/chromedriver"));
        File binary = new File(System.getProperty("salondesk.chromium", "/usr/bin/chromium"));
        assertThat(driver).as("chromedriver (Debian: apt-get install chromium-driver)").canRead();
        assertThat(binary).as("Chromium (Debian: apt-get install chromium)").canRead();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=412,915", "--lang=" + languages.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        return new ChromeDriver(service, options);
    }
}
