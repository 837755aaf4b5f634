// Listen: the article read aloud through a scripted `speechSynthesis` that records every
// utterance and lets the test fire `boundary` and `end` events. Reading order and text, language
// and voice, sentences in French, English, Arabic and Japanese, the highlighted sentence and
// word, speed, previous/next, pause and resume, one speaker per page, stop on removal, hidden
// without a voice, axe with the player open in each theme.
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { axe, readerReady, unexpected, watchConsole } from "./helpers.mjs";

const fixture = (path) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), "utf8"));

/// A scripted speech engine, installed before the page's scripts. `voiceLangs` limits its voices.
async function scriptSpeech(page, voiceLangs = ["fr", "en", "ar", "ja"]) {
  await page.addInitScript((langs) => {
    const all = [
      { name: "Amélie", lang: "fr-FR", voiceURI: "urn:voice:fr:amelie" },
      { name: "Thomas", lang: "fr-CA", voiceURI: "urn:voice:fr:thomas" },
      { name: "Samantha", lang: "en-US", voiceURI: "urn:voice:en:samantha" },
      { name: "Maged", lang: "ar-SA", voiceURI: "urn:voice:ar:maged" },
      { name: "Kyoko", lang: "ja-JP", voiceURI: "urn:voice:ja:kyoko" },
    ];
    const voices = all.filter((v) => langs.includes(v.lang.slice(0, 2)));
    class Utterance extends EventTarget {
      constructor(text) {
        super();
        Object.assign(this, { text, lang: "", voice: null, rate: 1 });
      }
    }
    const log = (window.__speech = { spoken: [], current: null, cancels: 0 });
    const synth = new EventTarget();
    synth.getVoices = () => voices;
    synth.speak = (u) => {
      log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.voiceURI ?? null, rate: u.rate });
      log.current = u;
    };
    // As Chrome does, a cancelled utterance still ends (its events must be ignored).
    synth.cancel = () => {
      log.cancels++;
      const u = log.current;
      log.current = null;
      u?.dispatchEvent(new Event("end"));
    };
    const boundary = (u, match) => {
      const e = new Event("boundary");
      Object.assign(e, { name: "word", charIndex: match.index, charLength: match[0].length });
      u.dispatchEvent(e);
    };
    // The voice reaches word `n` of the current utterance.
    window.__word = (n) => boundary(log.current, [...log.current.text.matchAll(/\S+/g)][n]);
    // The voice reports an error on the current utterance.
    window.__fail = (error) => {
      const e = new Event("error");
      Object.assign(e, { error });
      log.current.dispatchEvent(e);
    };
    // The voice finishes the current utterance.
    window.__end = () => {
      const u = log.current;
      log.current = null;
      u.dispatchEvent(new Event("end"));
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = Utterance;
    // The system's media controls: the handlers the page registers, for the test to press.
    window.__media = {};
    const session = navigator.mediaSession;
    const register = session.setActionHandler.bind(session);
    session.setActionHandler = (action, handler) => {
      window.__media[action] = handler;
      register(action, handler);
    };
  }, voiceLangs);
}

const spoken = (page) => page.evaluate(() => window.__speech.spoken);
const last = async (page) => (await spoken(page)).at(-1);
const highlighted = (page, name) => page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString()), name);

/// What the reader should say, in order: headline, standfirst, then each body block's text
/// (a quote with its attribution, list items one by one, an image's caption and credit), cut into sentences by the browser's
/// own `Intl.Segmenter` in the article's language.
async function expectedSentences(page, article) {
  const passages = [article.title, article.standfirst];
  for (const block of article.body) {
    if (block.type === "list") passages.push(...block.items);
    else if (block.type === "quote") passages.push(block.text, ...(block.cite ? [block.cite] : []));
    else if (block.type === "image") passages.push([block.caption, block.credit].filter(Boolean).join(" "));
    else if (block.text) passages.push(block.text);
  }
  return page.evaluate(
    ([passages, lang]) => {
      const segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
      return passages.flatMap((p) => [...segmenter.segment(p)].map((s) => s.segment).filter((s) => s.trim()));
    },
    [passages, article.lang],
  );
}

/// How many passages the first `n` sentences come from (fewer than `n`: long ones were cut).
const passagesOf = (expected, article, n) => {
  const passages = [
    article.title,
    article.standfirst,
    ...article.body.flatMap((b) => b.items ?? (b.type === "image" ? [[b.caption, b.credit].filter(Boolean).join(" ")] : [b.text, b.cite].filter(Boolean))),
  ];
  let used = 0;
  let rest = expected.slice(0, n).join("");
  for (const p of passages) {
    if (!rest) break;
    used++;
    rest = rest.slice(p.length).trimStart();
  }
  return used;
};

async function openPlayer(page, src, names) {
  await page.goto(`/?src=${encodeURIComponent(src)}`);
  await expect(page.locator("article h1")).toBeVisible();
  await readerReady(page);
  await page.getByRole("button", { name: names.listen }).click();
  return page.getByRole("group", { name: names.listen });
}

const FR = { listen: "Écouter", play: "Lecture", pause: "Pause", previous: "Paragraphe précédent", next: "Paragraphe suivant", speed: "Vitesse", voice: "Voix" };

test("reads the headline, standfirst and body in order, in French, with its voice, sentence by sentence", async ({ page }) => {
  const problems = watchConsole(page);
  await scriptSpeech(page);
  const article = fixture("fixtures/valid/longread-fr.json");
  const player = await openPlayer(page, "/fixtures/valid/longread-fr.json", FR);
  await player.getByRole("button", { name: FR.play }).click();
  await expect(page.locator(".rdr-listen [role=status]")).toHaveText("Lecture à voix haute");
  await expect(player.getByRole("button", { name: FR.pause })).toBeVisible();
  const expected = await expectedSentences(page, article);
  // Each sentence is one utterance; the next comes when the voice ends the one before.
  for (let i = 0; i < 14; i++) {
    await expect.poll(async () => (await spoken(page)).length).toBe(i + 1);
    const said = await last(page);
    expect(said).toEqual({ text: expected[i], lang: "fr", voice: "urn:voice:fr:amelie", rate: 1 });
    // The sentence is highlighted, and the word the voice reports.
    expect((await highlighted(page, "article-reader-sentence")).map((t) => t.replace(/\s+/g, " "))).toEqual([expected[i].replace(/\s+/g, " ")]);
    await page.evaluate(() => window.__word(1));
    expect(await highlighted(page, "article-reader-word")).toEqual([expected[i].split(/\s+/).filter(Boolean)[1]]);
    await page.evaluate(() => window.__end());
  }
  // French quotation marks do not cut a sentence.
  expect(expected.some((s) => /«[^»]+»/.test(s))).toBe(true);
  // The system's media controls show the article.
  expect(await page.evaluate(() => navigator.mediaSession.metadata?.title)).toBe(article.title);
  expect(unexpected(problems)).toEqual([]);
});

test("speed, voice (remembered), previous and next paragraph, pause and resume", async ({ page }) => {
  const problems = watchConsole(page);
  await scriptSpeech(page);
  const article = fixture("fixtures/valid/longread-fr.json");
  const player = await openPlayer(page, "/fixtures/valid/longread-fr.json", FR);
  const expected = await expectedSentences(page, article);
  await player.getByRole("button", { name: FR.play }).click();
  await expect.poll(async () => (await last(page))?.text).toBe(expected[0]);

  // Faster: the sentence starts again at 1.5×.
  await player.getByLabel(FR.speed).selectOption({ label: "1.5×" });
  await expect.poll(async () => (await last(page)).rate).toBe(1.5);
  expect((await last(page)).text).toBe(expected[0]);
  // Another voice: used at once, and remembered for French.
  await player.getByLabel(FR.voice).selectOption({ label: "Thomas" });
  await expect.poll(async () => (await last(page)).voice).toBe("urn:voice:fr:thomas");
  expect(await page.evaluate(() => localStorage.getItem("article-reader:voices"))).toBe("fr\turn:voice:fr:thomas");

  // Next paragraph: the standfirst's first sentence; again: the body's first.
  await player.getByRole("button", { name: FR.next }).click();
  await expect.poll(async () => (await last(page)).text).toBe(expected[1]);
  await player.getByRole("button", { name: FR.next }).click();
  const bodyFirst = await page.evaluate(
    ([p, lang]) => [...new Intl.Segmenter(lang, { granularity: "sentence" }).segment(p)][0].segment,
    [article.body[0].text, "fr"],
  );
  await expect.poll(async () => (await last(page)).text).toBe(bodyFirst);
  await page.evaluate(() => window.__end());
  // Previous paragraph, from its second sentence: back to its start.
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(5);
  const count = (await spoken(page)).length;
  await player.getByRole("button", { name: FR.previous }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(count + 1);
  expect((await last(page)).text).toBe(bodyFirst);

  // Pause: speech is cancelled and nothing more is said; Play resumes the same sentence.
  const cancels = await page.evaluate(() => window.__speech.cancels);
  await player.getByRole("button", { name: FR.pause }).click();
  await expect(page.locator(".rdr-listen [role=status]")).toHaveText("En pause");
  expect(await page.evaluate(() => window.__speech.cancels)).toBeGreaterThan(cancels);
  expect(await page.evaluate(() => window.__speech.current)).toBe(null);
  expect(await highlighted(page, "article-reader-sentence")).toEqual([]);
  const paused = (await spoken(page)).length;
  await player.getByRole("button", { name: FR.play }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(paused + 1);
  expect(await last(page)).toEqual({ text: bodyFirst, lang: "fr", voice: "urn:voice:fr:thomas", rate: 1.5 });

  // The voice is remembered for the next visit.
  await page.reload();
  await page.getByRole("button", { name: FR.listen }).click();
  await expect(page.getByLabel(FR.voice)).toHaveValue("urn:voice:fr:thomas");
  expect(unexpected(problems)).toEqual([]);
});

for (const [lang, src, names, check] of [
  ["en", "/demo/en.json", { listen: "Listen", play: "Play" }, (s) => s.slice(2).every((x) => /[.!?”:]$/.test(x.trim()) || x.trim().split(" ").length < 6)],
  ["ar", "/fixtures/valid/longread-ar.json", { listen: "استمع", play: "تشغيل" }, (s) => s.some((x) => /[.؟!»]$/.test(x.trim()))],
  ["ja", "/fixtures/valid/longread-ja.json", { listen: "聞く", play: "再生" }, (s) => s.slice(1).every((x) => /[。」]$/.test(x.trim()))],
]) {
  test(`sentences in ${lang}: the article's language, its voice, and the language's own sentence marks`, async ({ page }) => {
    const problems = watchConsole(page);
    await scriptSpeech(page);
    const article = JSON.parse(readFileSync(new URL(`../..${src.startsWith("/demo") ? src : `/tests${src}`}`, import.meta.url), "utf8"));
    const player = await openPlayer(page, src, names);
    await player.getByRole("button", { name: names.play }).click();
    const expected = await expectedSentences(page, article);
    for (let i = 0; i < 10; i++) {
      await expect.poll(async () => (await spoken(page)).length).toBe(i + 1);
      await page.evaluate(() => window.__end());
    }
    const said = (await spoken(page)).slice(0, 10);
    expect(said.map((s) => s.text)).toEqual(expected.slice(0, 10));
    expect(new Set(said.map((s) => s.lang))).toEqual(new Set([lang]));
    expect(said[0].voice).toMatch(new RegExp(`^urn:voice:${lang}:`));
    expect(check(said.map((s) => s.text)), said.map((s) => s.text).join(" | ")).toBe(true);
    // Long paragraphs were cut into sentences: ten utterances came from fewer passages.
    expect(passagesOf(expected, article, 10)).toBeLessThan(10);
    expect(unexpected(problems)).toEqual([]);
  });
}

test("the system's media controls, the passage kept in view unless the reader scrolls away, a new article stops speech", async ({ page }) => {
  const problems = watchConsole(page);
  await scriptSpeech(page);
  await page.setViewportSize({ width: 390, height: 700 });
  await page.emulateMedia({ reducedMotion: "reduce" });
  const article = fixture("../demo/fr.json");
  const player = await openPlayer(page, "/demo/fr.json", FR);
  const expected = await expectedSentences(page, article);
  await player.getByRole("button", { name: FR.play }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  // Pause, play and next from the system.
  await page.evaluate(() => window.__media.pause());
  await expect(player.getByRole("button", { name: FR.play })).toBeVisible();
  await page.evaluate(() => window.__media.play());
  await expect(player.getByRole("button", { name: FR.pause })).toBeVisible();
  await page.evaluate(() => window.__media.nexttrack());
  await expect.poll(async () => (await last(page)).text).toBe(expected[1]);
  await page.evaluate(() => window.__media.previoustrack());
  await expect.poll(async () => (await last(page)).text).toBe(expected[0]);
  // Read on into the body: the sentence being read is brought into view (at once: reduced motion).
  const sentenceInView = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get("article-reader-sentence") ?? [])][0];
      const rect = range?.getBoundingClientRect();
      return rect ? rect.bottom > 0 && rect.top < innerHeight : false;
    });
  for (let i = 0; i < 8; i++) await page.evaluate(() => window.__end());
  await expect.poll(sentenceInView).toBe(true);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
  // The reader scrolls back to the top to look at something: the player does not pull them back.
  await page.mouse.wheel(0, -5000);
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  await page.evaluate(() => window.__end());
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(12);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  // Another article in place (a related story): the reading stops.
  const cancels = await page.evaluate(() => window.__speech.cancels);
  await page.locator(".rdr-related a").first().click();
  await expect(page.locator("article")).not.toHaveAttribute("lang", "fr");
  await expect.poll(() => page.evaluate(() => window.__speech.cancels)).toBeGreaterThan(cancels);
  expect(await highlighted(page, "article-reader-sentence")).toEqual([]);
  expect(unexpected(problems)).toEqual([]);
});

test("a voice that fails stops reading at its sentence, says so, and Play tries it again", async ({ page }) => {
  const problems = watchConsole(page);
  await scriptSpeech(page);
  const article = fixture("../demo/fr.json");
  const player = await openPlayer(page, "/demo/fr.json", FR);
  const expected = await expectedSentences(page, article);
  await player.getByRole("button", { name: FR.play }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  await page.evaluate(() => window.__end());
  await expect.poll(async () => (await last(page)).text).toBe(expected[1]);
  // An interruption (what a cancel reports) is not a failure.
  await page.evaluate(() => window.__fail("interrupted"));
  await expect(player.getByRole("button", { name: FR.pause })).toBeVisible();
  await page.evaluate(() => window.__fail("synthesis-failed"));
  await expect(page.locator(".rdr-listen [role=status]")).toHaveText("La voix s’est interrompue sur une erreur");
  await expect(player.getByRole("button", { name: FR.play })).toBeVisible();
  expect(await highlighted(page, "article-reader-sentence")).toEqual([]);
  const count = (await spoken(page)).length;
  await player.getByRole("button", { name: FR.play }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(count + 1);
  expect((await last(page)).text).toBe(expected[1]);
  expect(unexpected(problems)).toEqual([]);
});

test("one reader speaks at a time; removing it stops its speech", async ({ page }) => {
  const problems = watchConsole(page);
  await scriptSpeech(page);
  await page.goto("/examples/host.html");
  const une = page.locator("#une");
  const edition = page.locator("#edition-reader");
  await expect(une.locator("article h1")).toBeVisible();
  await expect(edition.locator("article h1")).toBeVisible();
  await une.getByRole("button", { name: "Écouter" }).click();
  await une.getByRole("button", { name: "Lecture" }).click();
  await expect.poll(async () => (await last(page))?.lang).toBe("fr");
  await edition.getByRole("button", { name: "Listen" }).click();
  await edition.getByRole("button", { name: "Play", exact: true }).click();
  await expect.poll(async () => (await last(page))?.lang).toBe("en");
  // The first reader stopped: its button offers Play again, and its sentence is not highlighted.
  await expect(une.getByRole("button", { name: "Lecture" })).toBeVisible();
  await expect(edition.getByRole("button", { name: "Pause" })).toBeVisible();
  expect(await highlighted(page, "article-reader-sentence")).toHaveLength(1);
  const cancels = await page.evaluate(() => window.__speech.cancels);
  await edition.evaluate((el) => el.remove());
  await expect.poll(() => page.evaluate(() => window.__speech.cancels)).toBeGreaterThan(cancels);
  expect(await highlighted(page, "article-reader-sentence")).toEqual([]);
  const count = (await spoken(page)).length;
  // Nothing more is said after the reader is gone.
  await page.evaluate(() => window.__speech.current && window.__end());
  expect((await spoken(page)).length).toBe(count);
  expect(unexpected(problems)).toEqual([]);
});

test("hidden without a voice for the article's language, without speechSynthesis, and with data-listen=off", async ({ page }) => {
  await scriptSpeech(page, ["fr"]);
  await page.goto("/?src=/demo/en.json");
  await expect(page.locator("article h1")).toBeVisible();
  await readerReady(page);
  await expect(page.getByRole("button", { name: "Listen" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Display" })).toBeVisible();
  await page.goto("/?src=/demo/fr.json");
  await expect(page.getByRole("button", { name: "Écouter" })).toBeVisible();

  const bare = await page.context().newPage();
  await bare.addInitScript(() => delete window.speechSynthesis);
  await bare.goto("/?src=/demo/fr.json");
  await expect(bare.locator("article h1")).toBeVisible();
  await readerReady(bare);
  await expect(bare.getByRole("button", { name: "Écouter" })).toHaveCount(0);

  await page.goto("/examples/host.html");
  await page.evaluate(() => {
    const reader = document.createElement("article-reader");
    reader.id = "quiet";
    reader.setAttribute("src", "/demo/fr.json");
    reader.setAttribute("data-listen", "off");
    document.querySelector("main").append(reader);
  });
  await expect(page.locator("#quiet article h1")).toBeVisible();
  await expect(page.locator("#quiet").getByRole("button", { name: "Écouter" })).toHaveCount(0);
  await expect(page.locator("#une").getByRole("button", { name: "Écouter" })).toBeVisible();
});

test("axe: the player open and reading, in each theme", async ({ page }) => {
  await scriptSpeech(page);
  const player = await openPlayer(page, "/demo/fr.json", FR);
  await player.getByRole("button", { name: FR.play }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  await page.getByRole("button", { name: "Affichage" }).click();
  for (const theme of ["Automatique", "Clair", "Sombre", "Sépia", "Contraste élevé"]) {
    await page.getByRole("group", { name: "Thème" }).getByRole("radio", { name: theme }).check();
    await axe(page);
  }
});
