// Checks the JSON Schema of the article contract (schema/article-v1.schema.json) against the
// project's own fixtures and demo articles.
//
//   node --test tests/schema/validate.mjs
//
// - every tests/fixtures/valid/*.json and demo/*.json validates;
// - every tests/fixtures/invalid/*.json fails, Ajv reports the path listed in
//   tests/fixtures/invalid/expected.json (the path the reader's decoder must name), and the file
//   holds exactly one violation (no error anywhere else);
// - tests/fixtures/related/list.json validates as a related-stories array (the `relatedSrc` shape);
// - tests/fixtures/broken/* are not JSON at all.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const at = (...parts) => path.join(ROOT, ...parts);
const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
const jsonFiles = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort();

const SCHEMA_FILE = at("schema", "article-v1.schema.json");
const schema = readJson(SCHEMA_FILE);

// A schema warning (unknown keyword, type ambiguity…) is a failure, not console noise.
const logger = {
  log: console.log,
  warn: (...args) => {
    throw new Error(`Ajv warning: ${args.join(" ")}`);
  },
  error: (...args) => {
    throw new Error(`Ajv error: ${args.join(" ")}`);
  },
};
const makeAjv = (allErrors) => {
  const ajv = new Ajv2020({ allErrors, strictTypes: true, strictTuples: true, logger });
  addFormats(ajv);
  ajv.addSchema(schema);
  return ajv;
};
// First errors only: what a decoder that stops at the first problem would see.
const firstAjv = makeAjv(false);
// Every error: proves an invalid fixture breaks exactly one thing.
const allAjv = makeAjv(true);
const validateFirst = firstAjv.getSchema(schema.$id);
const validateAll = allAjv.getSchema(schema.$id);

// ---- paths: JSON Pointer ("/body/1/level") <-> contract path ("body[1].level") -------------------

const pointerSegments = (pointer) =>
  pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));

const segmentsToPath = (segments) =>
  segments.reduce(
    (acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc === "" ? seg : `${acc}.${seg}`),
    "",
  );

const pathSegments = (dotted) =>
  dotted === "" ? [] : dotted.split(/\.|(?=\[)/).map((s) => s.replace(/^\[(\d+)\]$/, "$1"));

/** The contract path an Ajv error points at: for a missing property, the property itself. */
const errorSegments = (error) => {
  const segments = pointerSegments(error.instancePath);
  return error.keyword === "required" ? [...segments, error.params.missingProperty] : segments;
};
const errorPath = (error) => segmentsToPath(errorSegments(error));

const isPrefix = (prefix, whole) => prefix.length <= whole.length && prefix.every((s, i) => s === whole[i]);

const describeErrors = (errors) =>
  (errors ?? [])
    .map((e) => `  ${errorPath(e) || "(root)"}: ${e.message} [${e.keyword} at ${e.schemaPath}]`)
    .join("\n");

// Sanity of the path conversion itself.
test("path conversion: /body/1/level <-> body[1].level", () => {
  assert.equal(segmentsToPath(pointerSegments("/body/1/level")), "body[1].level");
  assert.equal(segmentsToPath(pointerSegments("/body/3/items/1")), "body[3].items[1]");
  assert.equal(segmentsToPath(pointerSegments("")), "");
  assert.deepEqual(pathSegments("related[1].url"), ["related", "1", "url"]);
  assert.deepEqual(pathSegments("body[3].items[1]"), ["body", "3", "items", "1"]);
  assert.deepEqual(pathSegments(""), []);
});

test("schema compiles under Ajv 2020 strict mode", () => {
  assert.equal(typeof validateFirst, "function");
  assert.equal(typeof validateAll, "function");
  assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
});

// ---- documents that must validate ----------------------------------------------------------------

const assertValid = (file) => {
  const doc = readJson(file);
  const ok = validateAll(doc);
  assert.ok(ok, `${path.relative(ROOT, file)} should be valid:\n${describeErrors(validateAll.errors)}`);
};

describe("valid fixtures", () => {
  const dir = at("tests", "fixtures", "valid");
  const files = jsonFiles(dir);
  test("there are at least 8", () => assert.ok(files.length >= 8, `only ${files.length}`));
  for (const name of files) test(`valid/${name}`, () => assertValid(path.join(dir, name)));
});

describe("demo articles", () => {
  const dir = at("demo");
  const files = jsonFiles(dir);
  test("fr, en and ar are present", () => {
    for (const lang of ["fr", "en", "ar"]) assert.ok(files.includes(`${lang}.json`), `demo/${lang}.json`);
  });
  for (const name of files) {
    test(`demo/${name}`, () => {
      const file = path.join(dir, name);
      assertValid(file);
      // Files it points at (images, related articles; relative URLs resolve against the article's
      // own URL, as in the reader) exist; images are small SVGs.
      const local = [];
      const walk = (v) => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === "object") Object.values(v).forEach(walk);
        else if (typeof v === "string" && /^[\w-][\w./-]*\.(json|svg)$/.test(v)) local.push(`demo/${v}`);
      };
      walk(readJson(file));
      assert.ok(local.length >= 5, `${name} refers to its images and related articles`);
      for (const ref of local) {
        assert.ok(existsSync(at(ref)), `${name} refers to missing ${ref}`);
        if (ref.endsWith(".svg")) assert.ok(statSync(at(ref)).size < 2048, `${ref} is 2 KB or more`);
      }
    });
  }
});

describe("related stories list (relatedSrc document)", () => {
  test("related/list.json", () => {
    const validate = allAjv.getSchema(`${schema.$id}#/$defs/relatedList`);
    const doc = readJson(at("tests", "fixtures", "related", "list.json"));
    assert.ok(Array.isArray(doc) && doc.length === 8, "an array of 8 stories");
    assert.ok(validate(doc), describeErrors(validate.errors));
    // It is not an article.
    assert.equal(validateAll(doc), false);
  });
});

// ---- documents that must fail, at the expected path ----------------------------------------------

describe("invalid fixtures", () => {
  const dir = at("tests", "fixtures", "invalid");
  const expected = readJson(path.join(dir, "expected.json"));
  const files = jsonFiles(dir).filter((name) => name !== "expected.json");

  test("expected.json lists exactly the invalid files", () => {
    assert.deepEqual(Object.keys(expected).sort(), files);
    assert.ok(files.length >= 12, `only ${files.length}`);
  });

  for (const name of files) {
    test(`invalid/${name} -> "${expected[name]}"`, () => {
      const want = expected[name];
      assert.equal(typeof want, "string", `${name} has no expected path`);
      const doc = readJson(path.join(dir, name));

      // It fails, and the first errors name the expected path.
      assert.equal(validateFirst(doc), false, `${name} should be invalid`);
      const firstPaths = validateFirst.errors.map(errorPath);
      assert.ok(
        firstPaths.includes(want),
        `${name}: expected "${want}", Ajv reported:\n${describeErrors(validateFirst.errors)}`,
      );

      // Exactly one violation: every error is at the expected path or at one of its ancestors
      // (the if/then or anyOf wrapping it); a `required` error outside an anyOf must name it.
      assert.equal(validateAll(doc), false);
      const wantSegments = pathSegments(want);
      for (const error of validateAll.errors) {
        const inAnyOf = error.schemaPath.includes("/anyOf/");
        const ok =
          error.keyword === "required" && !inAnyOf
            ? errorPath(error) === want
            : isPrefix(pointerSegments(error.instancePath), wantSegments);
        assert.ok(ok, `${name}: unexpected second violation:\n${describeErrors([error])}`);
      }
    });
  }
});

// ---- bodies that are not JSON at all ----------------------------------------------------------------

describe("broken fixtures", () => {
  const dir = at("tests", "fixtures", "broken");
  for (const name of readdirSync(dir).sort()) {
    test(`broken/${name} is not JSON`, () => {
      const text = readFileSync(path.join(dir, name), "utf8");
      assert.ok(text.length > 0, "not empty");
      assert.throws(() => JSON.parse(text), SyntaxError);
    });
  }
});
