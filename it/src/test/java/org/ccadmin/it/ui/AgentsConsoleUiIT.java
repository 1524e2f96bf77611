package org.ccadmin.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ccadmin.it.Api;
import org.ccadmin.it.BesideTheAuthority;
import org.ccadmin.it.licensing.Licensing;
import org.ccadmin.it.ApiResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * User Setup and attributes in a real browser, as the "done when" describes: an administrator creates
 * two attributes, three agents with values and a team, finds agents by an attribute condition, edits the
 * attributes of 1,000 agents in one operation (preview first), and deletes an agent — all in the console.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentsConsoleUiIT extends BesideTheAuthority {

    private static final int BULK = 1000;


    private Browser browser;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void startBrowser() throws Exception {
        new Licensing(Api.asAdmin(base)).admitAgents(authorityBase);
        browser = new Browser();
        browser.signInAsAdministrator(base.toString());
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void administratorSetsUpAgentsTeamsAndAttributesInTheConsole() throws Exception {
        String sales = "Sales_" + tag;
        String english = "English_" + tag;
        createAttribute(sales, "Boolean");
        createAttribute(english, "Proficiency");
        browser.screenshot("20-attribute-created");

        for (int i = 1; i <= 3; i++) {
            browser.open(base + "user-setup/agent.xhtml");
            browser.type("agentForm:tabs:userName", "agent" + i + "." + tag);
            browser.type("agentForm:tabs:lastName", "Tester" + i);
            if (i == 1) {
                browser.click(By.xpath("//a[contains(@href,'attributesTab')]"));
                browser.pick("agentForm:tabs:attributePicker", english.substring(0, 9), english);
                // A level out of range is kept as typed and refused beside the field, not silently clamped.
                WebElementValue.set(browser, "agentForm:tabs:attributesTable:0:level_input", "11");
                browser.click("agentForm:save");
                browser.waitForText("agentForm:tabs:attributesTable:0:valueMessage", english + " must be a whole number from 1 to 10");
                browser.screenshot("20b-level-out-of-range");
                WebElementValue.set(browser, "agentForm:tabs:attributesTable:0:level_input", "8");
            }
            browser.click("agentForm:save");
            browser.waitForText("growl_container", "agent" + i + "." + tag);
        }
        Api api = Api.asAdmin(base);
        ApiResponse withValue = api.get("api/v1/agents?attribute=" + english + "==8");
        assertEquals(1, json(withValue).getInt("total"), "agent1 holds " + english + " = 8, set in its Attributes tab: "
                + withValue.body());
        browser.screenshot("21-agent-with-attribute");

        browser.open(base + "user-setup/agent-team.xhtml");
        browser.type("teamForm:name", "Team_" + tag);
        browser.pick("teamForm:memberPicker", "agent2." + tag, "agent2." + tag);
        browser.pick("teamForm:memberPicker", "agent3." + tag, "agent3." + tag);
        browser.click("teamForm:save");
        browser.waitForText("growl_container", "Team_" + tag);
        browser.screenshot("22-team-created");

        // Find agents by an attribute condition.
        browser.open(base + "user-setup/agents.xhtml");
        browser.click("agentList:addCondition");
        browser.pick("agentList:conditions:0:attribute", english.substring(0, 9), english);
        browser.select("agentList:conditions:0:operator", ">=");
        browser.type("agentList:conditions:0:value", "7");
        browser.click("agentList:search");
        browser.waitForText("agentList:agentTable", "agent1." + tag);
        String found = browser.text("agentList:agentTable");
        assertFalse(found.contains("agent2." + tag), "only the agent with " + english + " >= 7 is listed: " + found);
        browser.screenshot("23-found-by-attribute");

        // A thousand agents, then one multi-agent edit of all of them from the console.
        seedAgents(api, "bulk" + tag + ".", BULK);
        browser.open(base + "user-setup/agents.xhtml");
        browser.type("agentList:q", "bulk" + tag + ".");
        browser.click("agentList:search");
        browser.waitForText("agentList:selectAllMatching", "1,000");
        browser.click("agentList:selectAllMatching");
        browser.click("agentList:editAttributes");
        browser.visible("editDialog");
        browser.pick("editForm:setPicker", sales.substring(0, 7), sales);
        browser.click("editForm:preview");
        browser.waitForText("editForm:previewTotal", "1,000 of 1,000");
        browser.screenshot("24-bulk-preview");
        assertEquals(0, holders(api, sales), "a preview changes nothing");
        browser.click("editForm:apply");
        browser.waitForText("growl_container", "1,000");
        browser.screenshot("25-bulk-applied");
        assertEquals(BULK, holders(api, sales), "every selected agent, not only one page, got the attribute");

        // Delete an agent from the list, with the confirmation.
        browser.open(base + "user-setup/agents.xhtml");
        browser.type("agentList:q", "agent3." + tag);
        browser.click("agentList:search");
        browser.waitForText("agentList:agentTable", "agent3." + tag);
        browser.click("agentList:agentTable:0:delete");
        browser.click("confirmForm:confirmYes");
        browser.waitForText("growl_container", "agent3." + tag);
        browser.screenshot("26-agent-deleted");
        ApiResponse gone = api.get("api/v1/agents?q=agent3." + tag);
        assertEquals(0, json(gone).getInt("total"), gone.body());
    }

    @Test
    void aRefusedSearchOffersNoSelectAllForTheAgentsStillShown() throws Exception {
        String english = "Level_" + tag;
        createAttribute(english, "Proficiency");
        Api.asAdmin(base).post("api/v1/agents", "{\"userName\":\"shown." + tag + "\"}");
        browser.open(base + "user-setup/agents.xhtml");
        browser.type("agentList:q", "shown." + tag);
        browser.click("agentList:search");
        browser.find("agentList:selectAllMatching");
        browser.click("agentList:addCondition");
        browser.pick("agentList:conditions:0:attribute", english.substring(0, 7), english);
        browser.select("agentList:conditions:0:operator", "==");
        browser.type("agentList:conditions:0:value", "abc");
        browser.click("agentList:search");
        browser.waitForText("agentList:searchMessages", "The value of an attribute condition must be a whole number from 1 to 10");
        browser.screenshot("27-refused-search");
        assertTrue(browser.driver().findElements(By.id("agentList:selectAllMatching")).isEmpty(),
                "after a refused search, the agents still listed belong to the previous search: no 'select all' for them");
    }

    private void createAttribute(String name, String type) throws Exception {
        browser.open(base + "organization/attribute.xhtml");
        browser.type("attributeForm:tabs:name", name);
        browser.choose("attributeForm:tabs:type", type);
        browser.click("attributeForm:save");
        browser.waitForText("growl_container", name);
    }

    private static void seedAgents(Api api, String prefix, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ApiResponse>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String body = "{\"userName\":\"" + prefix + i + "\"}";
                created.add(pool.submit(() -> api.post("api/v1/agents", body)));
            }
            for (Future<ApiResponse> f : created) {
                assertEquals(201, f.get().status(), f.get().body());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long holders(Api api, String attribute) {
        ApiResponse r = api.get("api/v1/agents?size=1&attribute=" + attribute);
        assertEquals(200, r.status(), r.body());
        return json(r).getJsonNumber("total").longValue();
    }

    private static JsonObject json(ApiResponse r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    /** Spinner inputs take real key strokes: select what is there and type the new value. */
    static final class WebElementValue {
        static void set(Browser browser, String id, String value) {
            var input = browser.visible(id);
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), value,
                    org.openqa.selenium.Keys.TAB);
            browser.settle();
            assertEquals(value, input.getAttribute("value"), "the spinner took the typed value");
        }
    }
}
