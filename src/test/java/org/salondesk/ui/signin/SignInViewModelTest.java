package org.salondesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.access.StaffRole;
import org.salondesk.i18n.Languages;
import org.salondesk.i18n.Messages;
import org.salondesk.staff.StaffRow;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ViewPreferences;

/** The sign-in form: what it asks for, what it keeps, and what it says when refused. */
class SignInViewModelTest {

    private static final StaffRow NATALIA = new StaffRow(7, "natalia", "Наталья", StaffRole.RECEPTIONIST, null, null,
            true, null);

    private final ViewPreferences preferences = ViewPreferences.inMemory();
    private final List<char[]> passwordsGiven = new ArrayList<>();
    private final List<String> typed = new ArrayList<>();

    private SignInViewModel viewModel(String rightPassword) {
        return new SignInViewModel((login, password) -> {
            passwordsGiven.add(password);
            typed.add(login + ":" + new String(password));
            if (login.equals("natalia") && new String(password).equals(rightPassword)) {
                return NATALIA;
            }
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.unexpected");
        }, BackgroundExecutor.sameThread(), preferences);
    }

    @Test
    void signsInOnlyWithALoginAndAPasswordAndRemembersTheLoginOnThisPc() {
        SignInViewModel form = viewModel("secret-42");
        List<StaffRow> signedIn = new ArrayList<>();
        form.setOnSignedIn(signedIn::add);
        assertThat(form.readyProperty().get()).isFalse();
        form.loginProperty().set("natalia");
        assertThat(form.readyProperty().get()).isFalse();
        form.passwordProperty().set("secret-42");
        assertThat(form.readyProperty().get()).isTrue();

        form.signIn();

        assertThat(typed).containsExactly("natalia:secret-42");
        assertThat(signedIn).containsExactly(NATALIA);
        assertThat(form.passwordProperty().get()).isEmpty();
        assertThat(passwordsGiven.get(0)).as("the password's characters are wiped after the check")
                .containsOnly('\0');
        assertThat(viewModel("x").loginProperty().get()).as("the next start fills the login in").isEqualTo("natalia");
    }

    @Test
    void aRefusalIsSaidInTheUsersWordsAndTheFormIsReadyForAnotherTry() {
        SignInViewModel form = viewModel("secret-42");
        List<StaffRow> signedIn = new ArrayList<>();
        form.setOnSignedIn(signedIn::add);
        form.loginProperty().set("natalia");
        form.passwordProperty().set("wrong-one");

        form.signIn();

        assertThat(signedIn).isEmpty();
        assertThat(form.errorProperty().get()).isNotBlank().doesNotContain("Exception");
        assertThat(form.passwordProperty().get()).isEmpty();
        assertThat(form.busyProperty().get()).isFalse();
        assertThat(preferences.get(SignInViewModel.LAST_LOGIN)).as("a failed login is not remembered").isNull();

        form.passwordProperty().set("s");
        assertThat(form.errorProperty().get()).as("typing again clears what was said").isEmpty();
    }

    @Test
    void theLanguageChosenIsKeptForThisPcAndTheFormSaysFromWhenItIsSpoken() {
        SignInViewModel form = viewModel("secret-42");
        Languages.Language speaking = Languages.of(java.util.Locale.getDefault());
        Languages.Language other = form.languages().stream().filter(language -> !language.equals(speaking))
                .findFirst().orElseThrow();
        assertThat(form.languageProperty().get()).isEqualTo(speaking);
        assertThat(form.languageNoteProperty().get()).isEmpty();

        form.languageProperty().set(other);

        assertThat(preferences.get(SignInViewModel.LANGUAGE)).isEqualTo(other.tag());
        assertThat(form.languageNoteProperty().get())
                .isEqualTo(Messages.format(other.locale(), "signIn.languageNext")).isNotBlank();
        assertThat(Languages.chosenOr(preferences.get(SignInViewModel.LANGUAGE), java.util.Locale.JAPAN))
                .as("the next start speaks it").isEqualTo(other.locale());

        form.languageProperty().set(speaking);
        assertThat(form.languageNoteProperty().get()).isEmpty();
    }

    @Test
    void withoutAChoiceTheOsLanguageIsSpokenAndEnglishForOneTheDeskDoesNotSpeak() {
        assertThat(Languages.chosenOr("", java.util.Locale.forLanguageTag("ru-RU")))
                .isEqualTo(java.util.Locale.forLanguageTag("ru-RU"));
        assertThat(Languages.of(java.util.Locale.GERMANY).tag()).isEqualTo("en");
        assertThat(Languages.of(java.util.Locale.forLanguageTag("ru-RU")).name()).isEqualTo("Русский");
    }
}
