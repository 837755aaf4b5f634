//! Every string a reader sees or hears, one table per interface language.
//!
//! French typography uses a narrow no-break space (U+202F) before `: ; ! ?` and inside « ».

use super::lang::UiLang;
use super::reading_time::MinuteRange;
use super::share_links::ShareTarget;

/// CLDR plural categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The CLDR plural category of a whole number in a language (the rules of our four tables; the
/// browser uses the platform's `Intl.PluralRules` and falls back to these).
pub fn plural(lang: UiLang, n: u32) -> Plural {
    match lang {
        UiLang::En => {
            if n == 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
        UiLang::Fr => match n {
            0 | 1 => Plural::One,
            n if n != 0 && n % 1_000_000 == 0 => Plural::Many,
            _ => Plural::Other,
        },
        UiLang::Ar => match (n, n % 100) {
            (0, _) => Plural::Zero,
            (1, _) => Plural::One,
            (2, _) => Plural::Two,
            (_, 3..=10) => Plural::Few,
            (_, 11..=99) => Plural::Many,
            _ => Plural::Other,
        },
        UiLang::Ja => Plural::Other,
    }
}

/// The interface strings of one language.
pub struct Strings {
    pub lang: UiLang,
    /// Announced politely when loading takes a while.
    pub loading: &'static str,
    /// First sentence of every error notice.
    pub error_heading: &'static str,
    pub error_network: &'static str,
    pub error_timeout: &'static str,
    pub error_status: &'static str,
    pub error_not_json: &'static str,
    pub error_contract: &'static str,
    pub error_version: &'static str,
    /// A password-protected WordPress post.
    pub error_protected: &'static str,
    /// Prefix of the developer detail line.
    pub error_detail: &'static str,
    pub retry: &'static str,
    /// Before the author names.
    pub by: &'static str,
    /// Between the last two names of a list.
    pub and: &'static str,
    pub published: &'static str,
    pub updated: &'static str,
    pub reading_time: &'static str,
    pub about_author: &'static str,
    pub about_authors: &'static str,
    pub tags: &'static str,
    pub external_content: &'static str,
    pub opens_new_tab: &'static str,
    /// The name of a table's scrolling box (a keyboard can focus it to scroll it).
    pub table_region: &'static str,
    /// The name of a code block's scrolling box.
    pub code_region: &'static str,
    /// Before a correction note in an article's body (in the article's language).
    pub correction: &'static str,
    /// Said after a headline the reader made from the article's first words (a feed item
    /// without a title).
    pub title_from_text: &'static str,
    /// Before a clarification note in an article's body.
    pub clarification: &'static str,
    pub quote_by: &'static str,
    pub related: &'static str,
    pub back_to_top: &'static str,
    /// Name of the group of share controls.
    pub share_heading: &'static str,
    /// The native share sheet button.
    pub share_native: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    /// When the clipboard refused: the link is shown selected instead.
    pub copy_fallback: &'static str,
    /// "{platform}, share this article": `{}` is replaced by the platform's name.
    pub share_on: &'static str,
    pub email: &'static str,
    pub print: &'static str,
    /// Label of the field holding the link when copying fell back to manual.
    pub link_field: &'static str,
    /// The standalone page's skip link.
    pub skip_to_article: &'static str,
    /// The display control's button and group name.
    pub display: &'static str,
    /// The Listen control's button and player name, its buttons, and what it announces.
    pub listen: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    pub previous_paragraph: &'static str,
    pub next_paragraph: &'static str,
    pub speed: &'static str,
    pub voice: &'static str,
    pub listen_playing: &'static str,
    pub listen_paused: &'static str,
    pub listen_finished: &'static str,
    /// The voice failed (not stopped by the reader): reading stops at that sentence.
    pub listen_failed: &'static str,
    pub text_size: &'static str,
    pub smaller_text: &'static str,
    pub larger_text: &'static str,
    pub line_spacing: &'static str,
    /// Tight, normal, loose.
    pub spacings: [&'static str; 3],
    pub theme: &'static str,
    /// Automatic, light, dark, sepia, high contrast.
    pub themes: [&'static str; 5],
    pub font: &'static str,
    /// The site's, serif, sans-serif, Atkinson Hyperlegible.
    pub fonts: [&'static str; 4],
    pub line_length: &'static str,
    /// Narrow, normal, wide.
    pub line_lengths: [&'static str; 3],
    pub letter_spacing: &'static str,
    pub word_spacing: &'static str,
    /// Normal, wider, widest (letters and words).
    pub text_spacings: [&'static str; 3],
    pub alignment: &'static str,
    /// Not justified, justified.
    pub alignments: [&'static str; 2],
    /// The Display panel's Reset button, and what it announces.
    pub reset: &'static str,
    pub display_reset: &'static str,
    /// The contents navigation's name.
    pub contents: &'static str,
    /// The link back to where the reader stopped last time.
    pub resume: &'static str,
    /// The controls offered for a selected quote, their group's name, and what copying says.
    pub quote_tools: &'static str,
    pub copy_quote_link: &'static str,
    pub share_quote: &'static str,
    pub quote_link_copied: &'static str,
    /// "Text size: {} of {}".
    pub size_status: &'static str,
    /// Label separator: `": "` in English, `"\u{202F}: "` in French.
    pub colon: &'static str,
}

/// The table for an interface language.
pub fn strings(lang: UiLang) -> &'static Strings {
    match lang {
        UiLang::En => &EN,
        UiLang::Fr => &FR,
        UiLang::Ar => &AR,
        UiLang::Ja => &JA,
    }
}

static EN: Strings = Strings {
    lang: UiLang::En,
    loading: "Loading the article…",
    error_heading: "This article could not be shown.",
    error_network: "The connection failed. Check your network, then try again.",
    error_timeout: "The server took too long to answer. Try again in a moment.",
    error_status: "The server answered with an error.",
    error_not_json: "The answer was not a readable article.",
    error_contract: "The article is not in the expected format.",
    error_version: "This article uses a newer format than this reader knows.",
    error_protected: "This article is password-protected: it can only be read on the publisher’s site.",
    error_detail: "Detail",
    retry: "Try again",
    by: "By",
    and: "and",
    published: "Published",
    updated: "Updated",
    reading_time: "Reading time",
    about_author: "About the author",
    about_authors: "About the authors",
    tags: "Topics",
    external_content: "External content",
    opens_new_tab: "opens in a new tab",
    table_region: "Table",
    correction: "Correction:",
    title_from_text: " (untitled: the first words of the text)",
    clarification: "Clarification:",
    code_region: "Code",
    quote_by: "—",
    related: "Related stories",
    back_to_top: "Back to top",
    share_heading: "Share this article",
    share_native: "Share…",
    copy_link: "Copy link",
    link_copied: "Link copied",
    copy_fallback: "The link could not be copied automatically. It is selected below: press Ctrl+C (⌘C on a Mac) to copy it.",
    share_on: "{}, share this article",
    email: "Email",
    print: "Print this article",
    link_field: "Link to this article",
    skip_to_article: "Skip to the article",
    display: "Display",
    listen: "Listen",
    play: "Play",
    pause: "Pause",
    previous_paragraph: "Previous paragraph",
    next_paragraph: "Next paragraph",
    speed: "Speed",
    voice: "Voice",
    listen_playing: "Reading aloud",
    listen_paused: "Paused",
    listen_finished: "End of the article",
    listen_failed: "The voice stopped with an error",
    text_size: "Text size",
    smaller_text: "Smaller text",
    larger_text: "Larger text",
    line_spacing: "Line spacing",
    spacings: ["Tight", "Normal", "Loose"],
    theme: "Theme",
    themes: ["Automatic", "Light", "Dark", "Sepia", "High contrast"],
    font: "Font",
    fonts: ["Site font", "Serif", "Sans-serif", "Atkinson Hyperlegible"],
    line_length: "Line length",
    line_lengths: ["Short", "Normal", "Long"],
    letter_spacing: "Letter spacing",
    word_spacing: "Word spacing",
    text_spacings: ["Normal", "Wider", "Widest"],
    alignment: "Alignment",
    alignments: ["Not justified", "Justified"],
    reset: "Reset",
    display_reset: "Display settings reset",
    contents: "Contents",
    resume: "Continue where you left off",
    quote_tools: "Selected text",
    copy_quote_link: "Copy link to this quote",
    share_quote: "Share this quote",
    quote_link_copied: "Link to the quote copied",
    size_status: "Text size: {} of {}",
    colon: ": ",
};

static FR: Strings = Strings {
    lang: UiLang::Fr,
    loading: "Chargement de l’article…",
    error_heading: "Cet article n’a pas pu être affiché.",
    error_network: "La connexion a échoué. Vérifiez votre réseau, puis réessayez.",
    error_timeout: "Le serveur a mis trop de temps à répondre. Réessayez dans un instant.",
    error_status: "Le serveur a répondu par une erreur.",
    error_not_json: "La réponse reçue n’est pas un article lisible.",
    error_contract: "L’article n’est pas au format attendu.",
    error_version: "Cet article utilise un format plus récent que ce lecteur.",
    error_protected: "Cet article est protégé par un mot de passe\u{202F}: il ne peut être lu que sur le site de l’éditeur.",
    error_detail: "Détail",
    retry: "Réessayer",
    by: "Par",
    and: "et",
    published: "Publié le",
    updated: "Mis à jour le",
    reading_time: "Temps de lecture",
    about_author: "À propos de l’auteur",
    about_authors: "À propos des auteurs",
    tags: "Sujets",
    external_content: "Contenu externe",
    opens_new_tab: "s’ouvre dans un nouvel onglet",
    table_region: "Tableau",
    correction: "Correction :",
    title_from_text: " (sans titre : les premiers mots du texte)",
    clarification: "Précision :",
    code_region: "Code",
    quote_by: "—",
    related: "À lire aussi",
    back_to_top: "Retour en haut de la page",
    share_heading: "Partager cet article",
    share_native: "Partager…",
    copy_link: "Copier le lien",
    link_copied: "Lien copié",
    copy_fallback: "Le lien n’a pas pu être copié automatiquement. Il est sélectionné ci-dessous\u{202F}: appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.",
    share_on: "{}, partager cet article",
    email: "E-mail",
    print: "Imprimer cet article",
    link_field: "Lien vers cet article",
    skip_to_article: "Aller à l’article",
    display: "Affichage",
    listen: "Écouter",
    play: "Lecture",
    pause: "Pause",
    previous_paragraph: "Paragraphe précédent",
    next_paragraph: "Paragraphe suivant",
    speed: "Vitesse",
    voice: "Voix",
    listen_playing: "Lecture à voix haute",
    listen_paused: "En pause",
    listen_finished: "Fin de l’article",
    listen_failed: "La voix s’est interrompue sur une erreur",
    text_size: "Taille du texte",
    smaller_text: "Réduire le texte",
    larger_text: "Agrandir le texte",
    line_spacing: "Interlignage",
    spacings: ["Serré", "Normal", "Aéré"],
    theme: "Thème",
    themes: ["Automatique", "Clair", "Sombre", "Sépia", "Contraste élevé"],
    font: "Police",
    fonts: ["Police du site", "Avec empattements", "Sans empattements", "Atkinson Hyperlegible"],
    line_length: "Longueur des lignes",
    line_lengths: ["Courtes", "Normales", "Longues"],
    letter_spacing: "Espacement des lettres",
    word_spacing: "Espacement des mots",
    text_spacings: ["Normal", "Large", "Très large"],
    alignment: "Alignement",
    alignments: ["Non justifié", "Justifié"],
    reset: "Réinitialiser",
    display_reset: "Affichage réinitialisé",
    contents: "Sommaire",
    resume: "Reprendre là où vous en étiez",
    quote_tools: "Texte sélectionné",
    copy_quote_link: "Copier le lien vers cette citation",
    share_quote: "Partager cette citation",
    quote_link_copied: "Lien vers la citation copié",
    size_status: "Taille du texte\u{202F}: {} sur {}",
    colon: "\u{202F}: ",
};

static AR: Strings = Strings {
    lang: UiLang::Ar,
    loading: "جارٍ تحميل المقال…",
    error_heading: "تعذّر عرض هذا المقال.",
    error_network: "فشل الاتصال. تحقّق من الشبكة ثم أعد المحاولة.",
    error_timeout: "استغرق الخادم وقتًا طويلًا للرد. أعد المحاولة بعد قليل.",
    error_status: "ردّ الخادم برسالة خطأ.",
    error_not_json: "الرد المستلَم ليس مقالًا قابلًا للقراءة.",
    error_contract: "المقال ليس بالصيغة المتوقَّعة.",
    error_version: "يستخدم هذا المقال صيغة أحدث مما يعرفه هذا القارئ.",
    error_protected: "هذا المقال محمي بكلمة مرور: لا يمكن قراءته إلا على موقع الناشر.",
    error_detail: "التفاصيل",
    retry: "أعد المحاولة",
    by: "بقلم",
    and: "و",
    published: "نُشر في",
    updated: "حُدّث في",
    reading_time: "مدة القراءة",
    about_author: "عن الكاتب",
    about_authors: "عن الكتّاب",
    tags: "مواضيع",
    external_content: "محتوى خارجي",
    opens_new_tab: "يُفتح في علامة تبويب جديدة",
    table_region: "جدول",
    correction: "تصحيح:",
    title_from_text: " (بلا عنوان: الكلمات الأولى من النص)",
    clarification: "توضيح:",
    code_region: "شيفرة برمجية",
    quote_by: "—",
    related: "اقرأ أيضًا",
    back_to_top: "العودة إلى أعلى الصفحة",
    share_heading: "شارك هذا المقال",
    share_native: "مشاركة…",
    copy_link: "نسخ الرابط",
    link_copied: "تم نسخ الرابط",
    copy_fallback: "تعذّر نسخ الرابط تلقائيًا. الرابط محدَّد أدناه: اضغط Ctrl+C (أو ⌘C على ماك) لنسخه.",
    share_on: "{}، شارك هذا المقال",
    email: "البريد الإلكتروني",
    print: "اطبع هذا المقال",
    link_field: "رابط هذا المقال",
    skip_to_article: "انتقل إلى المقال",
    display: "العرض",
    listen: "استمع",
    play: "تشغيل",
    pause: "إيقاف مؤقت",
    previous_paragraph: "الفقرة السابقة",
    next_paragraph: "الفقرة التالية",
    speed: "السرعة",
    voice: "الصوت",
    listen_playing: "قراءة بصوت عالٍ",
    listen_paused: "متوقف مؤقتًا",
    listen_finished: "نهاية المقال",
    listen_failed: "توقف الصوت بسبب خطأ",
    text_size: "حجم النص",
    smaller_text: "تصغير النص",
    larger_text: "تكبير النص",
    line_spacing: "تباعد الأسطر",
    spacings: ["ضيّق", "عادي", "واسع"],
    theme: "السمة",
    themes: ["تلقائي", "فاتح", "داكن", "بني داكن", "تباين عالٍ"],
    font: "الخط",
    fonts: [
        "خط الموقع",
        "خط مذيّل",
        "خط غير مذيّل",
        "Atkinson Hyperlegible",
    ],
    line_length: "طول السطر",
    line_lengths: ["قصير", "عادي", "طويل"],
    letter_spacing: "تباعد الحروف",
    word_spacing: "تباعد الكلمات",
    text_spacings: ["عادي", "أوسع", "الأوسع"],
    alignment: "المحاذاة",
    alignments: ["بدون ضبط", "مضبوط"],
    reset: "إعادة الضبط",
    display_reset: "أُعيد ضبط العرض",
    contents: "المحتويات",
    resume: "تابع من حيث توقفت",
    quote_tools: "النص المحدد",
    copy_quote_link: "نسخ رابط هذا الاقتباس",
    share_quote: "شارك هذا الاقتباس",
    quote_link_copied: "نُسخ رابط الاقتباس",
    size_status: "حجم النص: {} من {}",
    colon: ": ",
};

static JA: Strings = Strings {
    lang: UiLang::Ja,
    loading: "記事を読み込んでいます…",
    error_heading: "この記事を表示できませんでした。",
    error_network: "接続に失敗しました。ネットワークを確認して、もう一度お試しください。",
    error_timeout:
        "サーバーの応答に時間がかかりすぎています。しばらくしてからもう一度お試しください。",
    error_status: "サーバーがエラーを返しました。",
    error_not_json: "受信した内容は読み込める記事ではありません。",
    error_contract: "記事が想定された形式ではありません。",
    error_version: "この記事はこのリーダーが対応していない新しい形式です。",
    error_protected: "この記事はパスワードで保護されています。発行元のサイトでのみ読むことができます。",
    error_detail: "詳細",
    retry: "再試行",
    by: "執筆：",
    and: "、",
    published: "公開",
    updated: "更新",
    reading_time: "読了時間",
    about_author: "執筆者について",
    about_authors: "執筆者について",
    tags: "トピック",
    external_content: "外部コンテンツ",
    opens_new_tab: "新しいタブで開きます",
    table_region: "表",
    correction: "訂正：",
    title_from_text: "（無題：本文の冒頭）",
    clarification: "補足：",
    code_region: "コード",
    quote_by: "—",
    related: "関連記事",
    back_to_top: "ページの先頭へ戻る",
    share_heading: "この記事を共有",
    share_native: "共有…",
    copy_link: "リンクをコピー",
    link_copied: "リンクをコピーしました",
    copy_fallback: "リンクを自動でコピーできませんでした。下で選択されているリンクを Ctrl+C（Mac では ⌘C）でコピーしてください。",
    share_on: "{}でこの記事を共有",
    email: "メール",
    print: "この記事を印刷",
    link_field: "この記事へのリンク",
    skip_to_article: "記事へ移動",
    display: "表示",
    listen: "聞く",
    play: "再生",
    pause: "一時停止",
    previous_paragraph: "前の段落",
    next_paragraph: "次の段落",
    speed: "速度",
    voice: "音声",
    listen_playing: "読み上げ中",
    listen_paused: "一時停止中",
    listen_finished: "記事の終わり",
    listen_failed: "音声がエラーで停止しました",
    text_size: "文字サイズ",
    smaller_text: "文字を小さく",
    larger_text: "文字を大きく",
    line_spacing: "行間",
    spacings: ["狭い", "標準", "広い"],
    theme: "テーマ",
    themes: ["自動", "ライト", "ダーク", "セピア", "ハイコントラスト"],
    font: "フォント",
    fonts: ["サイトのフォント", "明朝体", "ゴシック体", "Atkinson Hyperlegible"],
    line_length: "行の長さ",
    line_lengths: ["短い", "標準", "長い"],
    letter_spacing: "文字間隔",
    word_spacing: "単語間隔",
    text_spacings: ["標準", "広い", "最も広い"],
    alignment: "行揃え",
    alignments: ["揃えない", "両端揃え"],
    reset: "リセット",
    display_reset: "表示設定をリセットしました",
    contents: "目次",
    resume: "前回の続きから読む",
    quote_tools: "選択したテキスト",
    copy_quote_link: "この引用へのリンクをコピー",
    share_quote: "この引用を共有",
    quote_link_copied: "引用へのリンクをコピーしました",
    size_status: "文字サイズ：{}/{}",
    colon: "：",
};

impl Strings {
    /// The visible badge text: `3 min`, `3–4 min`, `3〜4分`.
    pub fn minutes_short(&self, range: MinuteRange) -> String {
        let figure = if range.is_single() {
            range.slow.to_string()
        } else {
            match self.lang {
                UiLang::Ja => format!("{}〜{}", range.fast, range.slow),
                _ => format!("{}–{}", range.fast, range.slow),
            }
        };
        match self.lang {
            UiLang::En => format!("{figure} min"),
            UiLang::Fr => format!("{figure}\u{a0}min"),
            UiLang::Ar => format!("{figure} د"),
            UiLang::Ja => format!("{figure}分"),
        }
    }

    /// The full sentence for screen readers: `Reading time: 3 to 4 minutes`, with this crate's
    /// plural rules.
    pub fn minutes_long(&self, range: MinuteRange) -> String {
        self.minutes_long_with(range, &|n| plural(self.lang, n))
    }

    /// The same sentence with plural categories from `category` (the platform's
    /// `Intl.PluralRules` in the browser).
    pub fn minutes_long_with(
        &self,
        range: MinuteRange,
        category: &dyn Fn(u32) -> Plural,
    ) -> String {
        let unit = |n: u32| self.minutes_word(category(n));
        let amount = if range.is_single() {
            match (self.lang, category(range.slow)) {
                (UiLang::Ar, Plural::One | Plural::Two) => unit(range.slow).to_owned(),
                (UiLang::Ja, _) => format!("{}{}", range.slow, unit(range.slow)),
                _ => format!("{} {}", range.slow, unit(range.slow)),
            }
        } else {
            match self.lang {
                UiLang::En => format!("{} to {} {}", range.fast, range.slow, unit(range.slow)),
                UiLang::Fr => format!("{} à {} {}", range.fast, range.slow, unit(range.slow)),
                UiLang::Ar => format!("من {} إلى {} {}", range.fast, range.slow, unit(range.slow)),
                UiLang::Ja => format!("{}〜{}{}", range.fast, range.slow, unit(range.slow)),
            }
        };
        format!("{}{}{amount}", self.reading_time, self.colon)
    }

    /// "minute"/"minutes" in a plural category (Arabic's dual and singular are whole words).
    fn minutes_word(&self, category: Plural) -> &'static str {
        match (self.lang, category) {
            (UiLang::En, Plural::One) => "minute",
            (UiLang::En, _) => "minutes",
            (UiLang::Fr, Plural::One) => "minute",
            (UiLang::Fr, _) => "minutes",
            (UiLang::Ar, Plural::One) => "دقيقة واحدة",
            (UiLang::Ar, Plural::Two) => "دقيقتان",
            (UiLang::Ar, Plural::Few) => "دقائق",
            (UiLang::Ar, _) => "دقيقة",
            (UiLang::Ja, _) => "分",
        }
    }

    /// The text to put before each of `len` names so they read as a sentence:
    /// `["", ", ", " and "]` → `A, B and C`; Japanese `A、B、C`; Arabic `A، B وC`.
    pub fn list_separators(&self, len: usize) -> Vec<String> {
        (0..len)
            .map(|i| match (i, self.lang) {
                (0, _) => String::new(),
                (_, UiLang::Ja) => self.and.to_owned(),
                (i, UiLang::Ar) if i + 1 == len => format!(" {}", self.and),
                (_, UiLang::Ar) => "، ".to_owned(),
                (i, _) if i + 1 == len => format!(" {} ", self.and),
                _ => ", ".to_owned(),
            })
            .collect()
    }

    /// The accessible name of a share target: the platform first ("Facebook, partager cet
    /// article"), so a screen-reader user finds it by its first letter.
    pub fn share_name(&self, target: ShareTarget) -> String {
        match target {
            ShareTarget::Native => self.share_native.to_owned(),
            ShareTarget::Copy => self.copy_link.to_owned(),
            ShareTarget::Print => self.print.to_owned(),
            ShareTarget::Email => self.share_on.replace("{}", self.email),
            other => self.share_on.replace("{}", other.platform()),
        }
    }

    /// "Text size: 3 of 5".
    pub fn size_status(&self, step: u8, steps: u8) -> String {
        self.size_status
            .replacen("{}", &step.to_string(), 1)
            .replacen("{}", &steps.to_string(), 1)
    }

    /// The developer detail line: `Detail: HTTP 404`.
    pub fn detail(&self, detail: &str) -> String {
        format!("{}{}{detail}", self.error_detail, self.colon)
    }
}
