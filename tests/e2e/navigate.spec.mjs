// Navigate, quote and resume (long reads in French, Arabic and Japanese): the contents and where
// their links move focus, links to a quote (copied, opened, highlighted), resuming after a
// reload, and the full type controls, each with axe.
import { test, expect } from "@playwright/test";
import { axe, readerReady, settled, trackRequests, unexpected, watchConsole } from "./helpers.mjs";

const LANGS = {
  fr: {
    contents: "Sommaire",
    resume: "Reprendre là où vous en étiez",
    copyQuote: "Copier le lien vers cette citation",
    copied: "Lien vers la citation copié",
    display: "Affichage",
    font: ["Police", "Atkinson Hyperlegible"],
    width: ["Longueur des lignes", "Courtes"],
    letters: ["Espacement des lettres", "Très large"],
    words: ["Espacement des mots", "Très large"],
    align: ["Alignement", "Justifié"],
    reset: ["Réinitialiser", "Affichage réinitialisé"],
    repeated: "une horloge sans aiguilles",
    unique: "Les étals ont finalement été tirés au sort dans une boîte à chaussures.",
  },
  ar: {
    contents: "المحتويات",
    resume: "تابع من حيث توقفت",
    copyQuote: "نسخ رابط هذا الاقتباس",
    copied: "نُسخ رابط الاقتباس",
    display: "العرض",
    font: ["الخط", "Atkinson Hyperlegible"],
    width: ["طول السطر", "قصير"],
    letters: ["تباعد الحروف", "الأوسع"],
    words: ["تباعد الكلمات", "الأوسع"],
    align: ["المحاذاة", "مضبوط"],
    reset: ["إعادة الضبط", "أُعيد ضبط العرض"],
    repeated: "رائحة الخشب والملح",
    unique: "لم ير الصيادون هذه الطيور هنا منذ أكثر من ثلاثين عاماً.",
  },
  ja: {
    contents: "目次",
    resume: "前回の続きから読む",
    copyQuote: "この引用へのリンクをコピー",
    copied: "引用へのリンクをコピーしました",
    display: "表示",
    font: ["フォント", "Atkinson Hyperlegible"],
    width: ["行の長さ", "短い"],
    letters: ["文字間隔", "最も広い"],
    words: ["単語間隔", "最も広い"],
    align: ["行揃え", "両端揃え"],
    reset: ["リセット", "表示設定をリセットしました"],
    repeated: "雲の上の小さな駅",
    unique: "三年間、毎月のように現場に通い、工事を写真に収めてきた。",
  },
};

const src = (lang) => `/fixtures/valid/longread-${lang}.json`;

/// Opens the long read in the standalone reader. The fixtures' canonical URLs are on a host
/// the tests cannot reach, so links to a quote are made on this page's address: the article is
/// served without its `url`.
async function open(page, lang, address = `/?src=${encodeURIComponent(src(lang))}`) {
  await page.route((url) => url.pathname === src(lang), async (route) => {
    const article = await (await route.fetch()).json();
    delete article.url;
    await route.fulfill({ json: article });
  });
  await page.goto(address);
  await expect(page.locator("article h1")).toBeVisible();
  await readerReady(page);
}

/// Selects the `nth` occurrence of `text` in the body, as a reader would, and releases the key
/// (the reader looks at the selection when a pointer or key is released).
async function select(page, text, nth = 0) {
  await page.evaluate(
    ([text, nth]) => {
      const walker = document.createTreeWalker(document.querySelector(".rdr-body"), NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let at = node.data.indexOf(text);
        while (at >= 0) {
          if (seen++ === nth) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + text.length);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            return;
          }
          at = node.data.indexOf(text, at + 1);
        }
      }
      throw new Error(`"${text}" #${nth} is not in the body`);
    },
    [text, nth],
  );
  await page.keyboard.press("Shift");
}

/// The passages highlighted by the reader, and whether the first is in the viewport.
const highlighted = (page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get("article-reader-quote");
    const ranges = highlight ? [...highlight] : [];
    const rect = ranges[0]?.getBoundingClientRect();
    const blocks = [...document.querySelector(".rdr-body").children];
    return {
      texts: ranges.map((r) => r.toString()),
      blocks: ranges.map((r) => blocks.findIndex((b) => b.contains(r.startContainer))),
      inView: rect ? rect.top >= 0 && rect.bottom <= innerHeight : false,
    };
  });

for (const [lang, t] of Object.entries(LANGS)) {
  test.describe(`long read (${lang})`, () => {
    test("contents: nested headings, a link moves focus to its heading, the section read is marked", async ({ page }) => {
      const problems = watchConsole(page);
      await open(page, lang);
      const nav = page.getByRole("navigation", { name: t.contents });
      await expect(nav).toBeVisible();
      const headings = await page.locator(".rdr-body :is(h2, h3)").allInnerTexts();
      expect(headings).toHaveLength(6);
      // Three sections, the level-3 headings nested in them, in the article's order.
      const top = nav.locator(".rdr-contents-list > li");
      await expect(top).toHaveCount(3);
      await expect(nav.getByRole("link")).toHaveText(headings);
      await expect(top.nth(0).locator("ol > li")).toHaveCount(2);
      await expect(top.nth(1).locator("ol > li")).toHaveCount(1);
      await expect(nav.locator("[aria-current]")).toHaveCount(0);
      expect(await nav.locator("ol").first().evaluate((ol) => getComputedStyle(ol).direction)).toBe(lang === "ar" ? "rtl" : "ltr");
      await axe(page);

      // Keyboard: the fourth link (the second section), Enter.
      await nav.getByRole("link").nth(3).focus();
      await page.keyboard.press("Enter");
      const target = page.locator(".rdr-body :is(h2, h3)").nth(3);
      await expect(target).toBeFocused();
      await expect.poll(() => target.evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(100);
      await expect(nav.locator("[aria-current=location]")).toHaveText(headings[3]);
      // Scrolling on marks the section being read.
      await page.locator(".rdr-body :is(h2, h3)").nth(5).evaluate((h) => h.scrollIntoView());
      await expect(nav.locator("[aria-current=location]")).toHaveText(headings[5]);
      await page.evaluate(() => scrollTo(0, 0));
      await expect(nav.locator("[aria-current]")).toHaveCount(0);

      // A phone: the contents start closed, one tap away.
      await page.setViewportSize({ width: 390, height: 800 });
      await page.reload();
      const summary = nav.locator("summary");
      await expect(summary).toBeVisible();
      await expect(nav.getByRole("link").first()).toBeHidden();
      await summary.click();
      await expect(nav.getByRole("link").first()).toBeVisible();
      expect(unexpected(problems)).toEqual([]);
    });

    test("quote links: copy a link to a quote, open it, see the passage highlighted", async ({ page, context }) => {
      const problems = watchConsole(page);
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await open(page, lang);
      const tools = page.getByRole("group", { name: /./ }).filter({ has: page.getByRole("button", { name: t.copyQuote }) });
      await expect(tools).toBeHidden();

      await select(page, t.unique);
      await expect(tools).toBeVisible();
      await axe(page);
      await tools.getByRole("button", { name: t.copyQuote }).click();
      await expect(page.getByRole("status").filter({ hasText: t.copied })).toHaveCount(1);
      const unique = await page.evaluate(() => navigator.clipboard.readText());
      expect(unique).toContain(`?src=${src(lang)}#:~:text=`);
      // The sentence itself, or its first and last words when it is long.
      const [start, end = start] = unique.split(":~:text=")[1].split(",").map(decodeURIComponent);
      expect(t.unique.startsWith(start) && t.unique.endsWith(end), `${start} … ${end}`).toBe(true);
      // Escape puts the tools away.
      await page.keyboard.press("Escape");
      await expect(tools).toBeHidden();

      // The second of two identical passages: the link carries the words around it.
      await select(page, t.repeated, 1);
      await tools.getByRole("button", { name: t.copyQuote }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe(unique);
      const repeated = await page.evaluate(() => navigator.clipboard.readText());
      expect(repeated).toMatch(/:~:text=[^&]*(-,|,-)/);

      // Opened: each link highlights its own passage and brings it into view.
      for (const [link, text, block] of [[unique, t.unique, null], [repeated, t.repeated, 22]]) {
        const reader = await context.newPage();
        const later = watchConsole(reader);
        await open(reader, lang, link);
        await expect.poll(async () => (await highlighted(reader)).texts).toEqual([text]);
        const seen = await highlighted(reader);
        if (block !== null) expect(seen.blocks).toEqual([block]);
        await expect.poll(async () => (await highlighted(reader)).inView).toBe(true);
        expect(unexpected(later)).toEqual([]);
        await reader.close();
      }
      expect(unexpected(problems)).toEqual([]);
    });

    test("resume: the place is kept, offered after a reload, taken on request, forgotten at the end", async ({ page }) => {
      const problems = watchConsole(page);
      await page.setViewportSize({ width: 390, height: 800 });
      await open(page, lang);
      await expect(page.getByRole("link", { name: t.resume })).toHaveCount(0);
      const block = page.locator(".rdr-body > *").nth(12);
      await block.evaluate((b) => b.scrollIntoView());
      const stored = () => page.evaluate(() => localStorage.getItem("article-reader:resume") ?? "");
      await expect.poll(stored).toBe(`12\tlongread-${lang}-2026-11-20`);

      await page.reload();
      await expect(page.locator("article h1")).toBeVisible();
      const offer = page.getByRole("link", { name: t.resume });
      await expect(offer).toBeVisible();
      // Offered, never imposed: the page has not moved to block 12.
      expect(await block.evaluate((b) => b.getBoundingClientRect().top)).toBeGreaterThan(800);
      await axe(page);
      await offer.focus();
      await page.keyboard.press("Enter");
      await expect(block).toBeFocused();
      await expect.poll(() => block.evaluate((b) => Math.round(b.getBoundingClientRect().top))).toBeLessThan(40);
      await expect(offer).toHaveCount(0);

      // Read to the end: nothing left to resume.
      await page.locator(".rdr-body > *").last().evaluate((b) => b.scrollIntoView({ block: "end" }));
      await expect.poll(stored).toBe("");
      await page.reload();
      await expect(page.locator("article h1")).toBeVisible();
      await settled(page);
      await expect(page.getByRole("link", { name: t.resume })).toHaveCount(0);
      expect(unexpected(problems)).toEqual([]);
    });

    test("type controls: font, line length, letter and word spacing, alignment, each announced, kept, and Reset", async ({ page }) => {
      const problems = watchConsole(page);
      trackRequests(page);
      const fonts = [];
      page.on("request", (r) => r.url().includes("atkinson") && fonts.push(r.url()));
      await open(page, lang);
      await settled(page);
      expect(fonts, "the legible font is loaded only when chosen").toEqual([]);
      await page.getByRole("button", { name: t.display }).click();
      const choose = async ([group, option]) => {
        await page.getByRole("group", { name: group }).getByRole("radio", { name: option, exact: true }).check();
        await expect(page.locator(".rdr-display [role=status]")).toHaveText(option);
      };
      const paragraph = page.locator(".rdr-body p").first();
      const style = () =>
        paragraph.evaluate((p) => {
          const css = getComputedStyle(p);
          const rdr = getComputedStyle(p.closest(".rdr"));
          return {
            font: css.fontFamily,
            measure: rdr.getPropertyValue("--rdr-measure").trim(),
            letters: parseFloat(css.letterSpacing) / parseFloat(css.fontSize),
            words: parseFloat(css.wordSpacing) / parseFloat(css.fontSize),
            align: css.textAlign,
            hyphens: css.hyphens,
          };
        });
      const before = await style();
      expect(before).toMatchObject({ measure: "65ch", align: "start" });

      await choose(t.font);
      expect((await style()).font).toMatch(/^"Atkinson Hyperlegible"/);
      await expect.poll(() => fonts.length).toBeGreaterThan(0);
      await choose(t.width);
      expect((await style()).measure).toBe("50ch");
      await choose(t.letters);
      expect((await style()).letters).toBeCloseTo(0.12, 2);
      await choose(t.words);
      expect((await style()).words).toBeCloseTo(0.32, 2);
      await choose(t.align);
      expect(await style()).toMatchObject({ align: "justify", hyphens: "auto" });
      await axe(page);

      // Kept for the next visit, like the other Display choices.
      await page.reload();
      await expect(page.locator("article h1")).toBeVisible();
      expect(await style()).toMatchObject({ measure: "50ch", align: "justify" });
      await page.getByRole("button", { name: t.display }).click();
      await page.getByRole("button", { name: t.reset[0] }).click();
      await expect(page.locator(".rdr-display [role=status]")).toHaveText(t.reset[1]);
      expect(await style()).toEqual(before);
      expect(unexpected(problems)).toEqual([]);
    });
  });
}

test("resume is off with data-resume=\"off\", and an embedded reader keeps its place too", async ({ page }) => {
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/examples/host.html");
  await expect(page.locator("#une article h1")).toBeVisible();
  await page.evaluate(() => {
    // The one that keeps its place comes last: scrolling past a reader's end finishes it.
    for (const [id, resume] of [["not-kept", "off"], ["kept", "on"]]) {
      const reader = document.createElement("article-reader");
      reader.id = id;
      reader.setAttribute("src", `/fixtures/valid/longread-${id === "kept" ? "fr" : "ja"}.json`);
      reader.setAttribute("data-resume", resume);
      document.querySelector("main").append(reader);
    }
  });
  for (const id of ["not-kept", "kept"]) {
    const reader = page.locator(`#${id}`);
    await expect(reader.locator("article h1")).toBeVisible();
    await reader.locator(".rdr-body > *").nth(10).evaluate((b) => b.scrollIntoView());
    await page.mouse.wheel(0, 10);
  }
  const stored = () => page.evaluate(() => localStorage.getItem("article-reader:resume") ?? "");
  await expect.poll(stored).toContain("longread-fr-2026-11-20");
  expect(await stored()).not.toContain("longread-ja");
  expect(unexpected(problems)).toEqual([]);
});
