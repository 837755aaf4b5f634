<?php
// Installs the test site and fills it through WordPress's own PHP API, as an editor would:
// wp_install(), wp_insert_user(), wp_insert_term(), wp_insert_attachment() with
// wp_generate_attachment_metadata() on images drawn here with GD, and wp_insert_post() with the
// posts of posts.php (block-editor markup as the editor saves it, and classic-editor HTML).
// Writes the manifest the journeys read: php seed.php <site> <manifest.json>
[, $site, $manifest_path] = $argv;

// No mail server: the "new site" e-mail of wp_install() is not sent (a pluggable function).
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {}

define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url(getenv('WORDPRESS_HOME') ?: 'http://127.0.0.1', PHP_URL_HOST);
$_SERVER['REQUEST_URI'] = '/';
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

$installed = wp_install('The Harbour Chronicle', 'admin', 'admin@news.example', true, '', wp_generate_password(24), 'en_US');
if (is_wp_error($installed)) {
  fwrite(STDERR, 'wp_install: ' . $installed->get_error_message() . "\n");
  exit(1);
}
update_option('blogdescription', 'News from the estuary, in four languages');
update_option('timezone_string', 'Europe/Paris');
// Pretty permalinks, as nearly every site has them (/wp-json/… rather than ?rest_route=).
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%postname%/');
$wp_rewrite->flush_rules(false);
// wp_install()'s sample post and page are not ours.
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $sample) {
  wp_delete_post($sample->ID, true);
}

function fail_on_error($value, $what) {
  if (is_wp_error($value) || !$value) {
    fwrite(STDERR, "$what: " . (is_wp_error($value) ? $value->get_error_message() : 'failed') . "\n");
    exit(1);
  }
  return $value;
}

// --- People: editors (editors may post any HTML, as in most newsrooms) ---
$people = [];
foreach ([
  'fr' => ['camille', 'Camille Roux', 'Camille Roux suit la ville, son budget et ses chantiers depuis 2019.'],
  'en' => ['ada', 'Ada Brennan', 'Ada Brennan reports on the coast, the weather and the people who live with both.'],
  'ar' => ['layla', 'ليلى حداد', 'ليلى حداد صحفية تغطي شؤون الريف والمياه والزراعة.'],
  'ja' => ['haruka', '佐藤 遥', '佐藤遥は港町の暮らしと文化を取材している。'],
] as $lang => [$login, $name, $bio]) {
  $people[$lang] = fail_on_error(wp_insert_user([
    'user_login' => $login,
    'user_pass' => wp_generate_password(24),
    'user_email' => "$login@news.example",
    'display_name' => $name,
    'nickname' => $name,
    'description' => $bio,
    'role' => 'editor',
  ]), "user $login");
}

// --- Sections and tags ---
$terms = [];
foreach ([
  'ville' => ['Ville', 'category'], 'economie' => ['Économie', 'category'], 'commerce' => ['Commerce', 'category'],
  'coast' => ['Coast', 'category'], 'climate' => ['Climate', 'category'], 'culture' => ['Culture', 'category'],
  'alam' => ['العالم', 'category'], 'rif' => ['الريف', 'category'],
  'minato' => ['港町', 'category'], 'bunka' => ['文化', 'category'],
  'budget' => ['budget', 'post_tag'], 'ecoles' => ['écoles', 'post_tag'], 'floods' => ['floods', 'post_tag'],
  'ferry' => ['ferry', 'post_tag'], 'water' => ['مياه', 'post_tag'], 'matsuri' => ['祭り', 'post_tag'],
] as $slug => [$name, $taxonomy]) {
  $term = fail_on_error(wp_insert_term($name, $taxonomy, ['slug' => $slug]), "term $slug");
  $terms[$slug] = $term['term_id'];
}

// --- Media: images drawn with GD, attached and given their sizes by WordPress ---
function draw_image($file, $width, $height, $top, $bottom, $seed) {
  $image = imagecreatetruecolor($width, $height);
  for ($y = 0; $y < $height; $y++) {
    $t = $y / max(1, $height - 1);
    $mix = array_map(fn($a, $b) => (int) round($a + ($b - $a) * $t), $top, $bottom);
    imageline($image, 0, $y, $width, $y, imagecolorallocate($image, ...$mix));
  }
  mt_srand($seed);
  for ($i = 0; $i < 7; $i++) {
    $colour = imagecolorallocatealpha($image, mt_rand(40, 255), mt_rand(40, 255), mt_rand(40, 255), 50);
    $size = mt_rand((int) ($width / 10), (int) ($width / 3));
    imagefilledellipse($image, mt_rand(0, $width), mt_rand((int) ($height / 3), $height), $size, (int) ($size * 0.6), $colour);
  }
  str_ends_with($file, '.png') ? imagepng($image, $file) : imagejpeg($image, $file, 82);
}

$uploads = wp_upload_dir('2026/05');
wp_mkdir_p($uploads['path']);
draw_image(WP_CONTENT_DIR . '/uploads/avatar.png', 96, 96, [90, 120, 160], [200, 210, 220], 7);
$media = [];
$seed = 1;
foreach ([
  'conseil' => ['Le conseil municipal', 'Les élus dans la salle du conseil, pendant le vote', 'La salle du conseil, mardi soir, pendant le vote.', [30, 40, 80], [180, 150, 120]],
  'cerises' => ['Cerises', 'Des cageots de cerises sur un étal', 'Les cerises de la vallée, vendues 9 euros le kilo samedi.', [120, 20, 40], [240, 200, 180]],
  'balance' => ['Balance', 'Une balance de marché ancienne, en fonte', 'La balance de Jeanne Ortiz.', [60, 60, 60], [200, 190, 170]],
  'abricots' => ['Abricots', 'Des abricots en pyramide', 'Abricots du Roussillon.', [220, 120, 30], [250, 220, 160]],
  'melons' => ['Melons', 'Des melons coupés en deux', 'Les premiers melons.', [90, 140, 60], [240, 230, 180]],
  'tomates' => ['Tomates', 'Des tomates anciennes de toutes les couleurs', 'Tomates anciennes, 6 euros le kilo.', [160, 30, 30], [250, 190, 120]],
  'wall' => ['Flood wall', 'A grey concrete wall along the quay, with a steel gate', 'The new wall at Kettle Quay.', [70, 90, 110], [200, 210, 215]],
  'ferry1' => ['Ferry at the slipway', 'A small white ferry tied up at a stone slipway', 'The Saltmarsh ferry at the north slipway in 1971.', [40, 80, 120], [210, 220, 230]],
  'ferry2' => ['Last crossing', 'Passengers waving from the ferry deck', 'Sunday afternoon: the last crossing.', [50, 100, 140], [230, 200, 160]],
  'khazzan' => ['خزان', 'خزان مياه معدني عند مدخل قرية جبلية', 'خزان المياه المشترك عند مدخل القرية.', [150, 110, 70], [230, 220, 200]],
  'madrasa' => ['مدرسة', 'صف دراسي بجدران مطلية حديثًا', 'صف دراسي في مدرسة البلدة بعد ترميمه.', [100, 130, 160], [240, 235, 220]],
  'toro' => ['灯籠', '浜辺に並べられた紙の灯籠', '浜に並べられた灯籠。', [20, 20, 60], [240, 170, 80]],
  'shoten' => ['古書店', '天井まで本が積まれた古書店の店内', '天井まで本が積まれた店内。', [80, 50, 30], [220, 200, 160]],
] as $slug => [$title, $alt, $caption, $top, $bottom]) {
  $file = $uploads['path'] . "/$slug.jpg";
  draw_image($file, 1200, 800, $top, $bottom, $seed++);
  $id = fail_on_error(wp_insert_attachment([
    'post_title' => $title,
    'post_excerpt' => $caption,
    'post_mime_type' => 'image/jpeg',
    'post_status' => 'inherit',
    'guid' => $uploads['url'] . "/$slug.jpg",
  ], $file, 0, true), "attachment $slug");
  wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $file));
  update_post_meta($id, '_wp_attachment_image_alt', $alt);
  $media[$slug] = ['id' => $id, 'alt' => $alt, 'caption' => $caption];
}

// --- Posts ---
$posts = require __DIR__ . '/posts.php';
$manifest = [];
foreach ($posts as $i => $post) {
  // Markup placeholders: {id:slug}, {src:slug} (the large size), {medium:slug}, {w:slug}, {h:slug}…
  $content = preg_replace_callback('/\{(id|src|medium|thumb|alt):(\w+)\}/', function ($m) use ($media) {
    $item = $media[$m[2]];
    return match ($m[1]) {
      'id' => (string) $item['id'],
      'src' => wp_get_attachment_image_url($item['id'], 'large'),
      'medium' => wp_get_attachment_image_url($item['id'], 'medium'),
      'thumb' => wp_get_attachment_image_url($item['id'], 'thumbnail'),
      'alt' => esc_attr($item['alt']),
    };
  }, $post['content']);
  // The author saves the post (kses does not apply: editors have unfiltered_html).
  wp_set_current_user($people[$post['lang']]);
  $id = fail_on_error(wp_insert_post(wp_slash([
    'post_title' => $post['title'],
    'post_name' => $post['slug'],
    'post_content' => $content,
    'post_excerpt' => $post['excerpt'] ?? '',
    'post_status' => 'publish',
    'post_password' => $post['password'] ?? '',
    'post_author' => $people[$post['lang']],
    'post_date' => $post['date'],
    'post_category' => array_map(fn($s) => $terms[$s], $post['categories']),
    'tags_input' => $post['tags'] ?? [],
  ]), true), "post {$post['slug']}");
  if (isset($post['featured'])) set_post_thumbnail($id, $media[$post['featured']]['id']);
  $manifest[] = [
    'id' => $id,
    'slug' => $post['slug'],
    'lang' => $post['lang'],
    'editor' => $post['editor'],
    'title' => $post['title'],
    'writtenExcerpt' => isset($post['excerpt']),
    'protected' => isset($post['password']),
    'categories' => count($post['categories']),
    'link' => get_permalink($id),
    'holds' => $post['holds'],
  ];
}
wp_set_current_user(0);
file_put_contents($manifest_path, json_encode([
  'wordpress' => get_bloginfo('version'),
  'home' => home_url(),
  'categories' => $terms,
  'posts' => $manifest,
], JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
