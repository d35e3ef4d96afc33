-- The lower-cased character pairs of a text: the bigram indexes of the search texts (migration SearchIndexesAtScale)
-- hold them, so a two-character query, which has no trigram, is found by containment.
CREATE OR REPLACE FUNCTION search_bigrams(text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $body$
DECLARE
    folded text := lower($1);
    pairs text[] := '{}';
BEGIN
    FOR pair_start IN 1 .. char_length(folded) - 1 LOOP
        pairs := pairs || substr(folded, pair_start, 2);
    END LOOP;
    RETURN pairs;
END
$body$;
