// Drives Storyline's web page in Debian's headless Chromium with
// playwright-core: posts the example story's articles, opens the story,
// clicks a citation and checks that the source passage is highlighted; then
// posts an article full of markup and script and checks that the page shows
// it as text. Saves screenshots as test artifacts.
//
//   node tests/browser/story_page.mjs STORYLINE_BINARY EXAMPLE_DIR ARTIFACT_DIR
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [binary, exampleDir, artifacts] = process.argv.slice(2);
if (!binary || !exampleDir || !artifacts) {
  console.error("usage: story_page.mjs STORYLINE_BINARY EXAMPLE_DIR ARTIFACT_DIR");
  process.exit(2);
}
let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch {
  console.error("playwright-core is not installed: run `npm ci --prefix tests/browser` (scripts/test.sh does)");
  process.exit(1);
}
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
mkdirSync(artifacts, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "storyline-browser-"));
const server = spawn(binary, ["serve", "--db", join(work, "store.db"), "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
let passed = 0, failed = 0;
const check = (ok, what) => { if (ok) { passed++; } else { failed++; console.error("FAILED: " + what); } };

try {
  const base = await new Promise((resolve, reject) => {
    let out = "";
    server.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/[\d.]+:\d+)/);
      if (m) resolve(m[1]);
    });
    server.on("exit", (code) => reject(new Error("server exited with " + code)));
    setTimeout(() => reject(new Error("server did not start")), 10000);
  });

  const articles = readdirSync(exampleDir).filter((f) => f.endsWith(".txt")).sort().map((f) => {
    const t = readFileSync(join(exampleDir, f), "utf8");
    const nl = t.indexOf("\n");
    return { id: f, title: t.slice(0, nl), text: t.slice(nl + 1), source: f };
  });
  const placed = await (await fetch(base + "/articles", { method: "POST", body: JSON.stringify(articles) })).json();
  check(placed.length === articles.length && placed.every((p) => p.story === placed[0].story), "example articles form one story");
  const hostile = "<script>window.__pwned = true</script><img src=x onerror=\"window.__pwned = true\"><b class=\"injected\">bold</b>";
  const [evil] = await (await fetch(base + "/articles", {
    method: "POST",
    body: JSON.stringify({ id: "hostile", title: "Zebra <script>alert(1)</script> crossing", text: "Zebra crossing report. " + hostile + " The council said 12 zebras crossed." }),
  })).json();

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  let dialogs = 0;
  page.on("dialog", async (d) => { dialogs++; await d.dismiss(); });

  await page.goto(base + "/");
  await page.getByText("Storm brings down Marrowby footbridge").click();
  await page.waitForSelector(".sentence");
  const sentence = await page.locator(".sentence").first().innerText();
  await page.locator(".sentence .cite").first().click();
  const mark = page.locator("#highlight");
  await mark.waitFor();
  const highlighted = (await mark.innerText()).replace(/\s+/g, " ").trim();
  check(highlighted.length > 20, "a source passage is highlighted");
  // The summary may trim an aside from the sentence; its words all stand in the passage.
  const words = sentence.replace(/\[\d+\]/g, " ").split(/\s+/).filter((w) => w.length > 3);
  const found = words.filter((w) => highlighted.includes(w.replace(/[.,]$/, ""))).length;
  check(words.length > 3 && found / words.length >= 0.9,
        `the highlight is the cited sentence ("${highlighted.slice(0, 40)}" vs "${sentence.slice(0, 40)}")`);
  check(await page.locator("#disagreements").count() === 1, "disagreements are shown as a table");
  check(await page.locator("#figures tr").count() > 2, "figures are shown as a table");
  await page.screenshot({ path: join(artifacts, "story-page.png"), fullPage: false });

  await page.goto(base + "/#/story/" + evil.story);
  await page.waitForSelector(".sentence, #figures");
  await page.locator(".sentence .cite").first().click().catch(() => {});
  await page.waitForTimeout(300);
  const body = await page.locator("body").innerText();
  check(body.includes("<script>"), "markup in an article is shown as text");
  check(await page.locator("b.injected").count() === 0, "no element is injected from article text");
  check(dialogs === 0 && !(await page.evaluate(() => window.__pwned)), "no script from article text runs");
  await page.screenshot({ path: join(artifacts, "hostile-article.png"), fullPage: false });
  await browser.close();
} catch (e) {
  failed++;
  console.error("FAILED: " + e.message);
} finally {
  server.kill("SIGTERM");
  rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
