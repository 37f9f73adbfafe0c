package org.switchboard.ui.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.Person;
import org.switchboard.service.Workspace;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.FxBackgroundRunner;
import org.switchboard.ui.forward.DemoErrands;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The directory editor in its window: people added, edited and deleted; a unit deleted once nothing points at
 * it, refused in words while something does; a unit's Open311 API key typed into the form goes to the secret
 * store, not the directory.
 */
class DirectoryEditorTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Workspace ws;
    private FxBackgroundRunner runner;
    private DirectoryViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showTheEditor() throws Exception {
        ws = DemoErrands.openDemo(dir);
        runner = new FxBackgroundRunner();
        vm = new DirectoryViewModel(ws.directory(), ws.errands(), runner);
        Stage owner = FxToolkit.registerPrimaryStage();
        robot.interact(() -> new DirectoryWindow(vm).show(owner, Texts.forLanguage("en")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.units().isEmpty());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        ws.close();
    }

    @Test
    void aPersonIsAddedEditedAndDeletedInTheForm() throws Exception {
        select("parks");
        robot.clickOn("#directory-new-person");
        assertThat(robot.lookup("#directory-form-title").queryAs(Label.class).getText()).isEqualTo("Person");
        assertThat(robot.lookup("#directory-unit").queryTextInputControl().getText()).isEqualTo("parks");
        assertThat(robot.lookup("#directory-webhook").query().isVisible()).as("people have no webhook").isFalse();
        assertThat(robot.lookup("#directory-office-hours").queryTextInputControl().getPromptText())
                .isEqualTo("empty: from the unit");
        type("#directory-key", "p.oezdemir");
        type("#directory-name", "Ayşe Özdemir");
        type("#directory-email", "a.oezdemir@gruen.city.example");
        type("#directory-phones", "+49 30 1234-561; +49 170 5550123");
        robot.clickOn("#directory-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.directory().people().stream()
                .anyMatch(p -> p.key().equals("p.oezdemir")));
        Person added = person("p.oezdemir");
        assertThat(added.name()).isEqualTo("Ayşe Özdemir");
        assertThat(added.unitKey()).isEqualTo("parks");
        assertThat(added.phones()).containsExactly("+49 30 1234-561", "+49 170 5550123");
        assertThat(added.officeHours()).as("inherited: left empty").isNull();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.people().stream()
                .anyMatch(p -> p.key().equals("p.oezdemir")));
        robot.interact(() -> robot.lookup("#directory-people").<Person>queryListView().getSelectionModel()
                .select(vm.people().stream().filter(p -> p.key().equals("p.oezdemir")).findFirst().orElseThrow()));
        assertThat(robot.lookup("#directory-email").queryTextInputControl().getText())
                .isEqualTo("a.oezdemir@gruen.city.example");
        type("#directory-office-hours", "Mo-Do 07:00-15:30");
        robot.clickOn("#directory-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Mo-Do 07:00-15:30".equals(
                person("p.oezdemir").officeHours()));

        robot.clickOn("#directory-delete");
        robot.clickOn("#directory-delete-confirm");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.directory().people().stream()
                .noneMatch(p -> p.key().equals("p.oezdemir")));
        assertThat(robot.lookup("#directory-notice").queryAs(Label.class).getText()).isEqualTo("Deleted: p.oezdemir");
    }

    @Test
    void aUnitWithOpenErrandsOrPeopleIsNotDeletedAndSaysWhy() throws Exception {
        String ref = ws.errands().forward(DemoErrands.benchCase(ws), "parks", ErrandChannel.PHONE, null, "angerufen")
                .errand().ref().value();
        select("parks");
        robot.clickOn("#directory-delete");
        robot.clickOn("#directory-delete-confirm");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#directory-notice").queryAs(Label.class)
                .getText().startsWith("Not deleted"));
        String why = robot.lookup("#directory-notice").queryAs(Label.class).getText();
        assertThat(why).contains("1 open errand (" + ref + ")").contains("finish or redirect them first");
        assertThat(ws.directory().units()).anyMatch(u -> u.key().equals("parks"));

        long peopleOfRoads = ws.directory().people().stream().filter(p -> "roads".equals(p.unitKey())).count();
        assertThat(peopleOfRoads).isPositive();
        select("roads");
        robot.clickOn("#directory-delete");
        robot.clickOn("#directory-delete-confirm");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#directory-notice").queryAs(Label.class)
                .getText().contains("move them to another unit"));
        assertThat(ws.directory().units()).anyMatch(u -> u.key().equals("roads"));
    }

    @Test
    void aUnitNothingPointsAtIsDeletedAfterConfirming() throws Exception {
        robot.clickOn("#directory-new-unit");
        type("#directory-key", "kiosk");
        type("#directory-name", "Kiosk am Markt");
        type("#directory-open311-endpoint", "https://311.city.example/open311/v2");
        type("#directory-open311-code", "KIOSK");
        type("#directory-open311-key", "kiosk-api-key-93b1");
        robot.clickOn("#directory-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.directory().units().stream()
                .anyMatch(u -> u.key().equals("kiosk")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.errands().hasOpen311Key("kiosk"));
        assertThat(ws.directory().rows().toString()).doesNotContain("kiosk-api-key-93b1");
        assertThat(robot.lookup("#directory-open311-key").queryTextInputControl().getText()).isEmpty();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.units().stream().anyMatch(u -> u.key().equals("kiosk")));
        select("kiosk");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#directory-open311-key")
                .queryTextInputControl().getPromptText().startsWith("kept in the keychain"));
        robot.clickOn("#directory-delete");
        assertThat(ws.directory().units()).as("nothing happens before confirming").anyMatch(u -> u.key().equals("kiosk"));
        robot.clickOn("#directory-delete-confirm");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.directory().units().stream()
                .noneMatch(u -> u.key().equals("kiosk")));
    }

    private void select(String unitKey) {
        robot.interact(() -> robot.lookup("#directory-units").<org.switchboard.domain.Unit>queryListView()
                .getSelectionModel().select(vm.units().stream().filter(u -> u.key().equals(unitKey)).findFirst()
                        .orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String field, String text) {
        robot.clickOn(field);
        robot.interact(() -> robot.lookup(field).queryTextInputControl().clear());
        robot.targetWindow(robot.lookup(field).query().getScene().getWindow());
        robot.write(text);
    }

    private Person person(String key) {
        return ws.directory().people().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }
}
