using JaifPortal.Web.Data;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Pages.Events;

/// <summary>
/// The published events most related to an event, in one statement: another event scores a point for each cooperation
/// area, published organisation and published initiative it shares with this one, and one for being held in the same
/// country. At least one shared thing is needed; ties go to the latest. The rule of <c>RelatedInitiatives</c>, for events.
/// </summary>
public static class RelatedEvents
{
    public const int Limit = 5;

    public static async Task<IReadOnlyList<EventItem>> LoadAsync(PortalDbContext db, int eventId, CancellationToken cancellationToken) =>
        await JsonReadModel.LoadAsync<List<EventItem>>(db, $$"""
            SELECT coalesce(jsonb_agg(jsonb_build_object(
                'slug', r.slug, 'start_date', jsonb_build_object('start', r.start_date, 'precision', r.start_date_precision),
                'original_language', r.original_language,
                'translations', (SELECT jsonb_agg(to_jsonb(t) - '{search_vector,text_updated_at}'::text[]) FROM event_translation t WHERE t.event_id = r.id))
                ORDER BY related.score DESC, r.start_date DESC, r.slug), '[]')::text
            FROM (
                SELECT candidate.id, sum(shared.points) AS score
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
                    UNION ALL
                    SELECT theirs.id, 1
                    FROM events mine
                    JOIN events theirs ON theirs.country_id = mine.country_id
                    WHERE mine.id = {{eventId}}
                ) shared
                JOIN events candidate ON candidate.id = shared.id AND candidate.id <> {{eventId}} AND candidate.publication = 'Published'
                GROUP BY candidate.id
                ORDER BY score DESC, candidate.start_date DESC, candidate.slug
                LIMIT {{Limit}}) related
            JOIN events r ON r.id = related.id
            """, cancellationToken) ?? [];
}
