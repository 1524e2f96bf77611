package org.ccadmin.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.BesideTheAuthority;
import org.ccadmin.it.JsonBody;
import org.ccadmin.it.TestData;
import org.ccadmin.it.Unique;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In Chromium: a supervisor signs in with its agent password, sees only its team's agents and changes an
 * attribute value; an administrator area is refused to it. The administrator's Miscellaneous page refuses a
 * timeout out of range next to the field and saves one in range.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisorConsoleUiIT extends BesideTheAuthority {

    private static final String PASSWORD = "Console-supervisor-1";

    private Browser browser;
    private Api admin;
    private TestData data;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = new Browser();
        admin = Api.asAdmin(base);
        // Earlier classes may leave the product instance in Enforcement, which blocks adding agents.
        new org.ccadmin.it.licensing.Licensing(admin).admitAgents(authorityBase);
        data = new TestData(admin);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
        data.deleteAll();
    }

    @Test
    void aSupervisorSeesOnlyItsTeamsAgentsAndChangesAnAttributeValue() throws Exception {
        String tag = Unique.name("ui");
        JsonObject skill = data.attribute(Unique.name("Level"), "proficiency");
        String boss = "Lead_" + tag;
        JsonObject lead = data.agent(boss, "supervisor", true, "password", PASSWORD);
        JsonObject mine = data.agent("mine_" + tag, "attributes", List.of(TestData.value(skill, 4)));
        JsonObject other = data.agent("other_" + tag);
        data.agentTeam(Unique.name("Mine"), "memberIds", List.of(id(mine)), "supervisorIds", List.of(id(lead)));
        data.agentTeam(Unique.name("Other"), "memberIds", List.of(id(other)));

        browser.signIn(base.toString(), boss, PASSWORD);
        browser.waitForText("currentUser", boss);
        assertTrue(browser.driver().findElements(By.id("navLicenseManagement")).isEmpty(), "no License Management for a supervisor");
        assertTrue(browser.driver().findElements(By.id("navBulkJobs")).isEmpty(), "no Bulk Import for a supervisor");
        browser.screenshot("60-supervisor-overview");

        browser.open(base + "user-setup/agents.xhtml");
        browser.waitForText("agentList:agentTable", "mine_" + tag);
        String listed = browser.text("agentList:agentTable");
        assertFalse(listed.contains("other_" + tag), "an agent of another team is not listed: " + listed);
        browser.screenshot("61-supervisor-agents");

        browser.open(base + "user-setup/agent.xhtml?id=" + id(mine));
        browser.click(By.xpath("//a[contains(@href,'attributesTab')]"));
        AgentsConsoleUiIT.WebElementValue.set(browser, "agentForm:tabs:attributesTable:0:level_input", "8");
        browser.click("agentForm:save");
        browser.waitForText("growl_container", "mine_" + tag);
        browser.screenshot("62-supervisor-changed-attribute");
        JsonObject saved = admin.get(TestData.item(TestData.AGENTS, mine)).json();
        assertEquals(8, saved.getJsonArray("attributes").stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getJsonNumber("attributeId").longValue() == id(skill)).findFirst().orElseThrow().getInt("value"));

        browser.open(base + "call-settings/miscellaneous.xhtml");
        assertTrue(browser.driver().getPageSource().contains("Not allowed"), "an administrator page is refused");
        browser.screenshot("63-supervisor-refused");
    }

    @Test
    void theMiscellaneousPageRefusesATimeoutOutOfRangeNextToTheField() throws Exception {
        browser.signInAsAdministrator(base.toString());
        browser.open(base + "call-settings/miscellaneous.xhtml");
        browser.type("miscForm:sessionTimeoutMinutes", "14");
        browser.click("miscForm:save");
        browser.waitForText("miscForm:sessionTimeoutMinutesMessage", "15 to 1440");
        browser.screenshot("64-timeout-out-of-range");
        assertEquals(30, admin.get("api/v1/call-settings/miscellaneous").json().getInt("sessionTimeoutMinutes"));

        browser.type("miscForm:sessionTimeoutMinutes", "45");
        browser.click("miscForm:save");
        browser.waitForText("growl_container", "saved");
        browser.screenshot("65-timeout-saved");
        JsonObject now = admin.get("api/v1/call-settings/miscellaneous").json();
        assertEquals(45, now.getInt("sessionTimeoutMinutes"));
        ApiResponse back = admin.put("api/v1/call-settings/miscellaneous", JsonBody.of("sessionTimeoutMinutes", 30,
                "changeStamp", now.getJsonNumber("changeStamp").longValue()));
        assertEquals(200, back.status(), back::toString);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
