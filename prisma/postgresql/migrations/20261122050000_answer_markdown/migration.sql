-- Answer bodies are Markdown from now on, rendered by app/platform/rich-text.server.ts.
-- Bodies written before were HTML made by the former textToHtml and sanitizeAnswer:
-- <p>, <br />, <ul><li>, <strong>, <em>, <a href="URL" rel="noopener noreferrer"
-- target="_blank">URL</a> and the entities &lt; &gt; &quot; &#39; &amp;. They always
-- start with <p> or <ul>. Each is rewritten to the Markdown that renders the same:
-- paragraphs split by an empty line, a line break as a newline, "- " list items,
-- **bold**, *italic*, [URL](URL), and "\<" for a typed "<" so it stays text.
-- Checked in app/features/followup/answer-legacy.test.ts. Typed text that
-- Markdown itself reads (a `code` span, _x_, "#" or "1." opening a line, a
-- written-out entity such as "&amp;") may now show formatted; the text is kept.
UPDATE "Answer"
SET "body" = rtrim(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("body", '<br />', chr(10)), '<br>', chr(10)), '</p>', chr(10) || chr(10)), '<p>', ''), '<ul>', ''), '</ul>', chr(10)), '<li>', '- '), '</li>', chr(10)), '<strong>', '**'), '</strong>', '**'), '<b>', '**'), '</b>', '**'), '<em>', '*'), '</em>', '*'), '<i>', '*'), '</i>', '*'), '<a href="', '['), '" rel="noopener noreferrer" target="_blank">', ']('), '</a>', ')'), '&lt;', '\<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&'), chr(10))
WHERE "body" LIKE '<p>%' OR "body" LIKE '<ul>%';
