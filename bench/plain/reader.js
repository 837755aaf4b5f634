// Plain-DOM reference reader: a hand-written, dependency-free reader of the article JSON
// (contract v1), used by the benchmark only as a calibration point. It fetches ?src=, checks the
// essentials, then builds the whole article detached (body blocks in one DocumentFragment) and
// inserts it into the page once. Untrusted HTML is parsed inertly (DOMParser) and rebuilt from an
// allowlist with createElement/createTextNode; nothing untrusted ever goes through innerHTML.

const WORDS_PER_MINUTE = 230;
const MAX_DEPTH = 24;
const INLINE = new Set(["a", "em", "strong", "i", "b", "br", "code", "sub", "sup", "span", "cite", "q", "abbr", "mark"]);
const RICH = new Set([
  ...INLINE, "p", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "figure", "figcaption", "img", "pre", "hr",
  "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
]);
// Dropped with their content; any other element outside the allowlist is unwrapped (text kept).
const DROP = new Set(["script", "style", "template", "noscript", "iframe", "object", "embed", "textarea", "select", "button", "form", "head", "title"]);
const HTML_NS = "http://www.w3.org/1999/xhtml";
const LINK_SCHEMES = ["http:", "https:", "mailto:"];
const IMAGE_SCHEMES = ["http:", "https:"];
const RTL = new Set(["ar", "he", "fa", "ur", "yi", "ps", "dv", "ckb", "sd", "ug"]);

const LABELS = {
  en: { by: "By", published: "Published", updated: "Updated", minutes: (n) => `${n} min read`, related: "Related stories", external: "External content", newTab: "opens in a new tab", error: "This article could not be displayed" },
  fr: { by: "Par", published: "Publié le", updated: "Mis à jour le", minutes: (n) => `${n} min de lecture`, related: "À lire aussi", external: "Contenu externe", newTab: "s'ouvre dans un nouvel onglet", error: "Impossible d'afficher cet article" },
  ar: { by: "بقلم", published: "نُشر في", updated: "حُدّث في", minutes: (n) => `${n} د قراءة`, related: "اقرأ أيضًا", external: "محتوى خارجي", newTab: "يفتح في علامة تبويب جديدة", error: "تعذّر عرض هذا المقال" },
};

const parser = new DOMParser();

/** An element with an optional class and children (strings become text nodes). */
function h(tag, className, ...children) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  for (const child of children) {
    if (child == null) continue;
    el.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return el;
}

/** An absolute URL when `raw` resolves (against `base`) to one of `schemes`, else null. */
function safeUrl(raw, base, schemes) {
  if (typeof raw !== "string" || !raw.trim()) return null;
  try {
    const url = new URL(raw.trim(), base);
    return schemes.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const pixels = (v) => (Number.isInteger(v) && v > 0 ? String(v) : null);

/** Sanitized copy of an HTML string as a DocumentFragment: only `allowed` elements survive. */
function sanitize(html, allowed, base) {
  const fragment = document.createDocumentFragment();
  copyChildren(parser.parseFromString(html, "text/html").body, fragment, allowed, base, 0);
  return fragment;
}

function copyChildren(from, to, allowed, base, depth) {
  for (let node = from.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(node.data));
    } else if (node.nodeType === Node.ELEMENT_NODE && node.namespaceURI === HTML_NS) {
      const tag = node.localName;
      if (DROP.has(tag)) continue;
      if (!allowed.has(tag) || depth >= MAX_DEPTH) {
        copyChildren(node, to, allowed, base, depth + 1); // unwrap: keep the text, lose the tag
        continue;
      }
      const el = cleanElement(node, tag, base);
      if (!el) continue;
      copyChildren(node, el, allowed, base, depth + 1);
      to.appendChild(tag === "table" ? h("div", "rdr-table", el) : el); // wide tables scroll in their box
    } // comments, processing instructions, SVG and MathML are dropped
  }
}

/** A fresh element of an allowed tag carrying only its allowed, checked attributes. */
function cleanElement(source, tag, base) {
  const el = document.createElement(tag);
  const attr = (name) => source.getAttribute(name);
  if (tag === "a") {
    const href = safeUrl(attr("href"), base, LINK_SCHEMES);
    if (href) {
      el.setAttribute("href", href);
      if (!href.startsWith("mailto:")) el.setAttribute("rel", "noopener noreferrer");
    }
  } else if (tag === "img") {
    const src = safeUrl(attr("src"), base, IMAGE_SCHEMES);
    if (!src) return null;
    setImage(el, { src, alt: attr("alt") ?? "", width: parseInt(attr("width"), 10), height: parseInt(attr("height"), 10) }, false);
  }
  if ((tag === "a" || tag === "abbr") && attr("title")) el.setAttribute("title", attr("title"));
  if (tag === "span" && attr("lang")) el.setAttribute("lang", attr("lang"));
  return el;
}

/** Sets an <img>'s attributes; `loading` before `src` so a lazy image does not start loading. */
function setImage(img, { src, alt, width, height }, eager) {
  img.setAttribute("loading", eager ? "eager" : "lazy");
  img.setAttribute("decoding", "async");
  if (pixels(width)) img.setAttribute("width", pixels(width));
  if (pixels(height)) img.setAttribute("height", pixels(height));
  img.setAttribute("alt", typeof alt === "string" ? alt : "");
  img.setAttribute("src", src);
}

/** Paragraph-like content: `html` (inline subset) or `text`. */
function inline(parent, block, ctx) {
  if (typeof block.html === "string") parent.appendChild(sanitize(block.html, INLINE, ctx.base));
  else parent.appendChild(document.createTextNode(block.text));
  return parent;
}

const hasContent = (b) => typeof b.html === "string" || typeof b.text === "string";

/** An image figure (lead or body block), or null when its src is unsafe. */
function figure(image, ctx, className = "rdr-figure") {
  const src = safeUrl(image.src, ctx.base, IMAGE_SCHEMES);
  if (!src) return null;
  const img = document.createElement("img");
  setImage(img, { ...image, src }, ctx.images++ === 0); // only the first image is eager
  const fig = h("figure", className, img);
  const caption = typeof image.caption === "string" ? h("span", "rdr-caption", image.caption) : null;
  const credit = typeof image.credit === "string" ? h("span", "rdr-credit-img", image.credit) : null;
  if (caption || credit) fig.appendChild(h("figcaption", null, caption, caption && credit ? " " : null, credit));
  return fig;
}

/** One body block as one element, or null for an unknown or malformed block (skipped). */
function block(b, ctx) {
  if (!b || typeof b !== "object") return null;
  switch (b.type) {
    case "paragraph":
      return hasContent(b) ? inline(h("p"), b, ctx) : null;
    case "heading": {
      if (typeof b.text !== "string") return null;
      const level = Math.min(4, Math.max(2, Number.isInteger(b.level) ? b.level : 2));
      return h(`h${level}`, null, b.text);
    }
    case "quote": {
      if (!hasContent(b)) return null;
      const fig = h("figure", "rdr-quote", h("blockquote", null, inline(h("p"), b, ctx)));
      if (typeof b.cite === "string") fig.appendChild(h("figcaption", null, "— ", h("cite", null, b.cite)));
      return fig;
    }
    case "list": {
      if (!Array.isArray(b.items)) return null;
      const list = h(b.ordered === true ? "ol" : "ul");
      for (const item of b.items) {
        if (typeof item === "string") list.appendChild(h("li", null, sanitize(item, INLINE, ctx.base)));
      }
      return list;
    }
    case "image":
      return figure(b, ctx);
    case "embed": {
      const url = safeUrl(b.url, ctx.base, ["http:", "https:"]);
      if (!url) return null;
      const link = h("a", null, typeof b.title === "string" ? b.title : url, h("span", "rdr-sr", ` (${ctx.t.newTab})`));
      link.setAttribute("href", url);
      link.setAttribute("rel", "noopener noreferrer");
      link.setAttribute("target", "_blank");
      const kind = typeof b.provider === "string" ? `${ctx.t.external} · ${b.provider}` : ctx.t.external;
      return h("div", "rdr-embed", h("p", "rdr-embed-kind", kind), h("p", "rdr-embed-title", link));
    }
    case "html":
      return typeof b.html === "string" ? h("div", "rdr-rich", sanitize(b.html, RICH, ctx.base)) : null;
    default:
      return null; // unknown block types are valid and skipped
  }
}

const countWords = (s) => (typeof s === "string" ? s.replace(/<[^>]*>/g, " ").split(/\s+/).filter(Boolean).length : 0);

/** Words a reader reads in a block (image alt text is not read as body text). */
function blockWords(b) {
  if (!b || typeof b !== "object") return 0;
  if (b.type === "list") return Array.isArray(b.items) ? b.items.reduce((n, i) => n + countWords(i), 0) : 0;
  if (b.type === "image") return countWords(b.caption);
  if (b.type === "embed") return countWords(b.title);
  return countWords(b.html ?? b.text);
}

function formatDate(value, lang) {
  const date = typeof value === "string" ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  const time = h("time", null, new Intl.DateTimeFormat(lang, { dateStyle: "long", timeStyle: "short" }).format(date));
  time.setAttribute("datetime", value);
  return time;
}

/** "By A, B and C", names linked when they have a safe URL; list punctuation from Intl.ListFormat. */
function byline(authors, ctx) {
  const people = (Array.isArray(authors) ? authors : []).filter((a) => a && typeof a.name === "string");
  if (!people.length) return null;
  const p = h("p", "rdr-byline", `${ctx.t.by} `);
  let i = 0;
  for (const part of new Intl.ListFormat(ctx.lang, { type: "conjunction" }).formatToParts(people.map((a) => a.name))) {
    if (part.type === "literal") { p.appendChild(document.createTextNode(part.value)); continue; }
    const person = people[i++];
    const url = safeUrl(person.url, ctx.base, LINK_SCHEMES);
    const name = url ? h("a", null, person.name) : h("bdi", null, person.name);
    if (url) { name.setAttribute("href", url); name.setAttribute("rel", "author"); }
    p.appendChild(name);
  }
  return p;
}

function header(a, ctx, minutes) {
  let section = null;
  if (a.section && typeof a.section.label === "string") {
    const url = safeUrl(a.section.url, ctx.base, ["http:", "https:"]);
    const label = h(url ? "a" : "span", null, a.section.label);
    if (url) label.setAttribute("href", url);
    section = h("p", "rdr-section", label);
  }
  const title = h("h1", "rdr-title", a.title);
  title.id = "rdr-title";
  title.tabIndex = -1;
  const dates = h("p", "rdr-dates");
  for (const [key, value] of [["published", a.published], ["updated", a.updated]]) {
    const time = formatDate(value, ctx.lang);
    if (time) dates.appendChild(h("span", "rdr-date", `${ctx.t[key]} `, time));
  }
  const meta = h("div", "rdr-meta", byline(a.authors, ctx), dates, h("p", "rdr-badge", ctx.t.minutes(minutes)));
  const standfirst = typeof a.standfirst === "string" ? h("p", "rdr-standfirst", a.standfirst) : null;
  return h("header", "rdr-header", section, title, standfirst, meta);
}

function related(items, ctx) {
  const stories = (Array.isArray(items) ? items : []).filter((r) => r && typeof r.title === "string");
  const list = h("ul", "rdr-related-list");
  for (const r of stories) {
    // A story with its own JSON opens in this reader; otherwise its canonical URL.
    const src = safeUrl(r.src, ctx.base, ["http:", "https:"]);
    const own = src && new URL(src);
    const href = own && own.origin === location.origin
      ? `?src=${encodeURIComponent(own.pathname + own.search)}`
      : safeUrl(r.url, ctx.base, ["http:", "https:"]);
    if (!href) continue;
    const link = h("a", null, r.title);
    link.setAttribute("href", href);
    const section = typeof r.section === "string" ? h("p", "rdr-card-section", r.section) : null;
    list.appendChild(h("li", "rdr-card", h("div", "rdr-card-text", section, h("h3", "rdr-card-title", link), h("p", "rdr-card-meta", formatDate(r.published, ctx.lang)))));
  }
  if (!list.firstChild) return null;
  const heading = h("h2", null, ctx.t.related);
  heading.id = "rdr-related";
  const sectionEl = h("section", "rdr-related", heading, list);
  sectionEl.setAttribute("aria-labelledby", "rdr-related");
  return sectionEl;
}

function languageOf(a) {
  try {
    return Intl.getCanonicalLocales(typeof a.lang === "string" && a.lang ? a.lang : "en")[0];
  } catch {
    return "en";
  }
}

function render(a, base) {
  const lang = languageOf(a);
  const primary = lang.split("-")[0].toLowerCase();
  const ctx = { base, lang, t: LABELS[primary] ?? LABELS.en, images: 0 };
  const words = a.body.reduce((n, b) => n + blockWords(b), 0);
  const minutes = Number.isInteger(a.readingMinutes) && a.readingMinutes > 0 ? a.readingMinutes : Math.max(1, Math.round(words / WORDS_PER_MINUTE));

  const article = h("article", "rdr-article", header(a, ctx, minutes));
  article.lang = lang;
  article.dir = a.dir === "rtl" || a.dir === "ltr" ? a.dir : RTL.has(primary) ? "rtl" : "ltr";
  article.setAttribute("aria-labelledby", "rdr-title");
  const lead = a.image && typeof a.image === "object" ? figure(a.image, ctx, "rdr-figure rdr-lead") : null;
  if (lead) article.appendChild(lead);

  const blocks = document.createDocumentFragment();
  for (const b of a.body) {
    const el = block(b, ctx);
    if (el) blocks.appendChild(el);
  }
  article.appendChild(h("div", "rdr-body", blocks)); // one append of the whole body
  if (typeof a.credit === "string") article.appendChild(h("p", "rdr-source", a.credit));
  const more = related(a.related, ctx);
  if (more) article.appendChild(more);
  document.title = a.title;
  return article;
}

function errorNotice(detail) {
  const box = h("div", "rdr-error", h("h1", "rdr-error-title", LABELS.en.error), h("p", "rdr-error-detail", h("bdi", null, detail)));
  box.setAttribute("role", "alert");
  return box;
}

async function main() {
  const mount = document.querySelector("main[data-article-reader=standalone]");
  const root = h("div", "rdr");
  mount.replaceChildren(root);
  let article, base;
  try {
    const src = new URL(new URLSearchParams(location.search).get("src") || "/demo/fr.json", location.href);
    if (src.protocol !== "https:" && src.origin !== location.origin) throw new Error(`Refusing to load ${src.href}`);
    const response = await fetch(src, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${src.pathname}`);
    base = response.url || src.href;
    article = JSON.parse(await response.text());
    if (!article || typeof article !== "object" || Array.isArray(article)) throw new Error("The document is not a JSON object.");
    if (article.version !== undefined && article.version !== 1) throw new Error(`Unsupported contract version ${article.version}.`);
    if (typeof article.title !== "string") throw new Error("The article has no title.");
    if (!Array.isArray(article.body)) throw new Error("The article has no body.");
  } catch (e) {
    root.appendChild(errorNotice(e instanceof Error ? e.message : String(e)));
    return;
  }
  root.appendChild(render(article, base)); // the whole article enters the page at once
}

main();
