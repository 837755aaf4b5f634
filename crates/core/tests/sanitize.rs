//! The HTML allowlist: what survives, what is unwrapped, what vanishes, and hostile input.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may fail loudly.

use article_core::sanitize::*;

// ---------------------------------------------------------------------------------------------
// Helpers

fn rich(html: &str) -> Vec<Node> {
    sanitize(html, Subset::Rich)
}

fn inline(html: &str) -> Vec<Node> {
    sanitize(html, Subset::Inline)
}

fn text(s: &str) -> Node {
    Node::Text(s.to_owned())
}

fn el(tag: Tag, attrs: Vec<Attr>, children: Vec<Node>) -> Node {
    Node::Element {
        tag,
        attrs,
        children,
    }
}

/// A compact, unambiguous rendering of a tree for assertions (text is escaped).
fn show(nodes: &[Node]) -> String {
    let mut out = String::new();
    for node in nodes {
        match node {
            Node::Text(t) => out.push_str(&t.replace('&', "&amp;").replace('<', "&lt;")),
            Node::Element {
                tag,
                attrs,
                children,
            } => {
                out.push('<');
                out.push_str(tag.name());
                for attr in attrs {
                    out.push_str(&show_attr(attr));
                }
                out.push('>');
                if !tag.is_void() {
                    out.push_str(&show(children));
                    out.push_str(&format!("</{}>", tag.name()));
                }
            }
        }
    }
    out
}

fn show_attr(attr: &Attr) -> String {
    match attr {
        Attr::Href(v) => format!(" href=\"{v}\""),
        Attr::Title(v) => format!(" title=\"{v}\""),
        Attr::Lang(v) => format!(" lang=\"{v}\""),
        Attr::Src(v) => format!(" src=\"{v}\""),
        Attr::Alt(v) => format!(" alt=\"{v}\""),
        Attr::Width(v) => format!(" width=\"{v}\""),
        Attr::Height(v) => format!(" height=\"{v}\""),
        Attr::Id(v) => format!(" id=\"{v}\""),
    }
}

fn rich_shown(html: &str) -> String {
    show(&rich(html))
}

fn inline_shown(html: &str) -> String {
    show(&inline(html))
}

/// Every element of a tree, iteratively, with its depth (1 = top level).
fn elements(nodes: &[Node]) -> Vec<(Tag, usize, Vec<Attr>)> {
    let mut out = Vec::new();
    let mut stack = vec![(nodes.iter(), 1usize)];
    while let Some((level, depth)) = stack.last_mut() {
        let depth = *depth;
        match level.next() {
            None => {
                stack.pop();
            }
            Some(Node::Text(_)) => {}
            Some(Node::Element {
                tag,
                attrs,
                children,
            }) => {
                out.push((*tag, depth, attrs.clone()));
                stack.push((children.iter(), depth + 1));
            }
        }
    }
    out
}

fn max_depth(nodes: &[Node]) -> usize {
    elements(nodes)
        .iter()
        .map(|(_, d, _)| *d)
        .max()
        .unwrap_or(0)
}

fn has_tag(nodes: &[Node], tag: Tag) -> bool {
    elements(nodes).iter().any(|(t, _, _)| *t == tag)
}

// ---------------------------------------------------------------------------------------------
// Allowlist: kept elements and attributes

#[test]
fn inline_elements_are_kept() {
    let html = "<a href=\"https://example.org/\">a</a><em>b</em><strong>c</strong><i>d</i><b>e</b>\
                f<br>g<cite>h</cite><q>i</q><abbr title=\"T\">j</abbr><sub>k</sub><sup>l</sup>\
                <code>m</code><mark>n</mark><span lang=\"fr\">o</span>";
    let expected = "<a href=\"https://example.org/\">a</a><em>b</em><strong>c</strong><i>d</i>\
                    <b>e</b>f<br>g<cite>h</cite><q>i</q><abbr title=\"T\">j</abbr><sub>k</sub>\
                    <sup>l</sup><code>m</code><mark>n</mark><span lang=\"fr\">o</span>";
    assert_eq!(inline_shown(html), expected);
    assert_eq!(rich_shown(html), expected);
}

#[test]
fn rich_block_elements_are_kept() {
    let html = "<h2>A</h2><h3>B</h3><h4>C</h4><h5>D</h5><h6>E</h6><p>F</p>\
                <blockquote><p>G</p></blockquote><ul><li>H</li></ul><ol><li>I</li></ol>\
                <figure><img src=\"/a.png\" alt=\"J\"><figcaption>K</figcaption></figure>\
                <table><thead><tr><th>L</th></tr></thead><tbody><tr><td>M</td></tr></tbody></table>\
                <pre>N</pre><hr>";
    let expected = "<h2>A</h2><h3>B</h3><h4>C</h4><h5>D</h5><h6>E</h6><p>F</p>\
                    <blockquote><p>G</p></blockquote><ul><li>H</li></ul><ol><li>I</li></ol>\
                    <figure><img src=\"/a.png\" alt=\"J\"><figcaption>K</figcaption></figure>\
                    <table><thead><tr><th>L</th></tr></thead><tbody><tr><td>M</td></tr></tbody>\
                    </table><pre>N</pre><hr>";
    assert_eq!(rich_shown(html), expected);
}

#[test]
fn typed_tree_shape() {
    assert_eq!(
        rich("<p>Hi <a href=\"/x\">there</a></p>"),
        vec![el(
            Tag::P,
            vec![],
            vec![
                text("Hi "),
                el(Tag::A, vec![Attr::Href("/x".into())], vec![text("there")])
            ]
        )]
    );
}

#[test]
fn img_keeps_src_alt_width_height_in_that_order() {
    let nodes =
        rich("<img height=\"200\" alt=\"A cat\" width=\"300\" src=\"https://x.org/c.jpg\">");
    assert_eq!(
        nodes,
        vec![el(
            Tag::Img,
            vec![
                Attr::Src("https://x.org/c.jpg".into()),
                Attr::Alt("A cat".into()),
                Attr::Width(300),
                Attr::Height(200)
            ],
            vec![]
        )]
    );
}

/// An image without `alt` would be announced by its file name: it is marked decorative.
#[test]
fn img_alt_empty_is_kept_and_absent_alt_is_decorative() {
    assert_eq!(
        rich_shown("<img src=/a.png alt=\"\">"),
        "<img src=\"/a.png\" alt=\"\">"
    );
    assert_eq!(
        rich_shown("<img src=/a.png alt>"),
        "<img src=\"/a.png\" alt=\"\">"
    );
    assert_eq!(
        rich_shown("<img src=/a.png>"),
        "<img src=\"/a.png\" alt=\"\">"
    );
}

#[test]
fn img_dimensions_must_be_positive_integers_up_to_10000() {
    let cases = [
        ("1", Some(1)),
        ("10000", Some(10000)),
        (" 640 ", Some(640)),
        ("007", Some(7)),
        ("0", None),
        ("10001", None),
        ("99999999999999999999", None),
        ("12px", None),
        ("-5", None),
        ("+5", None),
        ("1.5", None),
        ("50%", None),
        ("", None),
        ("abc", None),
    ];
    for (value, expected) in cases {
        let nodes = rich(&format!(
            "<img src=/a.png width=\"{value}\" height=\"{value}\">"
        ));
        let expected_attrs: Vec<Attr> = [Attr::Src("/a.png".into()), Attr::Alt(String::new())]
            .into_iter()
            .chain(expected.map(Attr::Width))
            .chain(expected.map(Attr::Height))
            .collect();
        assert_eq!(
            nodes,
            vec![el(Tag::Img, expected_attrs, vec![])],
            "{value:?}"
        );
    }
}

#[test]
fn img_without_safe_src_is_dropped() {
    assert_eq!(rich_shown("a<img alt=\"no src\">b"), "ab");
    assert_eq!(rich_shown("a<img src=\"\">b"), "ab");
    assert_eq!(
        rich_shown("a<img src=\"javascript:alert(1)\" alt=x>b"),
        "ab"
    );
    assert_eq!(
        rich_shown("a<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">b"),
        "ab"
    );
}

#[test]
fn img_onerror_is_dropped() {
    assert_eq!(
        rich("<img src=x onerror=alert(1)>"),
        vec![el(
            Tag::Img,
            vec![Attr::Src("x".into()), Attr::Alt(String::new())],
            vec![]
        )]
    );
    assert_eq!(
        rich("<img src=x onerror=\"alert(1)\" onload='alert(2)' srcset=\"javascript:1 1x\">"),
        vec![el(
            Tag::Img,
            vec![Attr::Src("x".into()), Attr::Alt(String::new())],
            vec![]
        )]
    );
}

#[test]
fn img_slash_separated_attributes() {
    // `/` separates attributes; an unquoted value runs to whitespace or `>`.
    let nodes = rich("<img/src=x/onerror=alert(1)>");
    assert_eq!(elements(&nodes).len(), 1);
    assert_eq!(
        nodes,
        vec![el(
            Tag::Img,
            vec![
                Attr::Src("x/onerror=alert(1)".into()),
                Attr::Alt(String::new())
            ],
            vec![]
        )]
    );
    assert_eq!(
        rich_shown("<img src=\"/a\"/onerror=alert(1)>"),
        "<img src=\"/a\" alt=\"\">"
    );
}

#[test]
fn disallowed_attributes_are_dropped() {
    let html = "<p class=c id=i style=\"color:red\" data-x=1 title=t lang=en>x</p>\
                <span title=t class=c style=\"x\" lang=\"de\">y</span>\
                <abbr lang=en title=\"World Wide Web\" class=c>WWW</abbr>\
                <a href=/x target=_blank rel=noopener title=t download ping=/p>z</a>\
                <img src=/i.png srcset=\"/j.png 2x\" loading=lazy usemap=#m ismap>";
    assert_eq!(
        rich_shown(html),
        "<p id=\"i\">x</p><span lang=\"de\">y</span><abbr title=\"World Wide Web\">WWW</abbr>\
         <a href=\"/x\">z</a><img src=\"/i.png\" alt=\"\">"
    );
}

#[test]
fn event_handlers_are_dropped_on_every_kept_tag() {
    let handlers = "onclick=\"alert(1)\" onmouseover='alert(2)' onfocus=alert(3) onerror=x \
                    onload=y onanimationstart=z ONCLICK=w";
    let tags = [
        "em",
        "strong",
        "i",
        "b",
        "cite",
        "q",
        "sub",
        "sup",
        "code",
        "mark",
        "p",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "ul",
        "ol",
        "li",
        "figure",
        "figcaption",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "pre",
    ];
    for tag in tags {
        let nodes = rich(&format!("<{tag} {handlers}>x</{tag}>"));
        for (_, _, attrs) in elements(&nodes) {
            assert!(attrs.is_empty(), "{tag}: {attrs:?}");
        }
        assert_eq!(text_of(&nodes), "x", "{tag}");
    }
    assert_eq!(
        rich_shown(&format!(
            "<a href=/ok {handlers}>x</a><br {handlers}><hr {handlers}>"
        )),
        "<a href=\"/ok\">x</a><br><hr>"
    );
}

// ---------------------------------------------------------------------------------------------
// Unwrapped and dropped elements

#[test]
fn unknown_elements_are_unwrapped() {
    assert_eq!(
        rich_shown(
            "<div><section><article>a<font color=red>b</font></article></section></div>\
                    <center>c</center><my-widget x=1>d</my-widget><u>e</u><strike>f</strike>"
        ),
        "abcdef"
    );
    assert_eq!(rich_shown("<p>x<div>y</div>z</p>"), "<p>xyz</p>");
}

#[test]
fn struck_inserted_and_ruby_text_are_kept_inline() {
    // A corrected figure stays struck, not a second figure; a ruby's reading stays apart from
    // its base (issue 24).
    assert_eq!(
        inline_shown("<s>5.1</s> <del>4</del> <ins>5.2</ins> million"),
        "<s>5.1</s> <del>4</del> <ins>5.2</ins> million"
    );
    assert_eq!(
        inline_shown("<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>"),
        "<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>"
    );
    // An unclosed reading ends where the next one starts, as in a browser.
    assert_eq!(
        inline_shown("<ruby>漢<rt>かん<rt>じ</ruby>"),
        "<ruby>漢<rt>かん</rt><rt>じ</rt></ruby>"
    );
}

#[test]
fn disclosures_are_kept_in_rich_markup_only() {
    assert_eq!(
        rich_shown("<p>a<details open ontoggle=x><summary>More</summary><p>b</p></details>"),
        "<p>a</p><details><summary>More</summary><p>b</p></details>"
    );
    assert_eq!(
        inline_shown("<details><summary>More</summary>b</details>"),
        "Moreb"
    );
}

#[test]
fn author_ids_are_kept_on_any_element() {
    // Footnotes and a table of contents: their targets keep their ids (issue 24).
    assert_eq!(
        inline_shown("a<sup id=\"ref-1\"><a href=\"#fn-1\" id=l>1</a></sup>"),
        "a<sup id=\"ref-1\"><a href=\"#fn-1\" id=\"l\">1</a></sup>"
    );
    assert_eq!(
        rich_shown("<h2 id=costs>Costs</h2><ol><li id=\"fn-1\">Note</li></ol>"),
        "<h2 id=\"costs\">Costs</h2><ol><li id=\"fn-1\">Note</li></ol>"
    );
    // Not an id an element can have: blank, with white space, too long.
    let long = "x".repeat(129);
    assert_eq!(
        rich_shown(&format!(
            "<p id=\"\">a</p><p id=\"a b\">b</p><p id={long}>c</p>"
        )),
        "<p>a</p><p>b</p><p>c</p>"
    );
    assert_eq!(author_id("fn-1").as_deref(), Some("fn-1"));
    assert_eq!(author_id(&"x".repeat(128)).map(|id| id.len()), Some(128));
}

#[test]
fn self_links_in_headings_are_dropped() {
    // A permalink mark a CMS adds to each heading (issue 24, item 6); real links stay, and a
    // mark outside a heading is the author's.
    assert_eq!(
        rich_shown(
            "<h2 id=x>Costs <a href=\"#x\">¶</a></h2>\
             <h3>A <a href=\"/a\">link</a> <a href=\"#y\"><span>#</span></a><a href=#z>🔗</a></h3>\
             <h4><a href=#w> § </a>Notes</h4><p><a href=\"#z\">§</a></p>"
        ),
        "<h2 id=\"x\">Costs </h2><h3>A <a href=\"/a\">link</a> </h3><h4>Notes</h4>\
         <p><a href=\"#z\">§</a></p>"
    );
    assert_eq!(
        heading_text("Costs <a href=\"#costs\" class=anchor>🔗</a>"),
        "Costs"
    );
    assert_eq!(
        heading_text("<a href=#x>¶</a> The <a href=/x>real</a> title"),
        "The real title"
    );
    assert_eq!(heading_text("C<a href=/c>#</a>"), "C");
    assert_eq!(
        heading_text("Tom &amp; Jerry<br>again"),
        "Tom & Jerry again"
    );
}

#[test]
fn h1_is_unwrapped() {
    assert_eq!(
        rich_shown("<h1>Title</h1><h2>Sub</h2>"),
        "Title<h2>Sub</h2>"
    );
}

#[test]
fn inline_subset_unwraps_block_elements_and_images() {
    assert_eq!(
        inline_shown(
            "<p>a <em>b</em></p><h2>c</h2><img src=/x.png alt=d><ul><li>e</li></ul>\
                      <table><tr><td>f</td></tr></table><blockquote>g</blockquote><pre>h</pre><hr>"
        ),
        "a <em>b</em>cefgh"
    );
}

#[test]
fn dropped_elements_vanish_with_their_content() {
    let dropped = [
        "script", "style", "iframe", "object", "applet", "frameset", "noscript", "noembed",
        "noframes", "template", "svg", "form", "button", "select", "option", "textarea", "title",
        "head", "xmp", "video", "audio", "canvas", "portal", "dialog",
    ];
    for name in dropped {
        let html = format!("before<{name} id=x><em>secret</em> secret</{name}>after");
        assert_eq!(rich_shown(&html), "beforeafter", "{name}");
        assert_eq!(inline_shown(&html), "beforeafter", "{name}");
    }
}

#[test]
fn dropped_void_elements_do_not_swallow_what_follows() {
    for name in [
        "input", "link", "meta", "base", "source", "track", "embed", "frame",
    ] {
        let html = format!("a<{name} src=x href=y value=secret>b<em>c</em>");
        assert_eq!(rich_shown(&html), "ab<em>c</em>", "{name}");
    }
    assert_eq!(rich_shown("<svg/>after<math/>more"), "aftermore");
}

#[test]
fn nested_dropped_elements_are_counted() {
    assert_eq!(
        rich_shown("<object><object>a</object>hidden</object>shown"),
        "shown"
    );
    assert_eq!(rich_shown("<svg><svg></svg>hidden</svg>shown"), "shown");
}

#[test]
fn unclosed_dropped_element_drops_the_rest() {
    assert_eq!(rich_shown("ok<form><p>inside"), "ok");
    assert_eq!(rich_shown("ok<script>alert(1)"), "ok");
}

// ---------------------------------------------------------------------------------------------
// Raw text

#[test]
fn script_content_is_never_markup() {
    assert_eq!(
        rich_shown("<script>document.write('<p>x</p>')</script><p>y</p>"),
        "<p>y</p>"
    );
    assert_eq!(
        rich_shown("<script>if (a<b) { x = '</scr' + 'ipt>' }</script>ok"),
        "ok"
    );
    // Like a browser, the first real end tag ends the script, even inside a JS string.
    assert_eq!(
        rich_shown("<script>var s = \"</script><p>x</p>\";</script>"),
        "<p>x</p>\";"
    );
}

#[test]
fn raw_text_end_tag_is_case_insensitive_and_must_be_delimited() {
    assert_eq!(rich_shown("<SCRIPT>x</sCrIpT >after"), "after");
    assert_eq!(rich_shown("<script>x</script/>after"), "after");
    assert_eq!(
        rich_shown("<script>x</scriptx><em>no</em></script>after"),
        "after"
    );
    assert_eq!(
        rich_shown("<script type=text/javascript>x</script\n>after"),
        "after"
    );
}

#[test]
fn style_content_with_markup_is_dropped() {
    let nodes = rich("<style><img src=x onerror=alert(1)></style><p>ok</p>");
    assert!(!has_tag(&nodes, Tag::Img));
    assert_eq!(show(&nodes), "<p>ok</p>");
    assert_eq!(rich_shown("<style>a{}</style ><p>x</p>"), "<p>x</p>");
}

#[test]
fn rcdata_and_other_raw_text_elements_are_dropped() {
    for name in ["title", "textarea", "xmp", "iframe", "noembed", "noframes"] {
        let html = format!("a<{name}><img src=x onerror=alert(1)><!-- </{name}>b");
        let nodes = rich(&html);
        assert!(!has_tag(&nodes, Tag::Img), "{name}");
        assert_eq!(show(&nodes), "ab", "{name}");
    }
}

#[test]
fn plaintext_swallows_the_rest() {
    assert_eq!(rich_shown("a<plaintext></plaintext><p>b</p>"), "a");
}

#[test]
fn noscript_mxss_is_dropped_entirely() {
    let nodes = rich("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">");
    assert!(nodes.is_empty(), "{nodes:?}");
    let nodes =
        rich("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>ok");
    assert_eq!(show(&nodes), "ok");
}

#[test]
fn svg_namespace_confusion_is_dropped() {
    let cases = [
        "<svg><script>alert(1)</script></svg>",
        "<svg><style><img src=x onerror=alert(1)></style></svg>",
        "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>",
    ];
    for html in cases {
        let nodes = rich(html);
        assert!(nodes.is_empty(), "{html}: {nodes:?}");
    }
    assert_eq!(rich_shown("<p>a<svg><p>b</p></svg>c</p>"), "<p>ac</p>");
}

/// MathML is not rendered as MathML, but its text stays: the `alttext`, else the text of its
/// elements without their source annotations. Tricks that confuse a browser's parser between
/// namespaces come out as plain text at most (the tree is built node by node, never re-parsed).
#[test]
fn mathml_keeps_its_text_and_nothing_else() {
    assert_eq!(
        rich_shown("<p>Area: <math alttext=\"pi r squared\"><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></math>.</p>"),
        "<p>Area: pi r squared.</p>"
    );
    assert_eq!(
        rich_shown("<p><math><mi>x</mi><mo>+</mo><mn>1</mn><annotation encoding=\"application/x-tex\">x+1</annotation></math></p>"),
        "<p>x+1</p>"
    );
    assert_eq!(
        inline_shown("a <math display=block><semantics><mi>y</mi><annotation-xml encoding=\"MathML-Content\"><ci>y</ci></annotation-xml></semantics></math> b"),
        "a y b"
    );
    assert_eq!(
        rich_shown("<math href=\"javascript:alert(1)\">x</math>"),
        "x"
    );
    assert_eq!(rich_shown("<math alttext=\"\"/>after"), "after");
    for html in [
        "<math><mi><style><img src=x onerror=alert(1)></style></mi></math>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    ] {
        let shown = rich_shown(html);
        assert!(
            !shown.contains("<img") && !shown.contains("javascript"),
            "{html}: {shown}"
        );
    }
}

#[test]
fn form_controls_and_actions_are_dropped() {
    assert_eq!(
        rich_shown(
            "<form action=javascript:alert(1)><button formaction=javascript:alert(2)>x\
                    </button><input type=submit></form>ok"
        ),
        "ok"
    );
    assert_eq!(
        rich_shown("<iframe src=\"javascript:alert(1)\"></iframe>ok"),
        "ok"
    );
    assert_eq!(
        rich_shown("<object data=\"javascript:alert(1)\"></object>ok"),
        "ok"
    );
}

// ---------------------------------------------------------------------------------------------
// Comments and declarations

#[test]
fn comments_are_dropped() {
    assert_eq!(rich_shown("a<!-- <img src=x onerror=alert(1)> -->b"), "ab");
    assert_eq!(rich_shown("a<!---->b<!-- x --!>c<!-- -- -->d"), "abcd");
}

#[test]
fn abrupt_empty_comments_end_immediately_like_in_a_browser() {
    // `<!-->` and `<!--->` are complete (empty) comments; what follows is markup again, so the
    // image is parsed, but only with its safe attribute.
    let nodes = rich("<!--> <img src=x onerror=alert(1)> -->");
    assert_eq!(
        nodes,
        vec![
            text(" "),
            el(
                Tag::Img,
                vec![Attr::Src("x".into()), Attr::Alt(String::new())],
                vec![]
            ),
            text(" -->")
        ]
    );
    assert_eq!(rich_shown("a<!--->b"), "ab");
}

#[test]
fn unterminated_comment_drops_the_rest() {
    assert_eq!(rich_shown("a<!-- <img src=x> b"), "a");
}

#[test]
fn doctype_processing_instruction_and_cdata_are_dropped() {
    assert_eq!(rich_shown("<!DOCTYPE html><?xml version=\"1.0\"?>a"), "a");
    // In HTML content CDATA is a bogus comment that ends at the first `>`.
    let nodes = rich("<![CDATA[<img src=x onerror=alert(1)>]]>b");
    assert!(!has_tag(&nodes, Tag::Img));
    assert_eq!(show(&nodes), "]]>b");
}

// ---------------------------------------------------------------------------------------------
// Tokenizer details

#[test]
fn tag_and_attribute_names_are_case_insensitive() {
    assert_eq!(
        rich_shown("<P><A HREF=\"/x\">a</A><IMG SRC=/i.png ALT=hi><EM>b</eM></p>"),
        "<p><a href=\"/x\">a</a><img src=\"/i.png\" alt=\"hi\"><em>b</em></p>"
    );
}

#[test]
fn attribute_quoting_styles() {
    assert_eq!(
        rich_shown(
            "<a href=\"/d q\">1</a><a href='/s\"q'>2</a><a href=/u>3</a><a href = /sp >4</a>"
        ),
        "<a href=\"/d q\">1</a><a href=\"/s\"q\">2</a><a href=\"/u\">3</a><a href=\"/sp\">4</a>"
    );
    assert_eq!(rich_shown("<a href=/x/>y</a>"), "<a href=\"/x/\">y</a>");
    assert_eq!(
        rich_shown("<abbr title=\"a > b\">x</abbr>"),
        "<abbr title=\"a > b\">x</abbr>"
    );
}

#[test]
fn duplicate_attributes_first_wins() {
    assert_eq!(
        rich_shown("<a href=\"/first\" HREF=\"/second\">x</a>"),
        "<a href=\"/first\">x</a>"
    );
    assert_eq!(
        rich_shown("<a href=\"javascript:alert(1)\" href=\"/ok\">x</a>"),
        "x"
    );
}

#[test]
fn self_closing_syntax() {
    assert_eq!(rich_shown("a<br/>b<br />c<hr/>"), "a<br>b<br>c<hr>");
    // Like a browser, `/>` does not close a non-void element.
    assert_eq!(rich_shown("<em/>x"), "<em>x</em>");
    assert_eq!(rich_shown("a</br>b"), "a<br>b");
}

#[test]
fn stray_less_than_signs_are_text() {
    assert_eq!(
        rich_shown("1 < 2 and 3<4, <3 < p>x<>"),
        "1 &lt; 2 and 3&lt;4, &lt;3 &lt; p>x&lt;>"
    );
    assert_eq!(rich_shown("a</>b"), "ab");
    assert_eq!(rich_shown("a</ p>b"), "ab");
    assert_eq!(rich_shown("a</"), "a&lt;/");
    assert_eq!(rich_shown("a<"), "a&lt;");
}

#[test]
fn unterminated_tags_at_eof_are_dropped() {
    assert_eq!(rich_shown("hello <a href=\"/x"), "hello ");
    assert_eq!(rich_shown("hello <em title='x"), "hello ");
    assert_eq!(rich_shown("hello <img src=x onerror=alert(1)"), "hello ");
    assert_eq!(rich_shown("hello <em"), "hello ");
    assert_eq!(rich_shown("hello </em"), "hello ");
}

#[test]
fn nul_and_carriage_returns() {
    assert_eq!(rich_shown("a\0b"), "a\u{FFFD}b");
    assert_eq!(rich_shown("<scr\0ipt>x</scr\0ipt>"), "x");
    assert_eq!(rich_shown("a\r\nb\rc"), "a\nb\nc");
    let nodes = rich("<a href=\"/x\0y\">z</a>");
    assert_eq!(show(&nodes), "<a href=\"/x\u{FFFD}y\">z</a>");
}

#[test]
fn strange_attribute_names() {
    assert_eq!(
        rich_shown("<a href=\"/x\" <img src=y onerror=alert(1)>t</a>"),
        "<a href=\"/x\">t</a>"
    );
    assert_eq!(rich_shown("<a =href=/x>t</a>"), "t");
    assert_eq!(rich_shown("<a \"href\"=/x>t</a>"), "t");
}

// ---------------------------------------------------------------------------------------------
// Character references

#[test]
fn entities_in_text() {
    assert_eq!(
        text_of(&rich(
            "caf&eacute; &amp; cr&egrave;me &lt;b&gt; &quot;x&quot; &apos;y&apos;"
        )),
        "café & crème <b> \"x\" 'y'"
    );
    assert_eq!(text_of(&rich("&#233;&#xE9;&#XE9;&#x1F600;")), "ééé😀");
    assert_eq!(text_of(&rich("&#233 &#xe9x")), "é éx");
    assert_eq!(
        text_of(&rich("&#0;&#xD800;&#x110000;&#99999999999999999999;")),
        "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"
    );
    assert_eq!(
        text_of(&rich("&#150;&#x93;q&#x94;")),
        "\u{2013}\u{201C}q\u{201D}"
    );
}

#[test]
fn named_entities_cover_typography_and_latin1() {
    let cases = [
        ("&nbsp;&shy;&hellip;&mdash;&ndash;", "\u{A0}\u{AD}…—–"),
        ("&laquo;&raquo;&lsaquo;&rsaquo;", "«»‹›"),
        ("&lsquo;&rsquo;&sbquo;&ldquo;&rdquo;&bdquo;", "‘’‚“”„"),
        ("&middot;&bull;&copy;&reg;&trade;&deg;", "·•©®™°"),
        ("&plusmn;&times;&divide;&euro;&pound;&yen;&cent;", "±×÷€£¥¢"),
        (
            "&sect;&para;&frac12;&frac14;&frac34;&sup1;&sup2;&sup3;",
            "§¶½¼¾¹²³",
        ),
        ("&iexcl;&iquest;", "¡¿"),
        (
            "&thinsp;&ensp;&emsp;&zwnj;&zwj;&lrm;&rlm;",
            "\u{2009}\u{2002}\u{2003}\u{200C}\u{200D}\u{200E}\u{200F}",
        ),
        (
            "&Agrave;&eacute;&egrave;&ecirc;&euml;&agrave;&acirc;&ccedil;",
            "Àéèêëàâç",
        ),
        (
            "&ocirc;&ucirc;&ugrave;&icirc;&iuml;&oelig;&OElig;&szlig;&ntilde;&yuml;",
            "ôûùîïœŒßñÿ",
        ),
        (
            "&colon;&lpar;&rpar;&sol;&bsol;&period;&comma;&excl;&quest;&semi;",
            ":()/\\.,!?;",
        ),
        ("a&Tab;b&NewLine;c", "a\tb\nc"),
    ];
    for (html, expected) in cases {
        assert_eq!(text_of(&rich(html)), expected, "{html}");
    }
}

#[test]
fn unknown_and_malformed_references_stay_literal() {
    assert_eq!(
        text_of(&rich("AT&T &bogus; & &; &# &#x; &#xg;")),
        "AT&T &bogus; & &; &# &#x; &#xg;"
    );
    // Legacy names work without `;` in text, as in browsers; others need it.
    assert_eq!(
        text_of(&rich("&copy 2024 &amp &notit; &hellip")),
        "© 2024 & ¬it; &hellip"
    );
}

#[test]
fn entities_in_attribute_values() {
    assert_eq!(
        rich_shown("<abbr title=\"Fish &amp; Chips &eacute;\">F</abbr>"),
        "<abbr title=\"Fish & Chips é\">F</abbr>"
    );
    assert_eq!(
        rich_shown("<a href=\"/s?a=1&amp;b=2&copy=3&lang=fr\">x</a>"),
        "<a href=\"/s?a=1&b=2&copy=3&lang=fr\">x</a>"
    );
}

#[test]
fn decode_entities_function() {
    assert_eq!(
        decode_entities("Tom &amp; Jerry&#8217;s &ldquo;show&rdquo;"),
        "Tom & Jerry’s “show”"
    );
    assert_eq!(decode_entities("no refs"), "no refs");
    assert_eq!(decode_entities("&lt;script&gt;"), "<script>");
    assert_eq!(decode_entities("&&amp;&"), "&&&");
    assert_eq!(decode_entities(""), "");
}

// ---------------------------------------------------------------------------------------------
// URLs

#[test]
fn safe_url_accepts_http_https_mailto_and_relative() {
    let ok = [
        "http://example.org/",
        "https://example.org/a?b=c#d",
        "HTTPS://EXAMPLE.ORG/",
        "mailto:someone@example.org",
        "MailTo:x@y.z",
        "//cdn.example.org/img.png",
        "/path/to",
        "path/to",
        "../up",
        "?q=1",
        "#frag",
        "a/b:c",
        "?x=javascript:alert(1)",
        "1javascript:alert(1)",
    ];
    for url in ok {
        assert_eq!(safe_url(url).as_deref(), Some(url), "{url}");
    }
}

#[test]
fn safe_url_keeps_phone_and_text_message_links() {
    // An emergency number, a newsroom's text line (issue 24).
    for url in [
        "tel:+33123456789",
        "TEL:112",
        "sms:+15551234567?body=hi",
        " tel:15 ",
    ] {
        assert_eq!(safe_url(url).as_deref(), Some(url.trim()), "{url:?}");
    }
    assert_eq!(
        inline_shown("<a href=\"tel:+33123456789\">Appeler</a> <a href=\"sms:112\">SMS</a>"),
        "<a href=\"tel:+33123456789\">Appeler</a> <a href=\"sms:112\">SMS</a>"
    );
}

#[test]
fn safe_url_rejects_dangerous_schemes() {
    let bad = [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\rscript:alert(1)",
        "\u{1}javascript:alert(1)",
        "\u{0}javascript:alert(1)",
        "javascript\t:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:image/png;base64,AAAA",
        "file:///etc/passwd",
        "blob:https://example.org/uuid",
        "ftp://example.org/",
        "jar:http://x!/",
        "x-javascript:1",
    ];
    for url in bad {
        assert_eq!(safe_url(url), None, "{url:?}");
    }
}

#[test]
fn safe_url_cleans_whitespace_and_rejects_controls() {
    assert_eq!(
        safe_url("  https://x.org/a \n").as_deref(),
        Some("https://x.org/a")
    );
    assert_eq!(
        safe_url("ht\ttp\ns://x.org/").as_deref(),
        Some("https://x.org/")
    );
    assert_eq!(safe_url("\u{1F}/a\u{0}").as_deref(), Some("/a"));
    assert_eq!(safe_url("https://x.org/\u{1}a"), None);
    assert_eq!(safe_url("/a\u{7F}b"), None);
    assert_eq!(safe_url(""), None);
    assert_eq!(safe_url(" \t\n "), None);
}

#[test]
fn href_scheme_tricks_are_caught_after_entity_decoding() {
    let hrefs = [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java&#x09;script:alert(1)",
        "jav&#x0A;ascript:alert(1)",
        "jav&Tab;ascript:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#0000106&#0000097vascript:alert(1)",
        "javascript&colon;alert(1)",
        "&#1;javascript:alert(1)",
        "\u{1}javascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    ];
    for href in hrefs {
        let html = format!("<a href=\"{href}\">click</a>");
        let nodes = rich(&html);
        assert_eq!(nodes, vec![text("click")], "{href:?}");
    }
}

#[test]
fn link_without_safe_href_is_unwrapped() {
    assert_eq!(
        rich_shown("<p><a name=\"anchor\">x</a> <a>y</a></p>"),
        "<p>x y</p>"
    );
    assert_eq!(
        rich_shown("<a href=\"javascript:alert(1)\"><em>z</em></a>"),
        "<em>z</em>"
    );
}

#[test]
fn mailto_and_relative_links_are_kept() {
    assert_eq!(
        inline_shown("<a href=\"mailto:a@b.c\">m</a><a href=\"#n\">n</a>"),
        "<a href=\"mailto:a@b.c\">m</a><a href=\"#n\">n</a>"
    );
}

// ---------------------------------------------------------------------------------------------
// Tree building

#[test]
fn misnested_formatting_is_closed_safely() {
    assert_eq!(
        rich("<em><strong>a</em>b</strong>"),
        vec![
            el(
                Tag::Em,
                vec![],
                vec![el(Tag::Strong, vec![], vec![text("a")])]
            ),
            text("b")
        ]
    );
}

#[test]
fn end_tags_without_open_element_are_ignored() {
    assert_eq!(rich_shown("</p></em></div>a</strong>b"), "ab");
    assert_eq!(inline_shown("<em>a</p>b</em>"), "<em>ab</em>");
}

#[test]
fn unclosed_elements_are_closed_at_eof() {
    assert_eq!(
        rich_shown("<blockquote><p><em>a<strong>b"),
        "<blockquote><p><em>a<strong>b</strong></em></p></blockquote>"
    );
}

#[test]
fn links_do_not_nest() {
    assert_eq!(
        rich_shown("<a href=/1>one<a href=/2>two</a>three</a>"),
        "<a href=\"/1\">one</a><a href=\"/2\">two</a>three"
    );
    assert_eq!(
        rich_shown("<a href=/1>one<em><a href=/2>two</a></em></a>"),
        "<a href=\"/1\">one<em></em></a><a href=\"/2\">two</a>"
    );
}

#[test]
fn block_start_tags_close_an_open_paragraph() {
    assert_eq!(rich_shown("<p>a<p>b"), "<p>a</p><p>b</p>");
    assert_eq!(
        rich_shown("<p>a<ul><li>b</ul><p>c<h2>d</h2><p>e<hr>f<p>g<table><tr><td>h</table>"),
        "<p>a</p><ul><li>b</li></ul><p>c</p><h2>d</h2><p>e</p><hr>f<p>g</p>\
         <table><tr><td>h</td></tr></table>"
    );
    assert_eq!(
        rich_shown("<p>a<blockquote>b</blockquote><p>c<pre>d</pre><p>e<figure>f</figure>"),
        "<p>a</p><blockquote>b</blockquote><p>c</p><pre>d</pre><p>e</p><figure>f</figure>"
    );
    // A `p` inside a table cell is not closed by a paragraph outside it.
    assert_eq!(
        rich_shown("<p>x<table><tr><td><p>a<p>b</td></tr></table>"),
        "<p>x</p><table><tr><td><p>a</p><p>b</p></td></tr></table>"
    );
}

#[test]
fn list_items_close_the_previous_item_of_the_same_list() {
    assert_eq!(
        rich_shown("<ul><li>a<li>b</ul>"),
        "<ul><li>a</li><li>b</li></ul>"
    );
    assert_eq!(
        rich_shown("<ul><li>a<ol><li>b<li>c</ol><li>d</ul>"),
        "<ul><li>a<ol><li>b</li><li>c</li></ol></li><li>d</li></ul>"
    );
}

#[test]
fn table_rows_and_cells_close_implicitly() {
    assert_eq!(
        rich_shown("<table><thead><tr><th>h1<th>h2<tbody><tr><td>a<td>b<tr><td>c</table>"),
        "<table><thead><tr><th>h1</th><th>h2</th></tr></thead><tbody><tr><td>a</td><td>b</td>\
         </tr><tr><td>c</td></tr></tbody></table>"
    );
}

#[test]
fn formatting_whitespace_in_tables_and_lists_is_dropped() {
    assert_eq!(
        rich_shown("<table>\n <tr>\n  <td> a </td>\n </tr>\n</table>\n<ul>\n <li>b</li>\n</ul>"),
        "<table><tr><td> a </td></tr></table>\n<ul><li>b</li></ul>"
    );
}

#[test]
fn adjacent_text_is_merged_and_empty_text_omitted() {
    assert_eq!(
        rich("a<div>b</div>c<!-- x -->d<u>e</u>&amp;"),
        vec![text("abcde&")]
    );
    assert_eq!(rich("<p></p>"), vec![el(Tag::P, vec![], vec![])]);
    assert!(rich("").is_empty());
    assert!(rich("<!-- only a comment -->").is_empty());
}

#[test]
fn pre_keeps_whitespace_but_drops_the_first_newline() {
    assert_eq!(
        rich("<pre>\n  code\n\n</pre>"),
        vec![el(Tag::Pre, vec![], vec![text("  code\n\n")])]
    );
    assert_eq!(
        rich("<pre>\n\nx</pre>"),
        vec![el(Tag::Pre, vec![], vec![text("\nx")])]
    );
}

// ---------------------------------------------------------------------------------------------
// Depth and size

#[test]
fn hundred_thousand_nested_ems_do_not_overflow() {
    let n = 100_000;
    let html = format!("{}deep{}", "<em>".repeat(n), "</em>".repeat(n));
    let nodes = rich(&html);
    assert_eq!(max_depth(&nodes), MAX_DEPTH);
    assert_eq!(elements(&nodes).len(), MAX_DEPTH);
    assert_eq!(text_of(&nodes), "deep");
    drop(nodes);
    let unclosed = rich(&"<em>x".repeat(n));
    assert_eq!(max_depth(&unclosed), MAX_DEPTH);
    assert_eq!(char_count(&unclosed), n);
}

#[test]
fn hundred_thousand_nested_divs_do_not_overflow() {
    let n = 100_000;
    let html = format!("{}deep{}", "<div>".repeat(n), "</div>".repeat(n));
    assert_eq!(rich(&html), vec![text("deep")]);
    let mixed = format!(
        "{}x",
        "<blockquote><div><ul><li><span lang=en>".repeat(n / 5)
    );
    let nodes = rich(&mixed);
    assert!(max_depth(&nodes) <= MAX_DEPTH);
    assert_eq!(text_of(&nodes), "x");
}

#[test]
fn end_tags_of_too_deep_elements_do_not_close_real_ones() {
    let html = format!("{}x{}y</em>z", "<em>".repeat(40), "</em>".repeat(39));
    let nodes = rich(&html);
    // Only the outermost `em` is still open when `y` arrives.
    let expected_inner = format!(
        "{}x{}",
        "<em>".repeat(MAX_DEPTH - 1),
        "</em>".repeat(MAX_DEPTH - 1)
    );
    assert_eq!(show(&nodes), format!("<em>{expected_inner}y</em>z"));
}

#[test]
fn void_elements_past_the_depth_limit_are_dropped() {
    let html = format!("{}a<br>b<img src=/x>", "<em>".repeat(MAX_DEPTH));
    let nodes = rich(&html);
    assert_eq!(max_depth(&nodes), MAX_DEPTH);
    assert!(!has_tag(&nodes, Tag::Img));
    assert_eq!(text_of(&nodes), "ab");
}

#[test]
fn large_input_is_handled_in_linear_time() {
    let chunk = "<p class=x>Some <em>text</em> &amp; <a href=\"/l?a=1&amp;b=2\" onclick=x>link</a>\
                 <!-- c --><script>var a = '<p>';</script><img src=/i.png alt=\"\" width=10></p>";
    let html = chunk.repeat(10_000);
    let start = std::time::Instant::now();
    let nodes = rich(&html);
    let elapsed = start.elapsed();
    assert_eq!(nodes.len(), 10_000);
    assert!(elapsed.as_secs() < 10, "took {elapsed:?}");
    // Pathological runs that could be quadratic in a naive scanner.
    let hostile = [
        "<".repeat(200_000),
        "&".repeat(200_000),
        "&#".repeat(100_000),
        format!("<!--{}", "-".repeat(200_000)),
        format!("<a {}>", "x=1 ".repeat(100_000)),
        format!("<script>{}", "</scrip".repeat(50_000)),
        "<a href=/x>".repeat(50_000),
        "<li>".repeat(100_000),
        "<td>".repeat(100_000),
    ];
    for html in hostile {
        let start = std::time::Instant::now();
        let nodes = rich(&html);
        assert!(max_depth(&nodes) <= MAX_DEPTH);
        assert!(start.elapsed().as_secs() < 10);
    }
}

// ---------------------------------------------------------------------------------------------
// Text helpers and tags

#[test]
fn text_of_and_char_count() {
    let nodes =
        rich("<p>Caf&eacute; <em>au</em><br>lait</p><ul><li>a</li></ul><img src=/x alt=hidden>");
    assert_eq!(text_of(&nodes), "Café au\nlaita");
    assert_eq!(char_count(&nodes), "Café au\nlaita".chars().count());
    assert_eq!(char_count(&nodes), 13);
    assert_eq!(text_of(&[]), "");
    assert_eq!(char_count(&[]), 0);
}

#[test]
fn plain_text_of_fragments() {
    assert_eq!(
        plain_text("  <b>Hello</b>,\n\t<i>world</i> &amp; caf&eacute;&#8217;s  "),
        "Hello, world & café’s"
    );
    assert_eq!(plain_text("Title<br>Subtitle"), "Title Subtitle");
    assert_eq!(
        plain_text("a<script>alert('x')</script>b<style>p{}</style>c"),
        "abc"
    );
    assert_eq!(plain_text("x&nbsp;y"), "x\u{A0}y");
    assert_eq!(plain_text("<h1>Big &lt;news&gt;</h1>"), "Big <news>");
    assert_eq!(plain_text(""), "");
    assert_eq!(plain_text("   \n "), "");
}

#[test]
fn tag_names_round_trip() {
    for tag in Tag::ALL {
        assert_eq!(Tag::from_name(tag.name()), Some(tag));
        assert_eq!(Tag::ALL.get(tag.index()), Some(&tag));
    }
    assert_eq!(Tag::from_name("h1"), None);
    assert_eq!(Tag::from_name("EM"), None);
    assert!(Tag::Br.is_void() && Tag::Hr.is_void() && Tag::Img.is_void());
    assert!(!Tag::P.is_void());
    assert!(Tag::Span.allowed_in(Subset::Inline));
    assert!(!Tag::P.allowed_in(Subset::Inline));
    assert!(Tag::Td.allowed_in(Subset::Rich));
}
