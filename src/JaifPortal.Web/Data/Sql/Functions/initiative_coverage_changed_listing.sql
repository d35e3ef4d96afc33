-- At the commit, for an initiative that now covers all of ASEAN or no longer does: refreshes its countries.
CREATE OR REPLACE FUNCTION initiative_coverage_changed_listing() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM refresh_initiative_listing(ARRAY[NEW.id]);
    RETURN NULL;
END
$body$;
