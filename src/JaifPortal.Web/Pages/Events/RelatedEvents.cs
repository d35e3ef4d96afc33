using JaifPortal.Web.Data;
using JaifPortal.Web.Pages.Initiatives;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Pages.Events;

/// <summary>
/// The published events most related to an event: another event scores a point for each cooperation area, published
/// organisation and published initiative it shares with this one, and one for being held in the same country. Ties go
/// to the latest. The rule of <c>RelatedInitiatives</c>, for events, with its limits: the same country only picks the
/// events to score when areas, organisations and initiatives find fewer than <see cref="Limit"/> (on the generated data
/// about 1,700 events share each country, and scoring them all took about 100–300 ms of PostgreSQL per page), and the
/// <see cref="RelatedInitiatives.Shortlist"/> sharing the most (the newest first among equals) are scored.
/// </summary>
public static class RelatedEvents
{
    public const int Limit = 5;

    /// <summary>Kept per event and content version (<see cref="ContentCache"/>): the list is the same in every language.</summary>
    public static Task<List<EventItem>> LoadAsync(PortalDbContext db, ContentCache kept, int eventId, CancellationToken cancellationToken) =>
        kept.GetOrComputeForRecordAsync((nameof(RelatedEvents), eventId), async () =>
            await JsonReadModel.LoadAsync<List<EventItem>>(db, $$"""
                WITH strong AS MATERIALIZED (
                    SELECT shared.id, sum(shared.points) AS points
                    FROM (
                        SELECT theirs.event_id AS id, count(*) AS points
                        FROM event_area mine
                        JOIN event_area theirs ON theirs.cooperation_area_id = mine.cooperation_area_id
                        WHERE mine.event_id = {{eventId}}
                        GROUP BY theirs.event_id
                        UNION ALL
                        SELECT theirs.event_id, count(*)
                        FROM event_organisation mine
                        JOIN organisations o ON o.id = mine.organisation_id AND o.publication = 'Published'
                        JOIN event_organisation theirs ON theirs.organisation_id = mine.organisation_id
                        WHERE mine.event_id = {{eventId}}
                        GROUP BY theirs.event_id
                        UNION ALL
                        SELECT theirs.event_id, count(*)
                        FROM event_initiative mine
                        JOIN initiatives i ON i.id = mine.initiative_id AND i.publication = 'Published'
                        JOIN event_initiative theirs ON theirs.initiative_id = mine.initiative_id
                        WHERE mine.event_id = {{eventId}}
                        GROUP BY theirs.event_id
                    ) shared
                    WHERE shared.id <> {{eventId}}
                    GROUP BY shared.id),
                shortlist AS MATERIALIZED (
                    SELECT id, points FROM strong
                    UNION ALL
                    SELECT theirs.id, 0
                    FROM events mine
                    JOIN events theirs ON theirs.country_id = mine.country_id
                    WHERE mine.id = {{eventId}} AND theirs.id <> {{eventId}} AND (SELECT count(*) FROM strong) < {{Limit}}
                        AND NOT EXISTS (SELECT FROM strong WHERE strong.id = theirs.id)
                    ORDER BY points DESC, id DESC
                    LIMIT {{RelatedInitiatives.Shortlist}})
                SELECT coalesce(jsonb_agg(jsonb_build_object(
                    'slug', r.slug, 'start_date', jsonb_build_object('start', r.start_date, 'precision', r.start_date_precision),
                    'original_language', r.original_language,
                    'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM event_translation t WHERE t.event_id = r.id))
                    ORDER BY scored.score DESC, r.start_date DESC, r.slug), '[]')::text
                FROM (
                    SELECT candidate.id,
                        shortlist.points + CASE WHEN candidate.country_id = mine.country_id THEN 1 ELSE 0 END AS score
                    FROM shortlist
                    JOIN events candidate ON candidate.id = shortlist.id AND candidate.publication = 'Published'
                    JOIN events mine ON mine.id = {{eventId}}
                    ORDER BY score DESC, candidate.start_date DESC, candidate.slug
                    LIMIT {{Limit}}) scored
                JOIN events r ON r.id = scored.id
                """, cancellationToken) ?? [], cancellationToken);
}
