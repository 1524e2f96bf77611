package org.ccadmin.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ccadmin.it.Api;
import org.ccadmin.it.BesideTheAuthority;
import org.ccadmin.it.licensing.Licensing;
import org.ccadmin.it.BulkJobs;
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
 * An administrator imports 72,000 agents on the Bulk Import page: uploads the file, watches the job's
 * progress arrive without reloading (pushed on each committed chunk), and reads the final counts. A file
 * with a broken header is refused on the page, naming the line, and no job appears. The full 72,000 rows go
 * through the page on PostgreSQL, the production database; on the embedded database the page imports 10,000
 * (still many chunks of pushed progress), as BulkImportScaleIT already imports 72,000 there through the API:
 * a second full import would only double the test run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkImportConsoleUiIT extends BesideTheAuthority {

    private static final int ROWS = "postgresql".equals(System.getProperty("ccadmin.db")) ? 72_000 : 10_000;


    private Browser browser;
    private Api api;
    private TestData data;

    @BeforeEach
    void start() throws Exception {
        new Licensing(Api.asAdmin(base)).admitAgents(authorityBase);
        browser = new Browser();
        api = Api.asAdmin(base);
        data = new TestData(api);
    }

    @AfterEach
    void stop() {
        browser.close();
        data.deleteAll();
    }

    @Test
    void aBrokenFileIsRefusedOnThePageAndNoJobAppears() throws Exception {
        browser.signInAsAdministrator(base.toString());
        browser.open(base + "bulk-import/bulk-jobs.xhtml");
        long before = api.get(BulkJobs.BULK_JOBS).json().getInt("total");
        Path file = Files.createTempFile("broken", ".csv");
        Files.writeString(file, "operation,userName\nCREATE,x\n");
        browser.find("upload:file_input").sendKeys(file.toString());
        browser.click("upload:submit");
        browser.waitForText("upload:uploadMessages", "Line 1: the header must be operation,agentId,userName");
        browser.screenshot("bulk-01-refused-header");
        assertEquals(before, api.get(BulkJobs.BULK_JOBS).json().getInt("total"));
    }

    @Test
    void aFileOfUpTo72000AgentsImportsFromThePageWithLiveProgress() throws Exception {
        String prefix = "ui" + Unique.suffix();
        // 72,000 is the most agents a system holds: the agents earlier classes left would push rows over it.
        org.ccadmin.it.BulkImportScale.removeEveryAgent(api);
        Path file = Files.createTempFile("agents", ".csv");
        Files.writeString(file, org.ccadmin.it.BulkImportScale.createFile(prefix, ROWS), StandardCharsets.UTF_8);

        browser.signInAsAdministrator(base.toString());
        browser.click(By.xpath("//a[.//span[normalize-space(.)='Bulk Jobs']]"));
        assertTrue(browser.driver().getCurrentUrl().contains("bulk-import/bulk-jobs.xhtml"));
        browser.screenshot("bulk-02-page");
        browser.select("upload:type", "Agent");
        browser.type("upload:description", "Console import " + prefix);
        browser.find("upload:file_input").sendKeys(file.toString());
        // A plain (non-ajax) submission of a file (10 MB for 72,000 rows) whose rows are checked and stored before the page
        // answers: longer than the browser helper's usual wait.
        browser.find("upload:submit").click();
        browser.waitForText("jobs:jobPanel", "Bulk job", Duration.ofMinutes(3));
        browser.waitForText("jobs:stateText", "Processing", Duration.ofMinutes(2));
        browser.screenshot("bulk-03-processing");
        // The page is not reloaded from here on: every change below arrives by push.
        Object marker = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.ccadminMarker = 42;");
        browser.waitForText("jobs:stateText", "Succeeded", Duration.ofMinutes(20));
        assertEquals(42L, ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.ccadminMarker;"),
                "the page was updated without reloading " + marker);
        browser.screenshot("bulk-04-succeeded");
        String n = String.format(java.util.Locale.ENGLISH, "%,d", ROWS);
        assertTrue(browser.text("jobs:counts").contains("Rows: " + n + " of " + n + " processed, " + n + " succeeded, 0 failed. Agents: " + n
                + " created"), browser.text("jobs:counts"));
        assertTrue(browser.find("jobs:progress").getText().contains("100%"), browser.find("jobs:progress").getText());
        assertTrue(browser.driver().findElement(By.id("jobs:jobTable")).getText().contains("Console import " + prefix));

        JsonObject job = api.get(BulkJobs.BULK_JOBS + "?q=" + prefix).json().getJsonArray("items").getJsonObject(0);
        assertEquals(ROWS, job.getJsonObject("counts").getInt("created"));
        org.ccadmin.it.BulkImportScale.removeAll(api, data, BulkJobs.BULK_JOBS + "/" + job.getJsonNumber("id").longValue(), prefix, ROWS);
    }
}
