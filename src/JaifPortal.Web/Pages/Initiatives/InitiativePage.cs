using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Pages.Initiatives;

/// <summary>
/// A published initiative with everything its public page shows, and its published events, in one statement
/// (<see cref="JsonReadModel"/>): its texts, areas with their pillars, published organisations, countries, key
/// figures, milestones with their countries and events, links, photos, parent, published children and source.
/// Translation rows leave out their search vector and the time of their last change, which no page reads and
/// which may be PostgreSQL's -infinity (a row never edited), which JSON cannot carry.
/// </summary>
public sealed record InitiativePage(Initiative Initiative, List<EventItem> Events)
{
    /// <summary>
    /// The page's record kept while the content is unchanged (<see cref="ContentCache"/>): it holds every language, so the
    /// English and Japanese pages, and every page computed again after the output cache let its copy go, share one read.
    /// A first view still reads it (docs/benchmarks.md measures both).
    /// </summary>
    public static Task<InitiativePage?> LoadKeptAsync(PortalDbContext db, ContentCache kept, string slug, CancellationToken cancellationToken) =>
        kept.GetOrComputeForRecordAsync((nameof(InitiativePage), slug), () => LoadAsync(db, slug, cancellationToken), cancellationToken);

    public static Task<InitiativePage?> LoadAsync(PortalDbContext db, string slug, CancellationToken cancellationToken) =>
        JsonReadModel.LoadAsync<InitiativePage>(db, $$"""
            SELECT jsonb_build_object(
                'initiative', jsonb_build_object(
                    'id', i.id, 'slug', i.slug, 'acronym', i.acronym, 'kind', i.kind, 'status', i.status,
                    'start_date', CASE WHEN i.start_date IS NOT NULL THEN jsonb_build_object('start', i.start_date, 'precision', i.start_date_precision) END,
                    'end_date', CASE WHEN i.end_date IS NOT NULL THEN jsonb_build_object('start', i.end_date, 'precision', i.end_date_precision) END,
                    'original_language', i.original_language, 'publication', i.publication,
                    'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM initiative_translation t WHERE t.initiative_id = i.id),
                    'areas', coalesce((
                        SELECT jsonb_agg(jsonb_build_object('cooperation_area_id', a.id, 'cooperation_area', jsonb_build_object(
                            'id', a.id, 'slug', a.slug, 'sort_order', a.sort_order, 'original_language', a.original_language,
                            'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM cooperation_area_translation t WHERE t.cooperation_area_id = a.id),
                            'pillar', jsonb_build_object(
                                'id', p.id, 'number', p.number, 'slug', p.slug, 'original_language', p.original_language,
                                'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM pillar_translation t WHERE t.pillar_id = p.id)))))
                        FROM initiative_area link
                        JOIN cooperation_areas a ON a.id = link.cooperation_area_id
                        JOIN pillars p ON p.id = a.pillar_id
                        WHERE link.initiative_id = i.id), '[]'),
                    'organisations', coalesce((
                        SELECT jsonb_agg(jsonb_build_object('organisation_id', o.id, 'role', link.role, 'organisation', jsonb_build_object(
                            'id', o.id, 'slug', o.slug, 'acronym', o.acronym, 'original_language', o.original_language, 'publication', o.publication,
                            'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM organisation_translation t WHERE t.organisation_id = o.id))))
                        FROM initiative_organisation link
                        JOIN organisations o ON o.id = link.organisation_id AND o.publication = 'Published'
                        WHERE link.initiative_id = i.id), '[]'),
                    'countries', coalesce((
                        SELECT jsonb_agg(jsonb_build_object('country_id', c.id, 'country', jsonb_build_object(
                            'id', c.id, 'iso_code', c.iso_code, 'slug', c.slug, 'group', c."group", 'original_language', c.original_language,
                            'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM country_translation t WHERE t.country_id = c.id))))
                        FROM initiative_country link
                        JOIN countries c ON c.id = link.country_id
                        WHERE link.initiative_id = i.id), '[]'),
                    'key_figures', coalesce((
                        SELECT jsonb_agg(jsonb_build_object(
                            'id', f.id, 'value', f.value, 'unit', f.unit, 'approximation', f.approximation, 'sort_order', f.sort_order,
                            'original_language', f.original_language,
                            'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM key_figure_translation t WHERE t.key_figure_id = f.id)))
                        FROM key_figures f WHERE f.initiative_id = i.id), '[]'),
                    'milestones', coalesce((
                        SELECT jsonb_agg(jsonb_build_object(
                            'id', m.id, 'date', jsonb_build_object('start', m.date, 'precision', m.date_precision), 'status', m.status,
                            'original_language', m.original_language,
                            'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM milestone_translation t WHERE t.milestone_id = m.id),
                            'country', (
                                SELECT jsonb_build_object(
                                    'id', c.id, 'iso_code', c.iso_code, 'slug', c.slug, 'group', c."group", 'original_language', c.original_language,
                                    'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM country_translation t WHERE t.country_id = c.id))
                                FROM countries c WHERE c.id = m.country_id),
                            'event', (
                                SELECT jsonb_build_object(
                                    'id', e.id, 'slug', e.slug, 'original_language', e.original_language, 'publication', e.publication,
                                    'start_date', jsonb_build_object('start', e.start_date, 'precision', e.start_date_precision))
                                FROM events e WHERE e.id = m.event_id)))
                        FROM milestones m WHERE m.initiative_id = i.id), '[]'),
                    'links', coalesce((
                        SELECT jsonb_agg(jsonb_build_object(
                            'id', l.id, 'url', l.url, 'sort_order', l.sort_order, 'original_language', l.original_language,
                            'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM external_link_translation t WHERE t.external_link_id = l.id)))
                        FROM external_links l WHERE l.initiative_id = i.id), '[]'),
                    'images', coalesce((
                        SELECT jsonb_agg(jsonb_build_object(
                            'id', image.id, 'removed_at', image.removed_at, 'sort_order', image.sort_order,
                            'original_language', image.original_language, 'file_id', image.file_id,
                            'file', (SELECT jsonb_build_object('id', f.id, 'content_type', f.content_type, 'width', f.width, 'height', f.height) FROM image_files f WHERE f.id = image.file_id),
                            'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM image_translation t WHERE t.image_id = image.id)))
                        FROM images image WHERE image.initiative_id = i.id), '[]'),
                    'parent_initiative', (
                        SELECT jsonb_build_object(
                            'id', parent.id, 'slug', parent.slug, 'original_language', parent.original_language, 'publication', parent.publication,
                            'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM initiative_translation t WHERE t.initiative_id = parent.id))
                        FROM initiatives parent WHERE parent.id = i.parent_initiative_id),
                    'child_initiatives', coalesce((
                        SELECT jsonb_agg(jsonb_build_object(
                            'id', child.id, 'slug', child.slug, 'original_language', child.original_language, 'publication', child.publication,
                            'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM initiative_translation t WHERE t.initiative_id = child.id)))
                        FROM initiatives child WHERE child.parent_initiative_id = i.id AND child.publication = 'Published'), '[]'),
                    'source_document', (
                        SELECT jsonb_build_object(
                            'id', d.id, 'file_name', d.file_name, 'slug', d.slug, 'url', d.url, 'original_language', d.original_language,
                            'published_on', CASE WHEN d.published_on IS NOT NULL THEN jsonb_build_object('start', d.published_on, 'precision', d.published_on_precision) END,
                            'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM source_document_translation t WHERE t.source_document_id = d.id))
                        FROM source_documents d WHERE d.id = i.source_document_id)),
                'events', coalesce((
                    SELECT jsonb_agg(jsonb_build_object(
                        'slug', e.slug, 'start_date', jsonb_build_object('start', e.start_date, 'precision', e.start_date_precision),
                        'original_language', e.original_language,
                        'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM event_translation t WHERE t.event_id = e.id))
                        ORDER BY e.start_date DESC, e.slug)
                    FROM event_initiative link
                    JOIN events e ON e.id = link.event_id AND e.publication = 'Published'
                    WHERE link.initiative_id = i.id), '[]'))::text
            FROM initiatives i
            WHERE i.slug = {{slug}} AND i.publication = 'Published'
            """, cancellationToken);
}

/// <summary>
/// How "related initiatives" are chosen, simply enough to explain to a reader: another published initiative scores a
/// point for each cooperation area, published organisation and country it shares with this one, a country counting
/// only where both are for a reason of their own (named, a milestone, a photo caption). Countries shared only because
/// one of them covers all of ASEAN (ADR 26) add half a point once: with about 65 regional initiatives, counting every
/// Member State would make every regional initiative related to every other. Ties go to the latest start.
/// Countries score, but only pick the initiatives to score when areas and organisations find fewer than
/// <see cref="Limit"/>: with ten Member States nearly every initiative shares a country with every other, and scoring
/// them all took 50–200 ms of PostgreSQL per page on the generated 10,000 initiatives (docs/benchmarks.md). For the same
/// reason the <see cref="Shortlist"/> sharing the most areas and organisations (the newest first among equals) are
/// scored, not all of them.
/// </summary>
public static class RelatedInitiatives
{
    public const int Limit = 5;

    public const int Shortlist = 50;

    public const double SharedRegion = 0.5;

    /// <summary>
    /// The related initiatives of one, kept while the content is unchanged (<see cref="ContentCache"/>): the list is the
    /// same in every language, so the English and Japanese pages share one computation per content version.
    /// </summary>
    public static Task<List<InitiativeCard>> LoadAsync(PortalDbContext db, ContentCache kept, int initiativeId, CancellationToken cancellationToken) =>
        kept.GetOrComputeForRecordAsync((nameof(RelatedInitiatives), initiativeId), async () =>
            await JsonReadModel.LoadAsync<List<InitiativeCard>>(db, $$"""
                WITH own AS MATERIALIZED (
                    SELECT coalesce(array_agg(DISTINCT reach.country_id), '{}') AS countries
                    FROM initiative_country_reach reach
                    WHERE reach.initiative_id = {{initiativeId}} AND reach.reach <> 'Regional'),
                strong AS MATERIALIZED (
                    SELECT shared.id, sum(shared.points) AS points
                    FROM (
                        SELECT theirs.initiative_id AS id, count(*) AS points
                        FROM initiative_area mine
                        JOIN initiative_area theirs ON theirs.cooperation_area_id = mine.cooperation_area_id
                        WHERE mine.initiative_id = {{initiativeId}}
                        GROUP BY theirs.initiative_id
                        UNION ALL
                        SELECT theirs.initiative_id, count(*)
                        FROM initiative_organisation mine
                        JOIN organisations o ON o.id = mine.organisation_id AND o.publication = 'Published'
                        JOIN initiative_organisation theirs ON theirs.organisation_id = mine.organisation_id
                        WHERE mine.initiative_id = {{initiativeId}}
                        GROUP BY theirs.initiative_id
                    ) shared
                    WHERE shared.id <> {{initiativeId}}
                    GROUP BY shared.id),
                shortlist AS MATERIALIZED (
                    SELECT id, points FROM strong
                    UNION ALL
                    SELECT DISTINCT theirs.initiative_id, 0
                    FROM own
                    JOIN initiative_country_reach theirs ON theirs.country_id = ANY (own.countries) AND theirs.reach <> 'Regional'
                    WHERE (SELECT count(*) FROM strong) < {{RelatedInitiatives.Limit}} AND theirs.initiative_id <> {{initiativeId}}
                        AND NOT EXISTS (SELECT FROM strong WHERE strong.id = theirs.initiative_id)
                    ORDER BY points DESC, id DESC
                    LIMIT {{RelatedInitiatives.Shortlist}})
                SELECT coalesce(jsonb_agg(jsonb_build_object(
                    'slug', r.slug, 'acronym', r.acronym, 'kind', r.kind, 'status', r.status,
                    'start_date', CASE WHEN r.start_date IS NOT NULL THEN jsonb_build_object('start', r.start_date, 'precision', r.start_date_precision) END,
                    'original_language', r.original_language,
                    'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM initiative_translation t WHERE t.initiative_id = r.id))
                    ORDER BY scored.score DESC, r.start_date DESC NULLS LAST, r.slug), '[]')::text
                FROM (
                    SELECT candidate.id, shortlist.points
                        + (SELECT count(DISTINCT reach.country_id) FROM initiative_country_reach reach, own
                           WHERE reach.initiative_id = candidate.id AND reach.reach <> 'Regional' AND reach.country_id = ANY (own.countries))
                        + CASE WHEN (candidate.covers_all_asean OR i.covers_all_asean) AND candidate.country_ids && i.country_ids THEN {{RelatedInitiatives.SharedRegion}} ELSE 0 END AS score
                    FROM shortlist
                    JOIN initiatives candidate ON candidate.id = shortlist.id AND candidate.publication = 'Published'
                    JOIN initiatives i ON i.id = {{initiativeId}}
                    ORDER BY score DESC, candidate.start_date DESC NULLS LAST, candidate.slug
                    LIMIT {{RelatedInitiatives.Limit}}) scored
                JOIN initiatives r ON r.id = scored.id
                """, cancellationToken) ?? [], cancellationToken);
}
