//! Pure logic: reading time, plural rules and strings, language tags, timestamps, configuration.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may fail loudly.

use article_core::config::{default_of, percent_decode, query_for, query_param, Config};
use article_core::logic::i18n::{plural, strings, Plural};
use article_core::logic::lang::{direction_of, is_language_tag, Dir, UiLang};
use article_core::logic::reading_time::{image_seconds, reading_minutes, MinuteRange};
use article_core::logic::time::{parse_naive_utc, parse_rfc3339};

fn range(fast: u32, slow: u32) -> MinuteRange {
    MinuteRange { fast, slow }
}

#[test]
fn reading_time_by_hand() {
    // English 987 ± 118: 3000 chars → 3000/1105 = 2.71 → 3; 3000/869 = 3.45 → 3.
    assert_eq!(reading_minutes(3000, 0, "en"), range(3, 3));
    // French 998 ± 126: 3500 chars → 3500/1124 = 3.11 → 3; 3500/872 = 4.01 → 4.
    assert_eq!(reading_minutes(3500, 0, "fr-FR"), range(3, 4));
    // Japanese 357 ± 56: 800 chars → 800/413 = 1.94 → 2; 800/301 = 2.66 → 3.
    assert_eq!(reading_minutes(800, 0, "ja"), range(2, 3));
    // Arabic 612 ± 88: 2000 chars → 2000/700 = 2.86 → 3; 2000/524 = 3.82 → 4.
    assert_eq!(reading_minutes(2000, 0, "ar"), range(3, 4));
    // Chinese 255 ± 29: 1000 chars → 1000/284 = 3.52 → 4; 1000/226 = 4.42 → 4.
    assert_eq!(reading_minutes(1000, 0, "zh-Hant"), range(4, 4));
    // Unknown languages read at the English speed.
    assert_eq!(
        reading_minutes(3000, 0, "xx"),
        reading_minutes(3000, 0, "en")
    );
    // Never under a minute, even for nothing.
    assert_eq!(reading_minutes(0, 0, "en"), range(1, 1));
}

#[test]
fn images_add_seconds() {
    assert_eq!(image_seconds(0), 0);
    assert_eq!(image_seconds(1), 12);
    assert_eq!(image_seconds(3), 12 + 11 + 10);
    // 12+11+…+3 = 75 for ten images, then 3 s each.
    assert_eq!(image_seconds(10), 75);
    assert_eq!(image_seconds(12), 81);
    // English, 987 chars and 10 images: 0.89 + 1.25 = 2.14 → 2; 1.14 + 1.25 = 2.39 → 2.
    assert_eq!(reading_minutes(987, 10, "en"), range(2, 2));
}

#[test]
fn badge_and_sentence_in_four_languages() {
    let fr = strings(UiLang::Fr);
    assert_eq!(fr.minutes_short(range(3, 3)), "3\u{a0}min");
    assert_eq!(fr.minutes_short(range(3, 4)), "3–4\u{a0}min");
    assert_eq!(
        fr.minutes_long(range(1, 1)),
        "Temps de lecture\u{202F}: 1 minute"
    );
    assert_eq!(
        fr.minutes_long(range(3, 4)),
        "Temps de lecture\u{202F}: 3 à 4 minutes"
    );
    let en = strings(UiLang::En);
    assert_eq!(en.minutes_short(range(3, 4)), "3–4 min");
    assert_eq!(en.minutes_long(range(1, 1)), "Reading time: 1 minute");
    assert_eq!(en.minutes_long(range(2, 2)), "Reading time: 2 minutes");
    let ar = strings(UiLang::Ar);
    assert_eq!(ar.minutes_long(range(1, 1)), "مدة القراءة: دقيقة واحدة");
    assert_eq!(ar.minutes_long(range(2, 2)), "مدة القراءة: دقيقتان");
    assert_eq!(ar.minutes_long(range(5, 5)), "مدة القراءة: 5 دقائق");
    assert_eq!(ar.minutes_long(range(11, 11)), "مدة القراءة: 11 دقيقة");
    assert_eq!(
        ar.minutes_long(range(3, 4)),
        "مدة القراءة: من 3 إلى 4 دقائق"
    );
    let ja = strings(UiLang::Ja);
    assert_eq!(ja.minutes_short(range(3, 4)), "3〜4分");
    assert_eq!(ja.minutes_long(range(3, 3)), "読了時間：3分");
}

#[test]
fn plural_rules() {
    assert_eq!(plural(UiLang::Fr, 0), Plural::One);
    assert_eq!(plural(UiLang::Fr, 2), Plural::Other);
    assert_eq!(plural(UiLang::En, 0), Plural::Other);
    let ar: Vec<Plural> = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103]
        .iter()
        .map(|n| plural(UiLang::Ar, *n))
        .collect();
    use Plural::*;
    assert_eq!(
        ar,
        [Zero, One, Two, Few, Few, Many, Many, Other, Other, Few]
    );
    assert_eq!(plural(UiLang::Ja, 1), Plural::Other);
}

#[test]
fn names_read_as_a_sentence() {
    let join = |lang: UiLang, names: &[&str]| -> String {
        strings(lang)
            .list_separators(names.len())
            .iter()
            .zip(names)
            .map(|(sep, name)| format!("{sep}{name}"))
            .collect()
    };
    assert_eq!(join(UiLang::En, &["A"]), "A");
    assert_eq!(join(UiLang::En, &["A", "B", "C"]), "A, B and C");
    assert_eq!(join(UiLang::Fr, &["A", "B"]), "A et B");
    assert_eq!(join(UiLang::Ar, &["A", "B", "C"]), "A، B وC");
    assert_eq!(join(UiLang::Ja, &["A", "B"]), "A、B");
}

#[test]
fn french_typography_in_strings() {
    let fr = strings(UiLang::Fr);
    assert_eq!(fr.detail("HTTP 404"), "Détail\u{202F}: HTTP 404");
    assert!(!fr.error_heading.contains('\''), "typographic apostrophes");
}

#[test]
fn languages() {
    assert_eq!(direction_of("ar"), Dir::Rtl);
    assert_eq!(direction_of("he-IL"), Dir::Rtl);
    assert_eq!(direction_of("fa"), Dir::Rtl);
    assert_eq!(direction_of("az-Arab"), Dir::Rtl);
    assert_eq!(direction_of("fr-CA"), Dir::Ltr);
    assert_eq!(direction_of("ja"), Dir::Ltr);
    assert!(is_language_tag("zh-Hant-TW"));
    assert!(!is_language_tag("fr_FR"));
    assert!(!is_language_tag("\"><script>"));
    assert_eq!(UiLang::choose([None, Some("fr-BE")]), UiLang::Fr);
    assert_eq!(UiLang::choose([Some("ja"), Some("fr")]), UiLang::Ja);
    assert_eq!(UiLang::choose([Some("de"), Some("ar")]), UiLang::Ar);
    assert_eq!(UiLang::choose([Some("de"), None]), UiLang::En);
}

#[test]
fn timestamps() {
    let t = parse_rfc3339("2024-04-03T19:12:00+02:00").unwrap();
    assert_eq!(t.epoch_ms, 1_712_164_320_000.0);
    assert_eq!(
        parse_rfc3339("2024-04-03T17:12:00Z").unwrap().epoch_ms,
        t.epoch_ms
    );
    assert_eq!(
        parse_rfc3339("2024-04-03t17:12:00.250z").unwrap().epoch_ms,
        t.epoch_ms + 250.0
    );
    assert_eq!(
        parse_rfc3339("1970-01-01T00:00:00-01:30").unwrap().epoch_ms,
        5_400_000.0
    );
    assert!(parse_rfc3339("2024-02-29T00:00:00Z").is_some());
    for bad in [
        "2023-02-29T00:00:00Z",
        "2024-04-03",
        "2024-04-03T19:12:00",
        "2024-13-01T00:00:00Z",
        "2024-04-03T24:00:00Z",
        "yesterday",
        "2024-04-03T19:12:00+2:00",
        "",
        "２０２４-04-03T19:12:00Z",
    ] {
        assert!(parse_rfc3339(bad).is_none(), "{bad}");
    }
    let naive = parse_naive_utc("2024-04-03T17:12:00").unwrap();
    assert_eq!(naive.epoch_ms, t.epoch_ms);
    assert_eq!(naive.iso, "2024-04-03T17:12:00Z");
}

#[test]
fn configuration_from_attributes() {
    let attrs = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    let (config, warnings) = Config::of_element(
        "div",
        attrs(&[
            ("data-src", "/api/1.json"),
            ("data-lang", "fr"),
            ("data-related", "off"),
        ]),
        String::new,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.src, "/api/1.json");
    assert_eq!(config.lang.as_deref(), Some("fr"));
    assert!(!config.related && config.scroll_top && !config.standalone);
    assert_eq!(config.timeout_secs, 15);

    let (config, warnings) = Config::of_element(
        "div",
        attrs(&[("data-scroll-top", "nope"), ("data-timeout", "-4")]),
        String::new,
    );
    assert!(config.scroll_top);
    assert_eq!(config.timeout_secs, 15);
    assert_eq!(Some(config.src.as_str()), default_of("src"));
    assert_eq!(warnings.len(), 3, "{warnings:?}");
}

#[test]
fn query_strings() {
    assert_eq!(Some(Config::standalone("").src.as_str()), default_of("src"));
    assert_eq!(
        Config::standalone("?src=a%2Fb.json&lang=ar").src,
        "a/b.json"
    );
    assert_eq!(Config::standalone("?lang=ar").lang.as_deref(), Some("ar"));
    assert_eq!(query_param("?a=1&src=x+y", "src").as_deref(), Some("x y"));
    assert_eq!(query_param("?src", "src").as_deref(), Some(""));
    assert_eq!(percent_decode("%E2%80%AF%zz%"), "\u{202F}%zz%");
    assert_eq!(query_for("demo/en.json"), "?src=demo/en.json");
    assert_eq!(query_for("a b&c=é"), "?src=a%20b%26c%3D%C3%A9");
    assert_eq!(
        query_param(&query_for("https://x.example/a?b=1&c=2"), "src").as_deref(),
        Some("https://x.example/a?b=1&c=2")
    );
}

#[test]
fn relative_urls_resolve_against_the_article() {
    use article_core::logic::url::resolve;
    let base = "https://n.example/api/articles/12.json?v=2#x";
    let cases = [
        (
            "img/lead.svg",
            "https://n.example/api/articles/img/lead.svg",
        ),
        ("../related.json", "https://n.example/api/related.json"),
        ("../../../../up.json", "https://n.example/up.json"),
        ("./a/./b/../c", "https://n.example/api/articles/a/c"),
        ("/fr/story", "https://n.example/fr/story"),
        ("//cdn.example/i.png", "https://cdn.example/i.png"),
        ("?page=2", "https://n.example/api/articles/12.json?page=2"),
        ("#top", "https://n.example/api/articles/12.json?v=2#top"),
        (
            "other.json?x=1#y",
            "https://n.example/api/articles/other.json?x=1#y",
        ),
        ("https://elsewhere.example/a", "https://elsewhere.example/a"),
        ("mailto:desk@n.example", "mailto:desk@n.example"),
        ("", "https://n.example/api/articles/12.json?v=2"),
    ];
    for (reference, want) in cases {
        assert_eq!(resolve(base, reference), want, "{reference}");
    }
    assert_eq!(
        resolve("http://127.0.0.1:8080/", "demo/fr.json"),
        "http://127.0.0.1:8080/demo/fr.json"
    );
    assert_eq!(
        resolve("http://h.example", "a.json"),
        "http://h.example/a.json"
    );
    // Without an absolute base nothing changes.
    assert_eq!(resolve("demo/fr.json", "img/a.svg"), "img/a.svg");
}

mod share {
    use article_core::logic::share_links::*;

    #[test]
    fn encoding_is_encode_uri_component() {
        assert_eq!(encode("a b&c#d?e=f+g/h"), "a%20b%26c%23d%3Fe%3Df%2Bg%2Fh");
        assert_eq!(encode("l'été (2026)!*~"), "l'%C3%A9t%C3%A9%20(2026)!*~");
        assert_eq!(encode("🚋"), "%F0%9F%9A%8B");
        assert_eq!(encode("مكتبة"), "%D9%85%D9%83%D8%AA%D8%A8%D8%A9");
        assert_eq!(encode("\u{202E}x"), "%E2%80%AEx");
    }

    #[test]
    fn network_urls() {
        let shared = Shared {
            title: "Tram & nuit #T5?",
            text: "Dès vendredi",
            url: "https://n.example/a?b=1&c=2#x",
        };
        let url = "https%3A%2F%2Fn.example%2Fa%3Fb%3D1%26c%3D2%23x";
        let title = "Tram%20%26%20nuit%20%23T5%3F";
        assert_eq!(
            share_url(ShareTarget::X, &shared).unwrap(),
            format!("https://x.com/intent/post?text={title}&url={url}")
        );
        assert_eq!(
            share_url(ShareTarget::Facebook, &shared).unwrap(),
            format!("https://www.facebook.com/sharer/sharer.php?u={url}")
        );
        assert_eq!(
            share_url(ShareTarget::Linkedin, &shared).unwrap(),
            format!("https://www.linkedin.com/sharing/share-offsite/?url={url}")
        );
        assert_eq!(
            share_url(ShareTarget::Whatsapp, &shared).unwrap(),
            format!("https://wa.me/?text={title}%20{url}")
        );
        assert_eq!(
            share_url(ShareTarget::Telegram, &shared).unwrap(),
            format!("https://t.me/share/url?url={url}&text={title}")
        );
        assert_eq!(
            share_url(ShareTarget::Bluesky, &shared).unwrap(),
            format!("https://bsky.app/intent/compose?text={title}%20{url}")
        );
        assert_eq!(
            share_url(ShareTarget::Reddit, &shared).unwrap(),
            format!("https://www.reddit.com/submit?url={url}&title={title}")
        );
        assert_eq!(
            share_url(ShareTarget::Email, &shared).unwrap(),
            format!("mailto:?subject={title}&body=D%C3%A8s%20vendredi%0A%0A{url}")
        );
        for action in [ShareTarget::Native, ShareTarget::Copy, ShareTarget::Print] {
            assert_eq!(share_url(action, &shared), None);
        }
    }

    #[test]
    fn rtl_titles_survive_round_trip() {
        let shared = Shared {
            title: "مكتبة سروان",
            text: "",
            url: "https://n.example/ar",
        };
        let x = share_url(ShareTarget::X, &shared).unwrap();
        assert!(x.contains("text=%D9%85%D9%83%D8%AA%D8%A8%D8%A9%20"));
        assert!(x.is_ascii());
    }

    #[test]
    fn targets_from_data_share() {
        assert_eq!(parse_targets(None).0, DEFAULT_TARGETS.to_vec());
        let (targets, unknown) = parse_targets(Some(" email, copy,EMAIL, myspace ,print,,x"));
        assert_eq!(
            targets,
            [
                ShareTarget::Email,
                ShareTarget::Copy,
                ShareTarget::Print,
                ShareTarget::X
            ]
        );
        assert_eq!(unknown, ["myspace"]);
        assert_eq!(parse_targets(Some("")).0, []);
    }

    #[test]
    fn names_put_the_platform_first() {
        use article_core::logic::i18n::strings;
        use article_core::logic::lang::UiLang;
        let fr = strings(UiLang::Fr);
        assert_eq!(
            fr.share_name(ShareTarget::Facebook),
            "Facebook, partager cet article"
        );
        assert_eq!(
            fr.share_name(ShareTarget::Email),
            "E-mail, partager cet article"
        );
        assert_eq!(fr.share_name(ShareTarget::Copy), "Copier le lien");
        assert_eq!(
            strings(UiLang::En).share_name(ShareTarget::Linkedin),
            "LinkedIn, share this article"
        );
        assert_eq!(
            strings(UiLang::Ja).share_name(ShareTarget::X),
            "Xでこの記事を共有"
        );
    }

    #[test]
    fn page_url_loses_its_noise() {
        assert_eq!(
            clean_page_url("https://n.example/a?utm_source=x&id=4&fbclid=9#top"),
            "https://n.example/a?id=4"
        );
        assert_eq!(
            clean_page_url("https://n.example/a?utm_medium=x"),
            "https://n.example/a"
        );
        assert_eq!(
            clean_page_url("https://n.example/?src=demo/en.json"),
            "https://n.example/?src=demo/en.json"
        );
    }
}

#[test]
fn body_progress() {
    use article_core::logic::progress::body_progress;
    assert_eq!(body_progress(200.0, 3000.0, 800.0), 0.0);
    assert_eq!(body_progress(0.0, 3000.0, 800.0), 0.0);
    assert_eq!(body_progress(-1100.0, 3000.0, 800.0), 0.5);
    assert_eq!(body_progress(-2200.0, 3000.0, 800.0), 1.0);
    assert_eq!(body_progress(-9000.0, 3000.0, 800.0), 1.0);
    assert_eq!(
        body_progress(-2199.4, 3000.0, 800.0),
        1.0,
        "less than a pixel to go is the end"
    );
    assert!(body_progress(-2198.0, 3000.0, 800.0) < 1.0);
    assert_eq!(
        body_progress(100.0, 300.0, 800.0),
        1.0,
        "a short body is read once in view"
    );
    assert_eq!(body_progress(900.0, 300.0, 800.0), 0.0);
}

#[test]
fn reading_milestones_are_reported_once_each_in_order() {
    use article_core::logic::progress::Milestones;
    let mut m = Milestones::default();
    assert!(m.reach(0.0).is_empty());
    assert!(m.reach(0.2499).is_empty(), "24.99 % is not 25 %");
    assert_eq!(m.reach(0.25), [25]);
    assert!(m.reach(0.3).is_empty());
    assert!(m.reach(0.1).is_empty(), "going back reports nothing");
    assert!(m.reach(0.4).is_empty(), "25 % is not reported twice");
    assert_eq!(
        m.reach(1.0),
        [50, 75, 100],
        "a jump reports each milestone passed"
    );
    assert!(m.done());
    assert!(m.reach(1.0).is_empty());
    let mut short = Milestones::default();
    assert_eq!(short.reach(1.0), [25, 50, 75, 100]);
    // Float noise at exactly three quarters still counts.
    let mut noisy = Milestones::default();
    assert_eq!(noisy.reach(0.1 + 0.2 + 0.45 - 1e-12), [25, 50, 75]);
}

#[test]
fn visible_time_counts_only_visible_periods() {
    use article_core::logic::progress::VisibleTime;
    let mut clock = VisibleTime::start(1000.0, true);
    assert_eq!(clock.at(1500.0), 500.0);
    clock.set_visible(false, 3000.0);
    assert_eq!(clock.at(9000.0), 2000.0, "hidden time does not count");
    clock.set_visible(false, 9500.0);
    clock.set_visible(true, 10_000.0);
    clock.set_visible(true, 10_500.0);
    assert_eq!(clock.at(11_000.0), 3000.0);
    let hidden = VisibleTime::start(0.0, false);
    assert_eq!(
        hidden.at(5000.0),
        0.0,
        "a reader opened in a background tab"
    );
    assert_eq!(
        VisibleTime::start(100.0, true).at(50.0),
        0.0,
        "a clock never runs backwards"
    );
}

#[test]
fn display_preferences_round_trip_and_tolerate_junk() {
    use article_core::logic::display::{Align, Display, Font, Theme, SIZES};
    let d = Display {
        size: 3,
        spacing: 2,
        theme: Theme::Sepia,
        font: Font::Legible,
        width: 2,
        letters: 1,
        words: 2,
        align: Align::Justify,
    };
    assert_eq!(Display::from_storage(&d.to_storage()), d);
    // What an earlier version stored still reads, with the type controls at their defaults.
    let before = Display::from_storage("size=3;spacing=2;theme=sepia");
    assert_eq!(
        (before.size, before.theme, before.font, before.width),
        (3, Theme::Sepia, Font::Site, 1)
    );
    assert_eq!(
        Display::from_storage("font=comic;width=9;letters=-1;words=3;align=center"),
        Display::default()
    );
    assert_eq!(Display::from_storage(""), Display::default());
    assert_eq!(
        Display::from_storage("size=99;theme=neon;spacing=x;junk"),
        Display::default()
    );
    assert_eq!(Display::from_storage(" theme = dark ").theme, Theme::Dark);
    let mut big = Display::default();
    for _ in 0..10 {
        big = big.larger();
    }
    assert_eq!(big.size, SIZES - 1);
    assert_eq!(Display::default().smaller().smaller().size, 0);
}

#[test]
fn relative_times_for_recent_articles() {
    use article_core::logic::time::{relative_to, RelativeUnit::*};
    let now = 1_800_000_000_000.0;
    let ago = |minutes: f64| relative_to(now, now - minutes * 60_000.0);
    assert_eq!(ago(0.2), Some((0, Minute)));
    assert_eq!(ago(5.5), Some((-5, Minute)));
    assert_eq!(ago(59.9), Some((-59, Minute)));
    assert_eq!(ago(60.0), Some((-1, Hour)));
    assert_eq!(ago(150.0), Some((-2, Hour)));
    assert_eq!(ago(23.0 * 60.0 + 59.0), Some((-23, Hour)));
    assert_eq!(ago(24.0 * 60.0), None);
    assert_eq!(
        ago(-0.5),
        Some((0, Minute)),
        "a little clock skew reads as now"
    );
    assert_eq!(ago(-10.0), None);
}

mod text_fragments {
    use article_core::logic::text_fragment::{directives, find, for_quote, TextDirective};

    const TEXT: &str = "Le tram de nuit roulera dès lundi.\nLa mairie l'a confirmé : « le tram de nuit roulera jusqu'à deux heures ».\nSous-titre - et virgules, aussi & plus";

    fn quote(text: &str, needle: &str, nth: usize) -> std::ops::Range<usize> {
        let (at, _) = text.match_indices(needle).nth(nth).unwrap();
        at..at + needle.len()
    }

    #[test]
    fn a_unique_quote_is_linked_by_itself() {
        let d = for_quote(TEXT, quote(TEXT, "mairie", 0)).unwrap();
        assert_eq!(d.to_fragment(), "text=mairie");
        assert_eq!(find(TEXT, &d), Some(quote(TEXT, "mairie", 0)));
    }

    #[test]
    fn a_repeated_quote_takes_the_words_before_it_until_unique() {
        let second = quote(TEXT, "tram de nuit roulera", 1);
        let d = for_quote(TEXT, second.clone()).unwrap();
        // "le" alone also precedes the first one (matching ignores case): two words it is.
        assert_eq!(d.prefix.as_deref(), Some("« le"));
        assert_eq!(
            d.to_fragment(),
            "text=%C2%AB%20le-,tram%20de%20nuit%20roulera"
        );
        assert_eq!(find(TEXT, &d), Some(second));
        // The first one needs no context: the first match wins.
        let first = quote(TEXT, "tram de nuit roulera", 0);
        assert_eq!(for_quote(TEXT, first).unwrap().prefix, None);
    }

    #[test]
    fn context_is_taken_after_when_before_is_not_enough() {
        let text = "alpha beta gamma.\nalpha beta delta.";
        let second = quote(text, "alpha beta", 1);
        let d = for_quote(text, second.clone()).unwrap();
        assert_eq!(
            (d.prefix.as_deref(), d.suffix.as_deref()),
            (None, Some("delta."))
        );
        assert_eq!(d.to_fragment(), "text=alpha%20beta,-delta.");
        assert_eq!(find(text, &d), Some(second));
    }

    #[test]
    fn a_long_quote_is_linked_by_its_first_and_last_words() {
        let text = "un deux trois quatre cinq six sept huit neuf dix onze douze treize";
        let d = for_quote(text, 3..text.len()).unwrap();
        assert_eq!(d.start, "deux trois quatre cinq");
        assert_eq!(d.end.as_deref(), Some("dix onze douze treize"));
        assert_eq!(find(text, &d), Some(3..text.len()));
    }

    #[test]
    fn syntax_characters_and_non_ascii_are_encoded_and_read_back() {
        let range = quote(TEXT, "Sous-titre - et virgules, aussi & plus", 0);
        let d = for_quote(TEXT, range).unwrap();
        let fragment = d.to_fragment();
        assert_eq!(
            fragment,
            "text=Sous%2Dtitre%20%2D%20et%20virgules%2C%20aussi%20%26%20plus"
        );
        let read = directives(&format!("https://n.example/a#top:~:{fragment}&other=1"));
        assert_eq!(read, vec![d]);
        let arabic = TextDirective {
            prefix: Some("قال".into()),
            start: "«المدينة»".into(),
            end: None,
            suffix: None,
        };
        let back = directives(&format!(":~:{}", arabic.to_fragment()));
        assert_eq!(back, vec![arabic]);
    }

    #[test]
    fn matching_ignores_case_and_whitespace_runs_and_respects_word_boundaries() {
        let d = TextDirective::parse("TRAM%20DE%20NUIT").unwrap();
        assert_eq!(find("le  tram\n de nuit", &d), Some(4..17));
        let part = TextDirective::parse("ram").unwrap();
        assert_eq!(find("le tram", &part), None, "not inside a word");
        // Japanese has no spaces: any character may start a match.
        let ja = TextDirective::parse("%E5%A4%9C%E8%A1%8C").unwrap();
        let text = "市電の夜行便が走る";
        assert_eq!(ja.start, "夜行");
        assert_eq!(find(text, &ja), Some(quote(text, "夜行", 0)));
    }

    #[test]
    fn malformed_directives_are_ignored() {
        for bad in [
            ":~:text=",
            ":~:text=a,b,c",
            ":~:text=-,",
            ":~:text=%20",
            "#no-directive",
            ":~:texte=a",
        ] {
            assert_eq!(directives(bad), vec![], "{bad}");
        }
        let both = directives(":~:text=un-,deux,trois,-quatre");
        assert_eq!(
            both,
            vec![TextDirective {
                prefix: Some("un".into()),
                start: "deux".into(),
                end: Some("trois".into()),
                suffix: Some("quatre".into()),
            }]
        );
        let first = both.first().unwrap();
        assert_eq!(find("un deux x trois quatre", first), Some(3..15));
        assert_eq!(find("un deux x trois cinq", first), None);
    }

    #[test]
    fn a_whitespace_selection_makes_no_link() {
        assert_eq!(for_quote("a  b", 1..3), None);
    }
}

#[test]
fn contents_nest_level_three_headings_under_level_two_and_need_three() {
    use article_core::logic::contents::{current, outline, Entry};
    let e = |block, text: &str, children| Entry {
        block,
        text: text.into(),
        children,
    };
    let headings = [
        (1, 3, "Avant-propos"),
        (3, 2, "Le tracé"),
        (5, 3, "  Les  arrêts "),
        (7, 4, "Détail"),
        (8, 3, "Les horaires"),
        (10, 2, "Le budget"),
        (12, 2, "   "),
    ];
    assert_eq!(
        outline(headings),
        vec![
            e(1, "Avant-propos", vec![]),
            e(
                3,
                "Le tracé",
                vec![e(5, "Les arrêts", vec![]), e(8, "Les horaires", vec![])]
            ),
            e(10, "Le budget", vec![]),
        ]
    );
    assert_eq!(
        outline([(0, 2, "Un"), (2, 3, "Deux"), (4, 4, "Trois")]),
        vec![]
    );
    let at = |tops: &[f64]| {
        let tops = tops.to_vec();
        current(tops.len(), 100.0, move |i| {
            tops.get(i).copied().unwrap_or(f64::INFINITY)
        })
    };
    assert_eq!(at(&[120.0, 900.0, 2000.0]), None);
    assert_eq!(at(&[-400.0, 90.0, 2000.0]), Some(1));
    assert_eq!(at(&[-4000.0, -900.0, -20.0]), Some(2));
    assert_eq!(at(&[]), None);
    let many: Vec<f64> = (0..1000).map(|i| f64::from(i) * 50.0 - 20_000.0).collect();
    assert_eq!(at(&many), Some(402));
}

#[test]
fn resume_places_are_capped_most_recent_first_and_survive_junk() {
    use article_core::logic::resume::{Places, MAX_ARTICLES};
    let mut places = Places::default();
    for n in 0..MAX_ARTICLES + 5 {
        places.set(&format!("article-{n}"), n);
    }
    assert_eq!(places.get("article-0"), None, "the oldest are dropped");
    assert_eq!(places.get("article-54"), Some(54));
    places.set("article-5", 7); // read again: most recent, not dropped next
    places.set("new", 3);
    assert_eq!(places.get("article-5"), Some(7));
    assert_eq!(places.get("article-6"), None);
    let stored = places.to_storage();
    assert!(stored.starts_with("3\tnew\n7\tarticle-5\n"), "{stored}");
    assert_eq!(Places::from_storage(&stored), places);
    places.forget("new");
    assert_eq!(places.get("new"), None);
    let read = Places::from_storage("x\tbad\n4\n\t\n12\ttab\tid\n9\tok\n1\tok");
    assert_eq!(
        (read.get("tab id"), read.get("ok"), read.get("bad")),
        (Some(12), Some(9), None)
    );
    let mut odd = Places::default();
    odd.set("line\nbreak", 2);
    assert_eq!(
        Places::from_storage(&odd.to_storage()).get("line\nbreak"),
        Some(2)
    );
}

#[test]
fn listen_speeds_and_voice_choices() {
    use article_core::logic::listen::{speaks, speed_label, VoiceChoices, NORMAL_SPEED, SPEEDS};
    let labels: Vec<String> = SPEEDS.iter().map(|s| speed_label(*s)).collect();
    assert_eq!(
        labels,
        ["0.5×", "0.75×", "1×", "1.25×", "1.5×", "1.75×", "2×"]
    );
    assert_eq!(SPEEDS.get(NORMAL_SPEED), Some(&1.0));
    let mut choices = VoiceChoices::default();
    choices.set("fr-FR", "urn:voice:amélie");
    choices.set("ja", "Kyoko");
    choices.set("FR-ca", "urn:voice:thomas");
    assert_eq!(
        choices.get("fr"),
        Some("urn:voice:thomas"),
        "one choice per language"
    );
    assert_eq!(choices.get("ja-JP"), Some("Kyoko"));
    assert_eq!(choices.get("ar"), None);
    let read = VoiceChoices::from_storage(&choices.to_storage());
    assert_eq!(read, choices);
    assert_eq!(
        VoiceChoices::from_storage("junk\n\tx\nen\t\nar\tMaged").get("ar"),
        Some("Maged")
    );
    assert!(speaks("fr-CA", "fr") && speaks("ja_JP", "ja") && !speaks("en-US", "fr"));
}

#[test]
fn listen_word_lengths_in_utf16_units() {
    use article_core::logic::listen::word_length;
    assert_eq!(word_length("Le chat dort", 3), 4);
    assert_eq!(
        word_length("Le chat dort", 8),
        4,
        "the last word runs to the end"
    );
    assert_eq!(word_length("Le chat", 2), 0, "a space starts no word");
    assert_eq!(
        word_length("😀x y", 0),
        3,
        "a surrogate pair counts two units"
    );
    assert_eq!(word_length("abc", 9), 0, "past the end");
}

#[test]
fn utf16_offsets_and_byte_indices() {
    use article_core::logic::utf16::{byte_index, slice, utf16_index};
    let text = "é😀a";
    // é: 2 bytes, 1 unit; 😀: 4 bytes, 2 units; a: 1 byte, 1 unit.
    assert_eq!(
        (0..=5).map(|u| byte_index(text, u)).collect::<Vec<_>>(),
        [0, 2, 6, 6, 7, 7],
        "inside the pair rounds up; past the end is the length"
    );
    assert_eq!([0, 2, 6, 7].map(|b| utf16_index(text, b)), [0, 1, 3, 4]);
    for units in [0, 1, 3, 4] {
        assert_eq!(utf16_index(text, byte_index(text, units)), units);
    }
    assert_eq!(slice(text, 1, 3), "😀");
    assert_eq!(slice(text, 3, 9), "a");
    assert_eq!(slice("", 0, 2), "");
}
