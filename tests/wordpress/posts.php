<?php
// The test site's posts (tests/wordpress/seed.php): written for these tests, in French, English,
// Arabic and Japanese. `editor` says how the content is written: "block" is the markup the block
// editor of WordPress 6.1 saves (block comments, wp-block-* classes, wp-element-caption),
// "classic" is what the classic editor saves (no <p>: wpautop adds them; shortcodes; <!--more-->).
// {src:slug}, {medium:slug}, {thumb:slug}, {id:slug} and {alt:slug} are the images of seed.php.
// `holds` lists what each post is there to test (reported by the journeys).
return [
  [
    'slug' => 'budget-2026-ecoles-et-quais',
    'lang' => 'fr',
    'editor' => 'block',
    'date' => '2026-05-05 08:30:00',
    'title' => 'Budget 2026 : la ville mise sur ses écoles et ses quais',
    'categories' => ['ville', 'economie'],
    'tags' => ['budget', 'écoles'],
    'featured' => 'conseil',
    'holds' => ['no written excerpt', 'table of contents', 'footnotes', 's', 'inline colour', 'image caption with markup', 'two categories'],
    'content' => <<<'HTML'
<!-- wp:list -->
<ul><!-- wp:list-item -->
<li><a href="#les-chiffres">Les chiffres</a></li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li><a href="#les-ecoles">Les écoles</a></li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li><a href="#les-quais">Les quais</a></li>
<!-- /wp:list-item --></ul>
<!-- /wp:list -->

<!-- wp:paragraph -->
<p>Le conseil municipal a adopté mardi soir, après près de sept heures de débat, un budget de 412 millions d'euros pour 2026. La majorité y voit « un budget de réparation » ; l'opposition dénonce un pari sur des recettes incertaines.</p>
<!-- /wp:paragraph -->

<!-- wp:heading {"anchor":"les-chiffres"} -->
<h2 id="les-chiffres">Les chiffres</h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p>Les dépenses d'investissement atteignent <s>4,8 millions</s> 5,1 millions d'euros par quartier en moyenne, selon le document rectifié publié mercredi<sup id="ref-1"><a href="#fn-1">1</a></sup>. La dette, elle, <mark style="background-color:rgba(0, 0, 0, 0)" class="has-inline-color has-vivid-red-color">augmente pour la troisième année consécutive</mark>.</p>
<!-- /wp:paragraph -->

<!-- wp:image {"id":{id:conseil},"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="{src:conseil}" alt="{alt:conseil}" class="wp-image-{id:conseil}"/><figcaption class="wp-element-caption">La salle du conseil, mardi soir, pendant le vote. <em>Photo : Camille Roux</em></figcaption></figure>
<!-- /wp:image -->

<!-- wp:heading {"anchor":"les-ecoles"} -->
<h2 id="les-ecoles">Les écoles</h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p>Onze écoles seront rénovées d'ici 2028, dont six dans les quartiers nord. Les travaux commenceront pendant les vacances d'été, pour ne pas perturber les cours<sup id="ref-2"><a href="#fn-2">2</a></sup>.</p>
<!-- /wp:paragraph -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>Nous avons des classes où il pleut. Ce budget, c'est d'abord des toits.</p>
<!-- /wp:paragraph --><cite>Nadia Ferhat, adjointe à l'éducation</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:heading {"anchor":"les-quais"} -->
<h2 id="les-quais">Les quais</h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p>Le réaménagement des quais, promis depuis dix ans, reçoit enfin une première tranche de 38 millions d'euros. Le chantier doit libérer deux kilomètres de promenade le long de l'eau d'ici à l'été 2029.</p>
<!-- /wp:paragraph -->

<!-- wp:separator -->
<hr class="wp-block-separator has-alpha-channel-opacity"/>
<!-- /wp:separator -->

<!-- wp:html -->
<ol class="notes">
<li id="fn-1">Le premier document, publié lundi, comportait une erreur d'addition. <a href="#ref-1" aria-label="Retour à l'appel de note 1">↩</a></li>
<li id="fn-2">Calendrier présenté par la direction des bâtiments scolaires. <a href="#ref-2" aria-label="Retour à l'appel de note 2">↩</a></li>
</ol>
<!-- /wp:html -->
HTML,
  ],
  [
    'slug' => 'marche-des-capucins-prix-ete',
    'lang' => 'fr',
    'editor' => 'classic',
    'date' => '2026-05-06 07:00:00',
    'title' => 'Au marché des Capucins, les prix de l’été arrivent tôt',
    'categories' => ['ville', 'commerce'],
    'holds' => ['<!--more-->', '[caption]', 'aligned image in a paragraph', '[gallery]', 'del', 'ins', 'tel link'],
    'content' => <<<'HTML'
Dès sept heures, les premiers cageots de cerises s'empilent sous les auvents. Les marchands l'assurent : la saison a trois semaines d'avance, et les prix s'en ressentent.

<!--more-->

[caption id="attachment_{id:cerises}" align="aligncenter" width="1024"]<img class="size-large wp-image-{id:cerises}" src="{src:cerises}" alt="{alt:cerises}" width="1024" height="683" /> Les cerises de la vallée, vendues <strong>9 euros</strong> le kilo samedi.[/caption]

<img class="alignright size-medium wp-image-{id:balance}" src="{medium:balance}" alt="{alt:balance}" width="300" height="200" />Jeanne Ortiz tient le même étal depuis 1987. Elle pèse encore les abricots sur la balance de sa mère, « parce que les clients aiment la voir ». Cette année, elle a <del>augmenté</del> <ins>maintenu</ins> ses prix malgré la hausse du transport.

Les trois producteurs interrogés citent la même cause : un printemps chaud, suivi de deux semaines de pluie qui ont abîmé une partie des récoltes.

[gallery ids="{id:abricots},{id:melons},{id:tomates}" columns="3" size="thumbnail"]

Objets trouvés, horaires ou problèmes d'hygiène : la régie du marché répond au <a href="tel:+33491550000">04 91 55 00 00</a>, du mardi au dimanche.
HTML,
  ],
  [
    'slug' => 'rectificatif-piscine-vallier',
    'lang' => 'fr',
    'editor' => 'classic',
    'date' => '2026-05-07 10:15:00',
    'title' => 'Rectificatif : les horaires de la piscine Vallier',
    'categories' => ['ville'],
    'holds' => ['no written excerpt', 'short correction (the automatic excerpt is the whole text)'],
    'content' => <<<'HTML'
Contrairement à ce que nous indiquions dans notre édition de lundi, la piscine Vallier rouvre le samedi 16 mai à 9 heures, et non le vendredi 15. Les tarifs annoncés sont inchangés. Nous prions nos lecteurs de nous excuser pour cette erreur.
HTML,
  ],
  [
    'slug' => 'estuary-town-holds-back-spring-tide',
    'lang' => 'en',
    'editor' => 'block',
    'date' => '2026-05-12 06:45:00',
    'title' => 'Estuary town holds back the spring tide',
    'excerpt' => 'Sandbags, a new wall and a good deal of luck: how Kettle Quay kept the river out this time.',
    'categories' => ['coast', 'climate'],
    'tags' => ['floods'],
    'featured' => 'wall',
    'holds' => ['written excerpt', 'YouTube embed with caption', 'tweet embed with caption', 'table with caption', 'quote', 'details', 'tel links (button and text)'],
    'content' => <<<'HTML'
<!-- wp:paragraph -->
<p>Kettle Quay woke on Tuesday to water lapping at the top step of the harbour stairs, and nowhere else. The new flood wall, finished in March, held through the highest tide in eleven years.</p>
<!-- /wp:paragraph -->

<!-- wp:embed {"url":"https://www.youtube.com/watch?v=Kq3vT8xWmZs","type":"video","providerNameSlug":"youtube","responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=Kq3vT8xWmZs
</div><figcaption class="wp-element-caption">The council's engineer shows how the gates in the wall are closed. <em>Video: Estuary District Council</em></figcaption></figure>
<!-- /wp:embed -->

<!-- wp:paragraph -->
<p>Volunteers filled more than four thousand sandbags on Monday night in the sports hall on Mill Lane, and carried them to the low streets behind the fish market before the evening tide.</p>
<!-- /wp:paragraph -->

<!-- wp:embed {"url":"https://twitter.com/EstuaryFloodWatch/status/1789012345678901234","type":"rich","providerNameSlug":"twitter","responsive":true} -->
<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
https://twitter.com/EstuaryFloodWatch/status/1789012345678901234
</div><figcaption class="wp-element-caption">The flood watch group posted the river's level through the night.</figcaption></figure>
<!-- /wp:embed -->

<!-- wp:heading -->
<h2>What the wall cost</h2>
<!-- /wp:heading -->

<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Item</th><th>Cost</th></tr></thead><tbody><tr><td>Wall and gates</td><td>£6.2m</td></tr><tr><td>Pumps</td><td>£1.1m</td></tr><tr><td>Survey and design</td><td>£0.4m</td></tr></tbody></table><figcaption class="wp-element-caption">Figures from the council's March report.</figcaption></figure>
<!-- /wp:table -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>We have built for the next fifty years, not the last fifty.</p>
<!-- /wp:paragraph --><cite>Priya Natarajan, district engineer</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:html -->
<details><summary>What to do if water comes into your home</summary><p>Turn off the electricity at the mains if it is safe to do so, move what you can upstairs and keep out of the water: it can hide open drains.</p></details>
<!-- /wp:html -->

<!-- wp:buttons -->
<div class="wp-block-buttons"><!-- wp:button -->
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="tel:999">Emergency: call 999</a></div>
<!-- /wp:button --></div>
<!-- /wp:buttons -->

<!-- wp:paragraph -->
<p>For advice before or after a flood, the district's helpline is on <a href="tel:+443450001188">0345 000 1188</a>, day and night.</p>
<!-- /wp:paragraph -->
HTML,
  ],
  [
    'slug' => 'a-poem-for-the-ferrys-last-crossing',
    'lang' => 'en',
    'editor' => 'block',
    'date' => '2026-05-13 18:20:00',
    'title' => 'A poem for the ferry’s last crossing',
    'categories' => ['coast', 'culture'],
    'tags' => ['ferry'],
    'holds' => ['no written excerpt', 'verse', 'preformatted text table', 's', 'ins', 'gallery block with captions'],
    'content' => <<<'HTML'
<!-- wp:paragraph -->
<p>The Saltmarsh ferry made its last crossing on Sunday after 61 years. We asked readers for their memories of it; one of them sent a poem, printed here with her permission.</p>
<!-- /wp:paragraph -->

<!-- wp:verse -->
<pre class="wp-block-verse">Twice an hour the river let us over,
rope and diesel, gulls along the rail;
we learnt the tide before we learnt to read,
the slipway stones, the bell, the weathered scale.

Now the bridge will take us in a minute
and no one there will know our names by sight.
Keep the bell, they said, and keep the ticket:
a paper stub, one way, the last of light.</pre>
<!-- /wp:verse -->

<!-- wp:paragraph -->
<p>The timetable of its first summer, kept in a drawer at the harbour office, shows how little changed in six decades:</p>
<!-- /wp:paragraph -->

<!-- wp:preformatted -->
<pre class="wp-block-preformatted">Departs   Arrives   Days
07:15     07:40     Monday to Saturday
12:30     12:55     Every day
18:05     18:30     Monday to Friday</pre>
<!-- /wp:preformatted -->

<!-- wp:paragraph -->
<p>The last ticket cost <s>£2.40</s> <ins>nothing</ins>: the operator waived the fare on the final day.</p>
<!-- /wp:paragraph -->

<!-- wp:gallery {"linkTo":"none"} -->
<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><!-- wp:image {"id":{id:ferry1},"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="{src:ferry1}" alt="{alt:ferry1}" class="wp-image-{id:ferry1}"/><figcaption class="wp-element-caption">The ferry at the north slipway in 1971.</figcaption></figure>
<!-- /wp:image -->

<!-- wp:image {"id":{id:ferry2},"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="{src:ferry2}" alt="{alt:ferry2}" class="wp-image-{id:ferry2}"/><figcaption class="wp-element-caption">Sunday afternoon: the last crossing.</figcaption></figure>
<!-- /wp:image --><figcaption class="blocks-gallery-caption wp-element-caption">Sixty-one years of crossings, from the harbour office's album.</figcaption></figure>
<!-- /wp:gallery -->
HTML,
  ],
  [
    'slug' => 'members-briefing-budget-vote',
    'lang' => 'en',
    'editor' => 'classic',
    'date' => '2026-05-14 09:00:00',
    'title' => 'Members’ briefing: the budget vote, line by line',
    'password' => 'harbour',
    'categories' => ['coast'],
    'holds' => ['password-protected'],
    'content' => <<<'HTML'
How each councillor voted on the harbour budget, with the amendments that failed.

The full table is below.
HTML,
  ],
  [
    'slug' => 'shuh-al-miyah-fi-al-qura',
    'lang' => 'ar',
    'editor' => 'block',
    'date' => '2026-05-08 11:00:00',
    'title' => 'شح المياه في القرى الجبلية: الصهريج يصل مرة في الأسبوع',
    'categories' => ['alam', 'rif'],
    'tags' => ['مياه'],
    'featured' => 'khazzan',
    'holds' => ['no written excerpt', 'right to left without a language', 'image caption', 'quote', 'list', 'tel link', 'two categories'],
    'content' => <<<'HTML'
<!-- wp:paragraph -->
<p>في قرية عين الزيتون، ينتظر السكان صهريج المياه صباح كل خميس. منذ أن جفّ النبع القديم في الصيف الماضي، صار الماء يُقاس بالدلو وتُحسب كل قطرة.</p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2>نبع جفّ بعد قرن</h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p>يقول كبار السن إن النبع لم ينقطع منذ أكثر من مئة عام. غير أن ثلاثة مواسم متتالية من قلة الأمطار خفّضت منسوب المياه الجوفية إلى مستوى لم تعرفه المنطقة من قبل.</p>
<!-- /wp:paragraph -->

<!-- wp:image {"id":{id:khazzan},"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="{src:khazzan}" alt="{alt:khazzan}" class="wp-image-{id:khazzan}"/><figcaption class="wp-element-caption">خزان المياه المشترك عند مدخل القرية.</figcaption></figure>
<!-- /wp:image -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>نشرب أولًا، ثم نسقي الأشجار إن بقي شيء.</p>
<!-- /wp:paragraph --><cite>سعاد الخوري، مزارعة</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:paragraph -->
<p>وتقترح البلدية ثلاثة حلول على المدى القريب:</p>
<!-- /wp:paragraph -->

<!-- wp:list -->
<ul><!-- wp:list-item -->
<li>حفر بئر جديدة على عمق مئتي متر</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>جمع مياه الأمطار من أسطح المدارس</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>إصلاح الأنابيب القديمة التي تهدر ثلث المياه</li>
<!-- /wp:list-item --></ul>
<!-- /wp:list -->

<!-- wp:paragraph -->
<p>للإبلاغ عن انقطاع المياه أو طلب صهريج، يمكن الاتصال بالبلدية على الرقم <a href="tel:+96171000000">71 000 000</a>.</p>
<!-- /wp:paragraph -->
HTML,
  ],
  [
    'slug' => 'tashih-arqam-al-muwazana',
    'lang' => 'ar',
    'editor' => 'classic',
    'date' => '2026-05-09 14:30:00',
    'title' => 'تصحيح أرقام موازنة المدارس الرسمية',
    'categories' => ['alam'],
    'holds' => ['<!--more-->', 'del', 'ins', '[caption]'],
    'content' => <<<'HTML'
أعلنت الوزارة يوم الأحد أرقامًا جديدة لموازنة المدارس الرسمية للعام المقبل، بعد أسبوع من الجدل في البرلمان.

<!--more-->

وبلغت الحصة المخصصة لترميم المباني <del>١٢ مليون</del> <ins>١٥ مليون</ins> دولار، بعد تصحيح خطأ في الجدول الأول الذي نشرته الوزارة.

[caption id="attachment_{id:madrasa}" align="alignnone" width="1024"]<img class="size-large wp-image-{id:madrasa}" src="{src:madrasa}" alt="{alt:madrasa}" width="1024" height="683" /> صف دراسي في مدرسة البلدة بعد ترميمه.[/caption]

ويقول المعلمون إن الترميم وحده لا يكفي ما لم تُعالج مسألة التدفئة قبل الشتاء.
HTML,
  ],
  [
    'slug' => 'toro-nagashi-sannen-buri',
    'lang' => 'ja',
    'editor' => 'block',
    'date' => '2026-05-10 21:00:00',
    'title' => '港の灯籠流し、三年ぶりに海へ',
    'categories' => ['minato', 'bunka'],
    'tags' => ['祭り'],
    'featured' => 'toro',
    'holds' => ['no written excerpt', 'no spaces (the automatic excerpt is the whole text)', 'ruby', 'verse (haiku)', 'details', 'tel link', 'image caption'],
    'content' => <<<'HTML'
<!-- wp:paragraph -->
<p>十四日の夜、港町の浜辺から約八百の<ruby>灯籠<rp>(</rp><rt>とうろう</rt><rp>)</rp></ruby>が海へ流された。雨で二年続けて中止になっていた行事の再開に、浜には家族連れが集まった。</p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2>準備は春から</h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p>灯籠は地元の小学生と<ruby>漁師<rp>(</rp><rt>りょうし</rt><rp>)</rp></ruby>の組合が三月から作ってきた。和紙には一つずつ願いごとが書かれている。</p>
<!-- /wp:paragraph -->

<!-- wp:image {"id":{id:toro},"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="{src:toro}" alt="{alt:toro}" class="wp-image-{id:toro}"/><figcaption class="wp-element-caption">浜に並べられた灯籠。</figcaption></figure>
<!-- /wp:image -->

<!-- wp:paragraph -->
<p>参加した小学六年生が、その夜に詠んだ句。</p>
<!-- /wp:paragraph -->

<!-- wp:verse -->
<pre class="wp-block-verse">波の上
灯りひとつずつ
遠ざかる</pre>
<!-- /wp:verse -->

<!-- wp:html -->
<details><summary>来年の日程</summary><p>実行委員会は、来年も八月十四日に開く予定だと話している。</p></details>
<!-- /wp:html -->

<!-- wp:paragraph -->
<p>会場の案内は観光協会（<a href="tel:+81120000000">0120-000-000</a>）まで。</p>
<!-- /wp:paragraph -->
HTML,
  ],
  [
    'slug' => 'ekimae-koshoten-heiten',
    'lang' => 'ja',
    'editor' => 'classic',
    'date' => '2026-05-11 12:00:00',
    'title' => '駅前の古書店、六十年の歴史に幕',
    'excerpt' => '最後の営業日、店の前には開店前から列ができた。',
    'categories' => ['minato'],
    'holds' => ['written excerpt', 'ruby', '[caption]', 's'],
    'content' => <<<'HTML'
商店街の古書店「<ruby>灯心堂<rp>(</rp><rt>とうしんどう</rt><rp>)</rp></ruby>」が今月末で店を閉じる。店主の山田さんは八十二歳、父の代から数えて六十年になる。

[caption id="attachment_{id:shoten}" align="aligncenter" width="1024"]<img class="size-large wp-image-{id:shoten}" src="{src:shoten}" alt="{alt:shoten}" width="1024" height="683" /> 天井まで本が積まれた店内。[/caption]

閉店セールでは全品を<s>三割引</s>半額とした。常連客の一人は「ここで買った本が、私の大学の四年間だった」と話した。
HTML,
  ],
];
