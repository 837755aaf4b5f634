<?php
/*
 * Plugin Name: Reader tests (offline stand-ins)
 * Description: Copied into the test site by tests/wordpress/serve. The test machine has no
 * network, so what WordPress would fetch from elsewhere is answered here: the oEmbed HTML of the
 * two providers the posts embed (shaped as YouTube's and X/Twitter's oEmbed answers are; the
 * tweet's text is ours), and authors' avatars (a local image instead of Gravatar).
 */

add_filter('pre_oembed_result', function ($result, $url, $args) {
  if (preg_match('#^https://www\.youtube\.com/watch\?v=([\w-]{11})#', $url, $m)) {
    return '<iframe title="Flood defences at the estuary, explained" width="500" height="281" '
      . 'src="https://www.youtube.com/embed/' . $m[1] . '?feature=oembed" frameborder="0" '
      . 'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" '
      . 'allowfullscreen></iframe>';
  }
  if (preg_match('#^https://twitter\.com/(\w+)/status/(\d+)#', $url, $m)) {
    return '<blockquote class="twitter-tweet" data-width="500" data-dnt="true"><p lang="en" dir="ltr">'
      . 'The river is 40 cm below the top of the new wall at Kettle Quay and falling. Thank you to '
      . 'everyone who helped fill sandbags last night. <a href="https://t.co/q2Xy7LmN0a">pic.twitter.com/q2Xy7LmN0a</a></p>'
      . '&mdash; Estuary Flood Watch (@' . $m[1] . ') '
      . '<a href="https://twitter.com/' . $m[1] . '/status/' . $m[2] . '?ref_src=twsrc%5Etfw">May 12, 2026</a>'
      . '</blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>';
  }
  return $result;
}, 10, 3);

add_filter('pre_get_avatar_data', function ($args, $id_or_email) {
  $args['url'] = content_url('uploads/avatar.png');
  $args['found_avatar'] = true;
  return $args;
}, 10, 2);
