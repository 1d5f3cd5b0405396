-- 0030 (dedup, extract): photo captions removed from article bodies, gathered per article. Their dates ('in
-- Harare on July 13, 2023') date an article that has no publication date of its own: stories use them as a
-- date anchor, and extraction reads weekdays ('touched down on Thursday') against them.

-- one row per article that had at least one photo caption removed as boilerplate
create or replace view quality.article_captions as
select
    article_id,
    string_agg(text, chr(10) order by line_no) as caption_text
from quality.boilerplate_removed
where reason = 'image caption/credit'
group by article_id;
