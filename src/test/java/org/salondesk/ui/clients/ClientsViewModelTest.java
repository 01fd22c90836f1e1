package org.salondesk.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.access.StaffRole;
import org.salondesk.booking.BookingInfo;
import org.salondesk.changes.Change;
import org.salondesk.changes.ChangeKind;
import org.salondesk.client.ClientCard;
import org.salondesk.client.ClientForm;
import org.salondesk.client.ClientRow;
import org.salondesk.staff.StaffForm;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;

/** The clients screen without a screen. */
class ClientsViewModelTest {

    private static final LocalDate TODAY = TestToday.date();

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(9, 0);
    private SalonDesk desk;
    private SmallSalon salon;
    private ClientsViewModel viewModel;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        viewModel = new ClientsViewModel(desk.clients(), desk.clientImport(), desk.tasks(), desk.staff(),
                BackgroundExecutor.sameThread(), new NoticeBoard());
        viewModel.start();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void typingAPhoneFindsHerAndChoosingShowsHerCard() {
        desk.clients().create(new ClientForm("Ирина", "Котова", "+7 903 111-22-33", null, null, null));
        viewModel.reload();
        assertThat(viewModel.rows()).hasSize(2);

        viewModel.searchProperty().set("8 916 111");
        assertThat(viewModel.rows()).extracting(ClientRow::id).containsExactly(salon.anna);
        viewModel.selectedProperty().set(viewModel.rows().get(0));

        ClientCard card = viewModel.cardProperty().get();
        assertThat(card.client().fullName()).isEqualTo("Анна Смирнова");
        assertThat(viewModel.form().isNew()).isFalse();
        assertThat(viewModel.form().nameProperty().get()).isEqualTo("Анна");
        assertThat(viewModel.pageText().get()).contains("1");
    }

    @Test
    void aNewClientNeedsANameAndAValidPhoneAndATakenPhoneIsRefusedInWords() {
        viewModel.searchProperty().set("+7 903 222 33 44");
        viewModel.newClient();
        assertThat(viewModel.form().phoneProperty().get()).isEqualTo("+7 903 222 33 44");
        assertThat(viewModel.form().validProperty().get()).isFalse();
        viewModel.form().nameProperty().set("Вера");
        assertThat(viewModel.form().validProperty().get()).isTrue();
        viewModel.form().phoneProperty().set("123");
        assertThat(viewModel.form().phoneProblem().get()).contains("123");
        viewModel.form().phoneProperty().set("8 916 111 22 33");
        viewModel.save();
        assertThat(viewModel.errorProperty().get()).contains("Анна Смирнова");
        assertThat(viewModel.phoneOwnerProperty().get()).isEqualTo(salon.anna);

        viewModel.form().phoneProperty().set("+7 903 222 33 44");
        viewModel.save();
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(viewModel.cardProperty().get().client().name()).isEqualTo("Вера");
        assertThat(desk.clients().count("")).isEqualTo(2);
    }

    @Test
    void everyFieldOfTheFormIsCheckedInPlaceAndNothingIsRefusedOnlyAfterSave() {
        viewModel.newClient();
        ClientFormViewModel form = viewModel.form();
        form.nameProperty().set("Вера");
        form.phoneProperty().set("+7 903 222 33 44");
        assertThat(form.validProperty().get()).isTrue();

        form.emailProperty().set("not-an-email");
        assertThat(form.validProperty().get()).as("a wrong email is caught in the form").isFalse();
        assertThat(form.email().problem().get()).isEqualTo("\u201cnot-an-email\u201d is not an email address.");
        form.emailProperty().set("vera@example.ru");
        form.surnameProperty().set("К".repeat(101));
        assertThat(form.surname().problem().get()).isEqualTo("Surname: at most 100 characters.");
        form.surnameProperty().set("Котова");
        form.noteProperty().set("н".repeat(2001));
        assertThat(form.note().problem().get()).isEqualTo("Note: at most 2,000 characters.");
        form.noteProperty().set("");
        form.tagsProperty().set("VIP, " + "т".repeat(500));
        assertThat(form.tags().problem().get()).isEqualTo("Tags: at most 500 characters.");
        form.tagsProperty().set("VIP, vip");
        form.phoneProperty().set("8 916 12");
        assertThat(form.phone().problem().get()).as("the client service's own reading of a phone").contains("8 916 12");
        assertThat(form.validProperty().get()).isFalse();

        viewModel.save();

        assertThat(viewModel.errorProperty().get()).as("refused in place, not at the top of the screen").isEmpty();
        assertThat(form.phone().mark().get()).isNotEmpty();
        assertThat(desk.clients().count("")).isEqualTo(1);
        form.phoneProperty().set("+7 903 222 33 44");
        viewModel.save();
        assertThat(desk.clients().count("")).isEqualTo(2);
    }

    @Test
    void anEmptyNewFormIsNotMarkedAllOverButALeftFieldOrSaveIs() {
        viewModel.newClient();
        ClientFormViewModel form = viewModel.form();
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.name().mark().get()).isEmpty();
        assertThat(form.phone().mark().get()).isEmpty();
        assertThat(form.markedProperty().get()).as("Save is not disabled without a mark in sight").isFalse();

        form.name().touch();
        assertThat(form.name().mark().get()).isEqualTo("Please fill in the name.");
        assertThat(form.phone().mark().get()).as("not left yet").isEmpty();
        assertThat(form.markedProperty().get()).as("Save is disabled while a mark shows").isTrue();
        form.nameProperty().set("Вера");
        assertThat(form.markedProperty().get()).isFalse();

        viewModel.save();

        assertThat(form.phone().mark().get()).as("Save marks what is missing").isEqualTo("Please enter a phone number.");
        assertThat(form.markedProperty().get()).isTrue();
        assertThat(desk.clients().count("")).isEqualTo(1);
        viewModel.newClient();
        assertThat(form.phone().mark().get()).as("the next new client starts unmarked").isEmpty();
    }

    @Test
    void aRefusedTakenPhoneOffersTheCardOfTheClientWhoHasIt() {
        viewModel.newClient();
        viewModel.form().nameProperty().set("Вера");
        viewModel.form().phoneProperty().set("8-916-111-22-33");
        viewModel.save();
        assertThat(viewModel.phoneOwnerProperty().get()).isEqualTo(salon.anna);

        viewModel.openPhoneOwner();

        assertThat(viewModel.selectedProperty().get().id()).isEqualTo(salon.anna);
        assertThat(viewModel.cardProperty().get().client().fullName()).isEqualTo("Анна Смирнова");
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(viewModel.phoneOwnerProperty().get()).isNull();
        assertThat(desk.clients().count("")).isEqualTo(1);
    }

    @Test
    void blockMergeAndANewTaskFromTheCard() {
        long twin = desk.clients().create(new ClientForm("Анна", null, "+7 903 777-66-55", null, null, null));
        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY.plusDays(1),
                LocalTime.of(10, 0), salon.olga, twin);
        viewModel.selectedProperty().set(desk.clients().row(salon.anna));

        viewModel.blockReasonProperty().set("Три неявки");
        viewModel.block();
        assertThat(viewModel.cardProperty().get().client().blocked()).isTrue();

        viewModel.mergePhoneProperty().set("8 903 777 66 55");
        viewModel.merge();
        assertThat(viewModel.cardProperty().get().history()).extracting(v -> v.bookingId())
                .containsExactly(booked.id());
        assertThat(viewModel.rows()).extracting(ClientRow::id).containsExactly(salon.anna);

        List<ClientCard> asked = new ArrayList<>();
        viewModel.links().setOnNewTask(asked::add);
        viewModel.links().newTask();
        assertThat(asked).singleElement().satisfies(card -> assertThat(card.client().id()).isEqualTo(salon.anna));
    }

    @Test
    void operatorsAreOfferedAssignedAndDistributed() {
        long natalia = desk.staff().create(new StaffForm("natalia", "Наталья", StaffRole.RECEPTIONIST, null));
        desk.staff().create(new StaffForm("olga", "Ольга", StaffRole.MASTER, salon.olga));
        long other = desk.clients().create(new ClientForm("Ирина", null, "+7 903 111-22-33", null, null, null));
        viewModel.start();
        assertThat(viewModel.operators()).extracting(choice -> choice.value()).containsExactly(null, natalia);

        viewModel.selectedProperty().set(desk.clients().row(salon.anna));
        viewModel.assignOperator(natalia);
        assertThat(viewModel.cardProperty().get().client().operator()).isEqualTo("Наталья");

        viewModel.distribute();
        assertThat(desk.clients().row(other).operatorId()).isEqualTo(natalia);
    }

    @Test
    void importShowsProblemsThenWritesTheGoodRowsWithProgress() throws Exception {
        Path file = folder.resolve("clients.csv");
        Files.writeString(file, "name,surname,phone\nИрина,Котова,8 903 111 22 33\nВера,,123\n");
        ClientImportViewModel files = viewModel.files();
        List<Double> progress = new ArrayList<>();
        files.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));

        files.preview(file);
        assertThat(files.rows()).hasSize(2);
        assertThat(files.summaryProperty().get()).contains("1");
        files.run();

        assertThat(progress).contains(1.0).last().isEqualTo(-1.0);
        assertThat(desk.clients().count("")).isEqualTo(2);
        assertThat(viewModel.rows()).hasSize(2);

        Path out = folder.resolve("out.csv");
        files.export(out);
        assertThat(Files.readString(out)).contains("Котова").contains("+79031112233");
    }

    @Test
    void theClientFormIsDirtyUntilSavedOrDiscarded() {
        assertThat(viewModel.dirty()).isFalse();
        viewModel.form().nameProperty().set("Вера");
        assertThat(viewModel.dirty()).as("typed into the empty form").isTrue();
        viewModel.discard();
        assertThat(viewModel.form().nameProperty().get()).isEmpty();
        assertThat(viewModel.dirty()).isFalse();

        viewModel.form().nameProperty().set("Вера");
        viewModel.form().phoneProperty().set("8 916 555-44-33");
        boolean[] saved = {false};
        viewModel.save(() -> saved[0] = true);
        assertThat(saved[0]).isTrue();
        assertThat(viewModel.dirty()).isFalse();
        assertThat(desk.clients().findByPhone("+79165554433")).isPresent();
    }

    @Test
    void aClientChangedElsewhereShowsInTheListAndTheCardUnlessTheFormHoldsEdits() {
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        desk.clients().create(new ClientForm("Ирина", "Котова", "+7 903 111-22-33", null, null, null));
        desk.clients().update(salon.anna, new ClientForm("Анна", "Смирнова", "+7 916 111-22-33", null,
                "Любит чай", null));

        viewModel.changed(Change.of(ChangeKind.CLIENTS));

        assertThat(viewModel.rows()).hasSize(2);
        assertThat(viewModel.cardProperty().get().note()).isEqualTo("Любит чай");
        assertThat(viewModel.selectedProperty().get().id()).isEqualTo(salon.anna);

        viewModel.form().nameProperty().set("Аня");
        desk.clients().create(new ClientForm("Вера", null, "+7 903 222-33-44", null, null, null));
        viewModel.changed(Change.of(ChangeKind.CLIENTS));
        assertThat(viewModel.rows()).hasSize(2);
        assertThat(viewModel.form().nameProperty().get()).isEqualTo("Аня");
    }
}
