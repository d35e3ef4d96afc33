-- After a country joins or leaves the ASEAN Member States (or a member is added or removed): every initiative that
-- covers all of ASEAN is refreshed, since it takes place in every Member State.
CREATE OR REPLACE FUNCTION asean_membership_changed_listing() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM refresh_initiative_listing(ARRAY(SELECT id FROM initiatives WHERE covers_all_asean));
    RETURN NULL;
END
$body$;
