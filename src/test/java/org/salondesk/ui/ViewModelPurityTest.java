package org.salondesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** ViewModels hold state and commands only: no JavaFX nodes, so that they are tested without a screen. */
class ViewModelPurityTest {

    @Test
    void noViewModelImportsJavafxScene() throws IOException {
        Path sources = Path.of("src/main/java");
        List<Path> viewModels;
        try (Stream<Path> files = Files.walk(sources)) {
            viewModels = files.filter(file -> file.getFileName().toString().endsWith("ViewModel.java")).toList();
        }
        assertThat(viewModels).isNotEmpty();
        for (Path file : viewModels) {
            assertThat(Files.readString(file))
                    .as(file.toString())
                    .doesNotContainPattern("import\\s+javafx\\.scene")
                    .doesNotContainPattern("import\\s+javafx\\.stage");
        }
    }
}
