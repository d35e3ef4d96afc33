using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Search;

/// <summary>One record found, with the text to show in the visitor's language (or the fallback).</summary>
public sealed record SearchResult(string Href, string Name, string? Acronym, string? Detail, FallbackNote Fallback, double Score)
{
    public string Language => Fallback.ShownLanguage;
}

/// <summary>The results of one kind of record, best first.</summary>
public sealed record SearchGroup(string Kind, string Heading, IReadOnlyList<SearchResult> Results);

/// <summary>
/// Public search over published initiatives, events, organisations and cooperation areas, in
/// English and Japanese at once: English full-text search (websearch_to_tsquery against a stored,
/// weighted tsvector of English rows, ranked with ts_rank) added to pg_trgm matching on any language
/// (escaped ILIKE substrings of names and summaries, word_similarity on names and acronyms for typos).
/// A query of exactly two characters (two kanji, typically) has no trigram, so its substrings are
/// found through the character-pair indexes of search_bigrams() instead of ILIKE.
/// Each kind is one pass over its translation table: every way of matching is an indexed condition
/// of one WHERE, so PostgreSQL combines the indexes (BitmapOr) and reads each matching row once, and
/// the score of a row adds up the ways it matched. Every query is parameterised and capped at
/// <see cref="PerKindLimit"/> results per kind (docs/benchmarks.md has the timings at 10,000 initiatives).
/// </summary>
public sealed class PortalSearch(PortalDbContext db)
{
    public const int PerKindLimit = 20;

    // Scores added per kind of match: the name counts most, a summary less, full-text rank by its weights.
    private const double NameContains = 1.0;
    private const double AcronymContains = 1.0;
    private const double SummaryContains = 0.3;
    private const double SimilarName = 0.8;
    private const double InMatchingArea = 0.05;

    private static readonly string PublishedValue = nameof(PublicationStatus.Published);

    public async Task<IReadOnlyList<SearchGroup>> SearchAsync(SearchQuery query, UiText ui, CancellationToken cancellationToken)
    {
        // Exactly one of like and pair is set; a NULL one makes its conditions constant NULL, which
        // the planner drops, so each query uses only the indexes that can answer it.
        var q = query.Text;
        var pair = query.CharacterPair;
        var like = pair is null ? query.ContainsPattern : null;
        var terms = query.HighlightTerms;
        var lang = ui.Language;

        var initiativeHits = await HitsAsync(db.Database.SqlQuery<SearchHit>($"""
            SELECT hit.id AS id, SUM(hit.score)::float8 AS score FROM (
                SELECT t.initiative_id AS id,
                    CASE WHEN t.search_vector @@ websearch_to_tsquery('english', {q}) THEN ts_rank(t.search_vector, websearch_to_tsquery('english', {q})) ELSE 0 END
                    + CASE WHEN t.name ILIKE {like} ESCAPE '\' OR strpos(lower(t.name), lower({pair})) > 0 THEN {NameContains} ELSE 0 END
                    + CASE WHEN t.summary ILIKE {like} ESCAPE '\' OR strpos(lower(t.summary), lower({pair})) > 0 THEN {SummaryContains} ELSE 0 END
                    + CASE WHEN t.name %> {q} THEN {SimilarName} * word_similarity({q}, t.name) ELSE 0 END AS score
                FROM initiative_translation t
                WHERE t.is_published AND (t.search_vector @@ websearch_to_tsquery('english', {q})
                    OR t.name ILIKE {like} ESCAPE '\' OR t.summary ILIKE {like} ESCAPE '\' OR t.name %> {q}
                    OR search_bigrams(t.name) @> search_bigrams({pair}) OR search_bigrams(t.summary) @> search_bigrams({pair}))
                UNION ALL
                SELECT i.id,
                    CASE WHEN i.acronym ILIKE {like} ESCAPE '\' OR strpos(lower(i.acronym), lower({pair})) > 0 THEN {AcronymContains} ELSE 0 END
                    + CASE WHEN i.acronym %> {q} THEN {SimilarName} * word_similarity({q}, i.acronym) ELSE 0 END
                FROM initiatives i
                WHERE i.acronym ILIKE {like} ESCAPE '\' OR i.acronym %> {q} OR strpos(lower(i.acronym), lower({pair})) > 0
                UNION ALL
                SELECT DISTINCT a.initiative_id, {InMatchingArea} FROM initiative_area a
                JOIN cooperation_area_translation ct ON ct.cooperation_area_id = a.cooperation_area_id
                WHERE ct.is_published AND (ct.name ILIKE {like} ESCAPE '\' OR strpos(lower(ct.name), lower({pair})) > 0)
            ) hit
            JOIN initiatives r ON r.id = hit.id AND r.publication = {PublishedValue}
            GROUP BY hit.id ORDER BY score DESC, hit.id LIMIT {PerKindLimit}
            """), cancellationToken);

        var eventHits = await HitsAsync(db.Database.SqlQuery<SearchHit>($"""
            SELECT hit.id AS id, SUM(hit.score)::float8 AS score FROM (
                SELECT t.event_id AS id,
                    CASE WHEN t.search_vector @@ websearch_to_tsquery('english', {q}) THEN ts_rank(t.search_vector, websearch_to_tsquery('english', {q})) ELSE 0 END
                    + CASE WHEN t.name ILIKE {like} ESCAPE '\' OR strpos(lower(t.name), lower({pair})) > 0 THEN {NameContains} ELSE 0 END
                    + CASE WHEN t.summary ILIKE {like} ESCAPE '\' OR t.place ILIKE {like} ESCAPE '\'
                        OR strpos(lower(t.summary), lower({pair})) > 0 OR strpos(lower(t.place), lower({pair})) > 0 THEN {SummaryContains} ELSE 0 END
                    + CASE WHEN t.name %> {q} THEN {SimilarName} * word_similarity({q}, t.name) ELSE 0 END AS score
                FROM event_translation t
                WHERE t.is_published AND (t.search_vector @@ websearch_to_tsquery('english', {q})
                    OR t.name ILIKE {like} ESCAPE '\' OR t.summary ILIKE {like} ESCAPE '\' OR t.place ILIKE {like} ESCAPE '\' OR t.name %> {q}
                    OR search_bigrams(t.name) @> search_bigrams({pair}) OR search_bigrams(t.summary) @> search_bigrams({pair})
                    OR search_bigrams(t.place) @> search_bigrams({pair}))
            ) hit
            JOIN events r ON r.id = hit.id AND r.publication = {PublishedValue}
            GROUP BY hit.id ORDER BY score DESC, hit.id LIMIT {PerKindLimit}
            """), cancellationToken);

        // Organisations and areas are a few hundred rows: reading them all for a two-character query costs little.
        var organisationHits = await HitsAsync(db.Database.SqlQuery<SearchHit>($"""
            SELECT hit.id AS id, SUM(hit.score)::float8 AS score FROM (
                SELECT t.organisation_id AS id,
                    CASE WHEN t.search_vector @@ websearch_to_tsquery('english', {q}) THEN ts_rank(t.search_vector, websearch_to_tsquery('english', {q})) ELSE 0 END
                    + CASE WHEN t.name ILIKE {like} ESCAPE '\' OR strpos(lower(t.name), lower({pair})) > 0 THEN {NameContains} ELSE 0 END
                    + CASE WHEN t.name %> {q} THEN {SimilarName} * word_similarity({q}, t.name) ELSE 0 END AS score
                FROM organisation_translation t
                WHERE t.is_published AND (t.search_vector @@ websearch_to_tsquery('english', {q})
                    OR t.name ILIKE {like} ESCAPE '\' OR t.name %> {q} OR strpos(lower(t.name), lower({pair})) > 0)
                UNION ALL
                SELECT o.id,
                    CASE WHEN o.acronym ILIKE {like} ESCAPE '\' OR strpos(lower(o.acronym), lower({pair})) > 0 THEN {AcronymContains} ELSE 0 END
                    + CASE WHEN o.acronym %> {q} THEN {SimilarName} * word_similarity({q}, o.acronym) ELSE 0 END
                FROM organisations o
                WHERE o.acronym ILIKE {like} ESCAPE '\' OR o.acronym %> {q} OR strpos(lower(o.acronym), lower({pair})) > 0
            ) hit
            JOIN organisations r ON r.id = hit.id AND r.publication = {PublishedValue}
            GROUP BY hit.id ORDER BY score DESC, hit.id LIMIT {PerKindLimit}
            """), cancellationToken);

        // Cooperation areas belong to the adopted plan and have no editorial workflow: all are public.
        var areaHits = await HitsAsync(db.Database.SqlQuery<SearchHit>($"""
            SELECT t.cooperation_area_id AS id, SUM(
                CASE WHEN t.search_vector @@ websearch_to_tsquery('english', {q}) THEN ts_rank(t.search_vector, websearch_to_tsquery('english', {q})) ELSE 0 END
                + CASE WHEN t.name ILIKE {like} ESCAPE '\' OR strpos(lower(t.name), lower({pair})) > 0 THEN {NameContains} ELSE 0 END
                + CASE WHEN t.summary ILIKE {like} ESCAPE '\' OR strpos(lower(t.summary), lower({pair})) > 0 THEN {SummaryContains} ELSE 0 END
                + CASE WHEN t.name %> {q} THEN {SimilarName} * word_similarity({q}, t.name) ELSE 0 END)::float8 AS score
            FROM cooperation_area_translation t
            WHERE t.is_published AND (t.search_vector @@ websearch_to_tsquery('english', {q})
                OR t.name ILIKE {like} ESCAPE '\' OR t.summary ILIKE {like} ESCAPE '\' OR t.name %> {q}
                OR strpos(lower(t.name), lower({pair})) > 0 OR strpos(lower(t.summary), lower({pair})) > 0)
            GROUP BY t.cooperation_area_id ORDER BY score DESC, t.cooperation_area_id LIMIT {PerKindLimit}
            """), cancellationToken);

        var initiativeIds = initiativeHits.Keys.ToList();
        var initiatives = await db.Initiatives.AsNoTracking().Published()
            .Where(i => initiativeIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Slug, i.Acronym, i.OriginalLanguage, Translations = i.Translations.ToList() })
            .ToListAsync(cancellationToken);
        var eventIds = eventHits.Keys.ToList();
        var events = await db.Events.AsNoTracking().Published()
            .Where(e => eventIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Slug, e.OriginalLanguage, Translations = e.Translations.ToList() })
            .ToListAsync(cancellationToken);
        var organisationIds = organisationHits.Keys.ToList();
        var organisations = await db.Organisations.AsNoTracking().Published()
            .Where(o => organisationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Slug, o.Acronym, o.OriginalLanguage, Translations = o.Translations.ToList() })
            .ToListAsync(cancellationToken);
        var areaIds = areaHits.Keys.ToList();
        var areas = await db.CooperationAreas.AsNoTracking()
            .Where(a => areaIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.OriginalLanguage, Translations = a.Translations.ToList() })
            .ToListAsync(cancellationToken);

        return
        [
            Group("initiatives", ui.Initiatives, initiatives, i => i.Id, initiativeHits, i =>
                Result(TranslationSelection.Select(i.Translations, lang, i.OriginalLanguage), $"/{lang}/initiatives/{i.Slug}",
                    t => t.Name, i.Acronym, t => Highlighter.Excerpt(t.Summary ?? t.Description, terms), initiativeHits[i.Id])),
            Group("events", ui.Events, events, e => e.Id, eventHits, e =>
                Result(TranslationSelection.Select(e.Translations, lang, e.OriginalLanguage), $"/{lang}/events/{e.Slug}",
                    t => t.Name, null, t => Join(t.Place, Highlighter.Excerpt(t.Summary ?? t.Topics, terms)), eventHits[e.Id])),
            Group("organisations", ui.Organisations, organisations, o => o.Id, organisationHits, o =>
                Result(TranslationSelection.Select(o.Translations, lang, o.OriginalLanguage), $"/{lang}/organisations/{o.Slug}",
                    t => t.Name, o.Acronym, t => Highlighter.Excerpt(t.Description, terms), organisationHits[o.Id])),
            Group("areas", ui.CooperationAreas, areas, a => a.Id, areaHits, a =>
                Result(TranslationSelection.Select(a.Translations, lang, a.OriginalLanguage), $"/{lang}/areas/{a.Slug}",
                    t => t.Name, null, t => Highlighter.Excerpt(t.Summary, terms), areaHits[a.Id])),
        ];
    }

    private static async Task<Dictionary<int, double>> HitsAsync(IQueryable<SearchHit> hits, CancellationToken cancellationToken) =>
        (await hits.ToListAsync(cancellationToken)).ToDictionary(hit => hit.Id, hit => hit.Score);

    private static SearchGroup Group<TRecord>(
        string kind, string heading, IEnumerable<TRecord> records, Func<TRecord, int> id,
        Dictionary<int, double> hits, Func<TRecord, SearchResult?> result) =>
        new(kind, heading, records
            .Select(record => (Id: id(record), Result: result(record)))
            .Where(pair => pair.Result is not null)
            .OrderByDescending(pair => hits[pair.Id])
            .ThenBy(pair => pair.Result!.Name, StringComparer.CurrentCulture)
            .Select(pair => pair.Result!)
            .ToList());

    private static SearchResult? Result<TTranslation>(
        LocalizedText<TTranslation>? text, string href, Func<TTranslation, string> name, string? acronym,
        Func<TTranslation, string?> detail, double score)
        where TTranslation : Translation =>
        text is null
            ? null
            : new SearchResult(href, name(text.Text), acronym == name(text.Text) ? null : acronym, detail(text.Text), FallbackNote.For(text), score);

    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(part => !string.IsNullOrWhiteSpace(part)).ToList();
        return present.Count == 0 ? null : string.Join(" · ", present);
    }

    /// <summary>A row of the ranking queries: a record's id and its summed score.</summary>
    public sealed class SearchHit
    {
        public int Id { get; init; }

        public double Score { get; init; }
    }
}
