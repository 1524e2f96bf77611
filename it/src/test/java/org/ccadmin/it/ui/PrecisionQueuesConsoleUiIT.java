package org.ccadmin.it.ui;

import static org.ccadmin.it.TestData.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.BesideTheAuthority;
import org.ccadmin.it.JsonBody;
import org.ccadmin.it.TestData;
import org.ccadmin.it.licensing.Licensing;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Precision queues in a real browser: an administrator builds a three-step queue in the step builder by
 * clicking (attribute, operator and value pickers, the AND/OR toggle, wait time, Consider If checked as typed,
 * a step written as text), sees each step's count and warnings change while editing, saves, sees the open page
 * count a new agent without a reload, finds the queue's count in the list, drills down to a step's agents, sees
 * the queue on an agent's page, and is told why a queue another one refers to cannot be deleted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrecisionQueuesConsoleUiIT extends BesideTheAuthority {

    private static final String STEP = "queueForm:steps:";

    private Browser browser;
    private Api api;
    private TestData data;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void setUp() throws Exception {
        api = Api.asAdmin(base);
        new Licensing(api).admitAgents(authorityBase);
        data = new TestData(api);
        browser = new Browser();
        browser.signInAsAdministrator(base.toString());
    }

    @AfterEach
    void tearDown() {
        browser.close();
        data.deleteAll();
    }

    @Test
    void administratorBuildsAQueueInTheStepBuilderAndFollowsItsAgents() throws Exception {
        String sales = "PqSales_" + tag;
        String english = "PqEnglish_" + tag;
        JsonObject salesAttribute = data.attribute(sales, "boolean");
        JsonObject englishAttribute = data.attribute(english, "proficiency");
        JsonObject ann = data.agent("ann." + tag, "attributes", List.of(value(englishAttribute, 9), value(salesAttribute, true)));
        data.agent("bob." + tag, "attributes", List.of(value(englishAttribute, 6), value(salesAttribute, true)));
        data.agent("cyd." + tag, "attributes", List.of(value(englishAttribute, 3)));
        data.agent("dan." + tag, "attributes", List.of(value(englishAttribute, 8), value(salesAttribute, false)));
        String queue = "PqConsole_" + tag;

        browser.open(base + "organization/precision-queues.xhtml");
        browser.click("queueList:new");
        // An empty queue is refused with every problem beside its field.
        browser.click("queueForm:save");
        browser.waitForText("queueForm:nameMessage", "Name is required");
        browser.waitForText(STEP + "0:expressions:0:terms:0:termError", "Each term needs an attribute");
        browser.screenshot("pq-00-refused-empty");
        browser.type("queueForm:name", queue);

        // Step 1: English >= 7, then AND Sales == true, then switched to OR.
        String t0 = STEP + "0:expressions:0:terms:0:";
        browser.pick(t0 + "attribute", english.substring(0, 8), english);
        browser.select(t0 + "operator", ">=");
        browser.select(t0 + "value", "7");
        browser.waitForText(STEP + "0:count", "2");
        browser.click(STEP + "0:expressions:0:addTerm");
        String t1 = STEP + "0:expressions:0:terms:1:";
        browser.pick(t1 + "attribute", sales.substring(0, 8), sales);
        assertEquals(List.of("==", "!="), options(t1 + "operator"), "a boolean attribute compares with == or != only");
        assertEquals(List.of("<", "<=", ">", ">="), options(t0 + "operator").subList(2, 6),
                "a proficiency attribute compares with all six operators");
        browser.select(t1 + "value", "True");
        browser.waitForText(STEP + "0:criteriaText", english + " >= 7 AND " + sales + " == true");
        assertEquals("Agents matched: 1", browser.text(STEP + "0:count"), "only ann has both");
        browser.screenshot("pq-01-step-and");
        browser.click(t1 + "termLogic");
        browser.waitForText(STEP + "0:criteriaText", english + " >= 7 OR " + sales + " == true");
        assertEquals("Agents matched: 3", browser.text(STEP + "0:count"), "ann, bob and dan have one or the other");

        // Step 2 narrows: a warning while editing.
        browser.click("queueForm:addStep");
        String s1 = STEP + "1:expressions:0:terms:0:";
        browser.pick(s1 + "attribute", english.substring(0, 8), english);
        browser.select(s1 + "operator", ">=");
        browser.select(s1 + "value", "9");
        browser.waitForText(STEP + "1:count", "Agents matched: 1");
        browser.waitForText(STEP + "1:step", "fewer than the 3 of step 1");
        browser.screenshot("pq-02-narrowing-warning");

        // Wait time and Consider If on a step that is not the last: a bad formula is refused beside the field.
        browser.replace(STEP + "0:waitTime", "30");
        browser.settle();
        browser.replace(STEP + "0:considerIf", "PQ.NoSuchQueue" + tag + ".LoggedOn > 0");
        browser.settle();
        browser.waitForText(STEP + "0:considerIfError", "no precision queue named 'NoSuchQueue" + tag + "'");
        assertTrue(browser.text(STEP + "0:considerIfError").startsWith("Column 1"), browser.text(STEP + "0:considerIfError"));
        browser.screenshot("pq-03-bad-consider-if");
        browser.replace(STEP + "0:considerIf", "PQ." + queue + ".LoggedOn > 0");
        browser.settle();
        browser.waitUntilHidden(STEP + "0:considerIfError");

        // Step 3 written as text: a syntax error points at the token, then a step that can never match.
        browser.click("queueForm:addStep");
        browser.click(STEP + "2:textToggle");
        browser.replace(STEP + "2:text", english + " >= 7 AND");
        browser.settle();
        browser.waitForText(STEP + "2:criteriaError", "Column " + (english.length() + 10));
        browser.screenshot("pq-04-text-error");
        browser.replace(STEP + "2:text", english + " > 8 AND " + english + " < 3");
        browser.settle();
        browser.waitForText(STEP + "2:step", "can never match");
        assertEquals("Agents matched: 0", browser.text(STEP + "2:count"));
        browser.screenshot("pq-05-never-matches");
        // Back to the builder: the text becomes terms.
        browser.click(STEP + "2:textToggle");
        assertEquals(english, browser.find(STEP + "2:expressions:0:terms:1:attribute_input").getAttribute("value"));

        browser.click("queueForm:save");
        // Saved: the page becomes the queue's own (its id in the address, its name in the title). The growl
        // saying so lasts 6 s, which a loaded machine may spend loading the page: the page is what counts.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("id=")
                && d.findElement(By.cssSelector("h1.page-title")).getText().contains(queue));
        browser.screenshot("pq-06-saved");
        // The open page follows the agents: a new agent with English 10 is counted without a reload.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> "open".equals(d.findElement(By.tagName("html")).getAttribute("data-push")));
        data.agent("eve." + tag, "attributes", List.of(value(englishAttribute, 10)));
        browser.waitForText(STEP + "0:count", "Agents matched: 4");
        browser.waitForText(STEP + "1:count", "Agents matched: 2");
        ApiResponse found = api.get("api/v1/precision-queues?q=" + queue);
        JsonObject summary = found.json().getJsonArray("items").getJsonObject(0);
        long id = summary.getJsonNumber("id").longValue();
        data.track("api/v1/precision-queues/" + id);
        JsonObject saved = api.get("api/v1/precision-queues/" + id).json();
        JsonObject first = saved.getJsonArray("steps").getJsonObject(0);
        assertEquals(english + " >= 7 OR " + sales + " == true", first.getString("criteria"));
        assertEquals(30, first.getInt("waitTime"));
        assertEquals("PQ." + queue + ".LoggedOn > 0", first.getString("considerIf"));
        assertEquals(3, saved.getJsonArray("steps").size());

        // The list shows the queue with its steps and agents.
        browser.open(base + "organization/precision-queues.xhtml");
        search(queue);
        assertEquals("3", browser.text("queueList:queueTable:0:steps"));
        assertEquals("4", browser.text("queueList:queueTable:0:agentCount"), "ann, bob, dan and eve are matched by some step");

        // Drill down from step 1's count to its agents.
        clickInList(By.linkText(queue));
        browser.click(STEP + "0:agentsLink");
        browser.waitForText("stepAgents:agentTable", "ann." + tag);
        String listed = browser.text("stepAgents:agentTable");
        assertTrue(listed.contains("bob." + tag) && listed.contains("dan." + tag) && listed.contains("eve." + tag), listed);
        assertFalse(listed.contains("cyd." + tag), "cyd has neither English >= 7 nor Sales: " + listed);
        browser.screenshot("pq-07-step-agents");

        // The agent's page lists the queue and the steps it is eligible for.
        browser.click(By.linkText("ann." + tag));
        browser.click(By.xpath("//a[contains(@href,'queuesTab')]"));
        browser.waitForText("agentForm:tabs:queuesTable", queue);
        assertEquals("1, 2", browser.text("agentForm:tabs:queuesTable:0:steps"));
        assertEquals(ann.getJsonNumber("id").longValue(), Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1")));
        browser.screenshot("pq-08-agent-queues");

        // Another queue's Consider If refers to this one: the list's delete says so.
        String other = "PqOther_" + tag;
        data.track(api.post("api/v1/precision-queues", JsonBody.of("name", other, "mediaRoutingDomainId", 1, "steps", List.of(
                JsonBody.object("criteria", english + " >= 1", "waitTime", 5, "considerIf", "PQ." + queue + ".Avail > 0"),
                JsonBody.object("criteria", english + " >= 2")))));
        browser.open(base + "organization/precision-queues.xhtml");
        search(queue);
        clickInList(By.id("queueList:queueTable:0:delete"));
        browser.click("confirmForm:confirmYes");
        browser.waitForText("growl_container", other);
        browser.screenshot("pq-09-delete-refused");
        assertEquals(200, api.get("api/v1/precision-queues/" + id).status(), "the referenced queue is still there");
    }

    /** Searches the queue list and waits until the table shows only the queue named so (the search runs after a pause). */
    private void search(String queue) {
        browser.type("queueList:q", queue);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> rows = d.findElements(By.xpath("//*[@id='queueList:queueTable_data']/tr"));
                    return rows.size() == 1 && rows.get(0).getText().contains(queue);
                });
    }

    /** Clicks in the list table, again if a re-render (the search, a push) replaced the element meanwhile. */
    private void clickInList(By by) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(by).click();
                    return true;
                });
        browser.settle();
    }

    /** The labels a selectOneMenu offers (its hidden native select holds the same options). */
    private List<String> options(String selectOneMenuId) {
        return browser.driver().findElements(By.xpath("//select[@id='" + selectOneMenuId + "_input']/option")).stream()
                .map(o -> o.getAttribute("textContent").strip()).toList();
    }
}
