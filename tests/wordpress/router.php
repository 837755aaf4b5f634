<?php
// The router of PHP's built-in server (tests/wordpress/serve): files are served as they are,
// PHP scripts run, and every other address under /wp/ goes to WordPress's index.php, as Apache's
// rewrite rules do for pretty permalinks (/wp/wp-json/wp/v2/posts/12, /wp/2026/05/a-post/).
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (str_contains($path, '..') || !str_starts_with($path, '/wp/')) {
  http_response_code(404);
  echo "not found\n";
  return true;
}
$root = $_SERVER['DOCUMENT_ROOT'];
$file = $root . $path;
if (is_dir($file) && is_file(rtrim($file, '/') . '/index.php')) {
  $file = rtrim($file, '/') . '/index.php';
  $path = rtrim($path, '/') . '/index.php';
}
if (is_file($file) && !str_ends_with($file, '.php')) {
  return false; // a static file (uploads), served by PHP's server itself
}
if (!is_file($file)) {
  $file = $root . '/wp/index.php';
  $path = '/wp/index.php';
}
// As under Apache's rewrite rules: no PATH_INFO (PHP's server would set one relative to the
// script, which WordPress would read as the requested path with the site's path cut off).
unset($_SERVER['PATH_INFO'], $_SERVER['ORIG_PATH_INFO']);
$_SERVER['SCRIPT_NAME'] = $path;
$_SERVER['PHP_SELF'] = $path;
$_SERVER['SCRIPT_FILENAME'] = $file;
chdir(dirname($file));
unset($path, $root, $file);
require $_SERVER['SCRIPT_FILENAME'];
