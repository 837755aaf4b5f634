// Generates the benchmark articles (deterministic: a seeded PRNG, no clock, no network) in the
// shape of demo/fr.json, and checks them against schema/article-v1.schema.json.
//
//   node bench/generate.mjs [outDir]        (default: dist/bench)
//
// Writes small.json (≈600 words / 12 blocks), medium.json (≈12,000 / 300), large.json
// (≈60,000 / 1,500) and index.json (word and block counts, which the measurements use).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const outDir = path.resolve(process.argv[2] || path.join(ROOT, "dist", "bench"));

export const SIZES = [
  { name: "small", words: 600, blocks: 12, seed: 11, lang: "fr" },
  { name: "medium", words: 12000, blocks: 300, seed: 22, lang: "en" },
  { name: "large", words: 60000, blocks: 1500, seed: 33, lang: "fr" },
];

/// mulberry32: small, fast, good enough, and the same on every machine.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCAB = {
  fr: {
    words: (
      "la ville le tramway les habitants une ligne de nuit des travailleurs le conseil municipal " +
      "a annoncé jeudi que les rames circuleront désormais entre la gare et le quartier nord " +
      "selon la régie plusieurs associations de riverains redoutent le bruit mais les étudiants " +
      "saluent une décision attendue depuis longtemps le budget prévu pour cette expérimentation " +
      "sera financé par la région et l'agglomération pendant trois ans les élus de l'opposition " +
      "demandent un premier bilan dès l'automne tandis que le maire évoque déjà une deuxième " +
      "ligne vers la rive sud où vivent de nombreux soignants employés au centre hospitalier " +
      "chaque soir des centaines de voyageurs attendent un bus qui ne passe plus après minuit " +
      "cette mesure pourrait changer la vie de milliers de familles affirme une responsable"
    ).split(" "),
    names: ["Claire Montagné", "Étienne Valadier", "Nadia Ferrand", "Hugo Bernier", "Monique Lasserre"],
    roles: ["adjointe aux transports", "directeur de la régie", "aide-soignante", "élu étudiant", "présidente d'association"],
    headings: ["Un budget", "Les riverains inquiets", "Ce qui change", "Le calendrier", "Une première en France", "Les chiffres clés", "Et après ?"],
    link: "le site de la régie",
    quoteOpen: "« ",
    quoteClose: " »",
    section: { label: "Société", url: "https://news.example/fr/societe/" },
    credit: "Avec l'Agence Lumen et Ouest-Dépêches",
  },
  en: {
    words: (
      "the city council said on thursday that the new night service would run between the " +
      "station and the northern districts every twenty minutes according to the transport " +
      "authority several residents groups fear the noise while students welcome a long awaited " +
      "decision the budget for the three year trial will be shared by the region and the city " +
      "opposition members want a first review by the autumn and the mayor already mentions a " +
      "second line to the south bank where many hospital staff live every evening hundreds of " +
      "passengers wait for a bus that no longer runs after midnight this could change the lives " +
      "of thousands of families a spokeswoman said as the museum reopened its restored galleries"
    ).split(" "),
    names: ["Helen Okafor", "James Whitlow", "Priya Raman", "Tom Ellery", "Ada Brennan"],
    roles: ["chair of the trustees", "transport director", "night nurse", "student union officer", "residents' spokeswoman"],
    headings: ["What is new", "The budget", "Residents' worries", "The timetable", "A first for the region", "Key figures", "What next"],
    link: "the authority's website",
    quoteOpen: "“",
    quoteClose: "”",
    section: { label: "Science", url: "https://news.example/en/science/" },
    credit: "With Lumen Agency and Western Wire",
  },
};

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const countWords = (s) => s.replace(/<[^>]*>/g, " ").split(/\s+/).filter(Boolean).length;

function generate({ name, words: targetWords, blocks: targetBlocks, seed, lang }, all) {
  const rnd = prng(seed);
  const v = VOCAB[lang];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const phrase = (n) => Array.from({ length: n }, () => pick(v.words)).join(" ");
  const tail = lang === "fr" ? ", a-t-il ajouté." : ", he added.";
  const sentence = (n) => {
    const s = phrase(n);
    const attributed = rnd() < 0.2 && n > 6;
    // An attributed sentence keeps the same word count: its tail replaces its last words.
    const body = attributed ? s.split(" ").slice(0, n - countWords(tail.slice(1))).join(" ") + tail : s + ".";
    return body.charAt(0).toUpperCase() + body.slice(1);
  };
  const prose = (n) => {
    const out = [];
    let left = n;
    while (left > 0) {
      const len = left < 11 ? left : Math.min(left - 3, int(8, 22));
      out.push(sentence(len));
      left -= len;
    }
    return out.join(" ");
  };

  // 1. The sequence of block types.
  let types;
  if (targetBlocks <= 12) {
    types = ["paragraph", "paragraph", "paragraph", "heading", "paragraph", "image", "paragraph", "quote", "paragraph", "list", "paragraph", "paragraph"].slice(0, targetBlocks);
  } else {
    types = ["paragraph", "paragraph"];
    while (types.length < targetBlocks) {
      const r = rnd();
      const prev = types[types.length - 1];
      let t =
        r < 0.68 ? "paragraph" : r < 0.77 ? "heading" : r < 0.83 ? "quote" : r < 0.89 ? "image" : r < 0.95 ? "list" : r < 0.985 ? "html" : "embed";
      if (t !== "paragraph" && prev !== "paragraph") t = "paragraph"; // no two specials in a row
      types.push(t);
    }
    if (!types.includes("html")) types[Math.floor(types.length / 2)] = "html";
  }

  // 2. Every block but paragraphs, then paragraphs share what is left of the word budget.
  const blocks = types.map((type) => {
    switch (type) {
      case "heading":
        return { type, level: pick([2, 2, 2, 3, 3, 4]), text: `${pick(v.headings)} ${int(1, 99)}` };
      case "quote":
        return { type, text: prose(int(18, 40)), cite: `${pick(v.names)}, ${pick(v.roles)}` };
      case "image":
        return {
          type,
          src: "/demo/img/figure-en.svg",
          alt: prose(int(8, 14)),
          caption: prose(int(10, 20)),
          credit: "Illustration News Example",
          width: 800,
          height: 450,
        };
      case "list":
        return {
          type,
          ordered: rnd() < 0.3,
          items: Array.from({ length: int(3, 6) }, () => `<strong>${escapeHtml(phrase(2))}</strong> ${escapeHtml(phrase(int(6, 14)))}`),
        };
      case "embed":
        return { type, url: `https://video.example/watch/${name}-${int(1000, 9999)}`, title: prose(int(5, 9)), provider: "Example Video" };
      case "html":
        return {
          type,
          html:
            `<h3>${escapeHtml(pick(v.headings))}</h3><p>${escapeHtml(prose(int(20, 40)))} <a href="https://news.example/${lang}/dossier/${int(1, 999)}">${escapeHtml(phrase(3))}</a>.</p>` +
            `<table><thead><tr><th>${escapeHtml(phrase(1))}</th><th>${escapeHtml(phrase(1))}</th></tr></thead><tbody>` +
            Array.from({ length: int(2, 5) }, () => `<tr><td>${escapeHtml(phrase(2))}</td><td>${int(1, 9999)}</td></tr>`).join("") +
            `</tbody></table><ul><li>${escapeHtml(phrase(int(4, 8)))}</li><li>${escapeHtml(phrase(int(4, 8)))}</li></ul>`,
        };
      default:
        return { type };
    }
  });
  const blockWords = (b) =>
    b.type === "paragraph" ? 0
    : b.type === "list" ? b.items.reduce((n, i) => n + countWords(i), 0)
    : b.type === "image" ? countWords(b.caption) // alt text is not read as body text
    : b.type === "quote" ? countWords(b.text)
    : b.type === "html" ? countWords(b.html)
    : countWords(b.text || b.title || "");
  const fixed = blocks.reduce((n, b) => n + blockWords(b), 0);
  const paragraphs = blocks.filter((b) => b.type === "paragraph");
  const weights = paragraphs.map(() => 0.6 + rnd() * 0.8);
  const sum = weights.reduce((a, b) => a + b, 0);
  let budget = Math.max(paragraphs.length * 10, targetWords - fixed);
  paragraphs.forEach((p, i) => {
    const n = i === paragraphs.length - 1 ? Math.max(10, budget) : Math.max(10, Math.round(((targetWords - fixed) * weights[i]) / sum));
    budget -= n;
    const text = prose(n);
    if (rnd() < 0.35) {
      // Inline html: a link and an emphasis, as in the demo.
      const ws = text.split(" ");
      const a = int(1, Math.max(1, ws.length - 4));
      ws[a] = `<a href="https://news.example/${lang}/article/${int(1, 99999)}">${ws[a]}`;
      ws[a + 1] = `${ws[a + 1]}</a>`;
      const e = Math.min(ws.length - 1, a + 3);
      ws[e] = `<em>${ws[e]}</em>`;
      p.html = ws.join(" ");
    } else {
      p.text = text;
    }
  });

  const words = blocks.reduce((n, b) => n + (b.type === "paragraph" ? countWords(b.text || b.html) : blockWords(b)), 0);
  const others = all.filter((s) => s.name !== name);
  const article = {
    version: 1,
    id: `bench-${name}`,
    url: `https://news.example/${lang}/bench/${name}`,
    lang,
    section: v.section,
    title: `Benchmark article (${name}): ${phrase(6)}`,
    standfirst: prose(int(30, 45)),
    published: "2026-03-12T19:40:00+01:00",
    updated: "2026-03-12T21:15:00+01:00",
    authors: [{ name: v.names[0], bio: prose(14), url: "https://news.example/auteurs/bench" }],
    image: {
      src: "/demo/img/lead-fr.svg",
      alt: prose(10),
      caption: prose(14),
      credit: "Illustration News Example",
      width: 1200,
      height: 675,
    },
    body: blocks,
    credit: v.credit,
    tags: [{ label: "Benchmark", url: "https://news.example/sujets/bench" }],
    related: others.map((o) => ({
      src: `/bench/${o.name}.json`,
      title: `Benchmark article (${o.name})`,
      url: `https://news.example/${o.lang}/bench/${o.name}`,
      section: VOCAB[o.lang].section.label,
      published: "2026-03-10T09:30:00Z",
      image: { src: "/demo/img/lead-en.svg", alt: "", width: 320, height: 180 },
    })),
  };
  return { article, words, blocks: blocks.length };
}

/// Validates against the project's JSON Schema when it and Ajv are present.
async function validator() {
  const file = path.join(ROOT, "schema", "article-v1.schema.json");
  if (!existsSync(file)) return null;
  try {
    const { default: Ajv2020 } = await import("ajv/dist/2020.js");
    const { default: addFormats } = await import("ajv-formats");
    const ajv = new Ajv2020({ strict: false, allErrors: false });
    addFormats(ajv);
    return ajv.compile(JSON.parse(readFileSync(file, "utf8")));
  } catch (e) {
    console.warn(`generate: schema check skipped (${e.message})`);
    return null;
  }
}

const validate = await validator();
mkdirSync(outDir, { recursive: true });
const index = {};
for (const size of SIZES) {
  const { article, words, blocks } = generate(size, SIZES);
  if (validate && !validate(article)) {
    const err = validate.errors[0];
    console.error(`generate: ${size.name}.json breaks the contract at ${err.instancePath}: ${err.message}`);
    process.exit(1);
  }
  const json = JSON.stringify(article);
  writeFileSync(path.join(outDir, `${size.name}.json`), json);
  const types = {};
  for (const b of article.body) types[b.type] = (types[b.type] || 0) + 1;
  index[size.name] = { words, blocks, bytes: Buffer.byteLength(json), title: article.title, url: article.url, lang: article.lang, types };
  console.log(`generate: ${size.name}.json  ${blocks} blocks, ${words} words, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB  ${JSON.stringify(types)}`);
}
writeFileSync(path.join(outDir, "index.json"), JSON.stringify(index, null, 2));
// A same-origin blank page: each run starts here so the measured navigation stays in one renderer.
writeFileSync(path.join(outDir, "blank.html"), "<!doctype html><title>bench</title>");
