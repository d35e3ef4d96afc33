using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Search;

/// <summary>One record found, with the text to show in the visitor's language (or the fallback) and its published names for the CSV.</summary>
public sealed record SearchResult(
    string Slug, string Href, string Name, string? Acronym, string? Detail, FallbackNote Fallback, double Score, IReadOnlyDictionary<string, string?> PublishedNames)
{
    public string Language => Fallback.ShownLanguage;
}

/// <summary>The results of one kind of record, best first: at most the requested number, out of <see cref="TotalCount"/>.</summary>
public sealed record SearchGroup(string Kind, string Heading, IReadOnlyList<SearchResult> Results, int TotalCount);

/// <summary>Every matching record of each kind with its summed score; unpublished records are already left out.</summary>
public sealed record SearchMatches(
    IReadOnlyDictionary<int, double> Initiatives, IReadOnlyDictionary<int, double> Events,
    IReadOnlyDictionary<int, double> Organisations, IReadOnlyDictionary<int, double> Areas, IReadOnlyDictionary<int, double> People);

/// <summary>
/// The matching records of each kind that the filters leave, as queries to count, facet and page in PostgreSQL;
/// null for a kind the chosen filters cannot narrow (an event has no status), which is then not shown.
/// </summary>
public sealed record SearchScope(
    IQueryable<Initiative> Initiatives, IQueryable<Event>? Events, IQueryable<Organisation>? Organisations, IQueryable<CooperationArea>? Areas,
    IQueryable<Person>? People);

public sealed record SearchOutcome(ListFilter Filter, SearchMatches Matches, SearchScope Scope, IReadOnlyList<SearchGroup> Groups);

/// <summary>The filters read from the address and every match they leave, before any result is loaded.</summary>
public sealed record SearchFound(ListFilter Filter, SearchMatches Matches, SearchScope Scope)
{
    /// <summary>The filter values of the address that name nothing, left out.</summary>
    public IReadOnlyList<FilterProblem> Ignored { get; init; } = [];
}

/// <summary>
/// Public search over published initiatives, events, organisations and cooperation areas, in
/// English and Japanese at once: English full-text search (websearch_to_tsquery against a stored,
/// weighted tsvector of English rows, ranked with ts_rank) added to pg_trgm matching on any language
/// (escaped ILIKE substrings of names and summaries, word_similarity on names and acronyms for typos).
/// A query of exactly two characters (two kanji, typically) has no trigram, so its substrings are
/// found through the character-pair indexes of search_bigrams() instead of ILIKE.
/// Each kind is one pass over its translation table: every way of matching is an indexed condition
/// of one WHERE, so PostgreSQL combines the indexes (BitmapOr) and reads each matching row once, and
/// the score of a row adds up the ways it matched. A name (or acronym) that contains the query counts
/// fully; only one that does not is measured for its similarity to it (a misspelling), which spares
/// computing word_similarity for the hundreds of names a broad word is found in. Every query is
/// parameterised. The kinds are matched side by side in lanes (<see cref="QueryLanes"/>), so PostgreSQL
/// uses both cores. The matches (ids and scores) are then narrowed by the list filters in PostgreSQL,
/// and the page shows at most <see cref="PerKindLimit"/> of each kind (docs/benchmarks.md has the
/// timings at 10,000 initiatives).
/// </summary>
public sealed class PortalSearch(PortalDbContext db, QueryLanes lanes, LinkGenerator links, TimeProvider clock)
{
    public const int PerKindLimit = 20;

    // Scores added per kind of match: the name counts most, a summary less, full-text rank by its weights.
    private const double NameContains = 1.0;
    private const double AcronymContains = 1.0;
    private const double SummaryContains = 0.3;
    private const double SimilarName = 0.8;
    private const double InMatchingArea = 0.05;

    // A milestone or a photo caption of the record that contains the query counts as its summary would.
    private const double MilestoneOrCaptionContains = 0.3;

    // A record linked to a place, organisation or person of that name: found, but after the records that say it.
    private const double LinkedNameContains = 0.1;

    // At most this many names of other languages are added to a query (a name is rarely shared by more records).
    private const int OtherLanguageNamesLimit = 5;

    private static readonly string PublishedValue = nameof(PublicationStatus.Published);

    /// <summary>Searches, narrows the matches by the filters in the address and loads the best of each kind.</summary>
    public async Task<SearchOutcome> RunAsync(SearchQuery query, IQueryCollection address, UiText ui, int limit, CancellationToken cancellationToken)
    {
        var found = await FindAsync(query, address, cancellationToken);
        return new SearchOutcome(found.Filter, found.Matches, found.Scope, await GroupsAsync(found, query, ui, limit, cancellationToken));
    }

    /// <summary>Reads the filters in the address and finds every match they leave.</summary>
    public async Task<SearchFound> FindAsync(SearchQuery query, IQueryCollection address, CancellationToken cancellationToken)
    {
        var (filter, ignored) = await ListFilter.ReadAsync(db, address, FilterSubject.Initiatives, clock, cancellationToken);
        var matches = await MatchAsync(query, cancellationToken);
        return new SearchFound(filter, matches, ScopeIn(db, matches, filter)) { Ignored = ignored };
    }

    private async Task<SearchMatches> MatchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        // Exactly one of like and pair is set; a NULL one makes its conditions constant NULL, which
        // the planner drops, so each query uses only the indexes that can answer it.
        var q = query.Text;
        var pair = query.CharacterPair;
        var like = pair is null ? query.ContainsPattern : null;
        // The English full text also looks for the names the query's place, organisation or person has in the other
        // languages, so 「ジャカルタ」 finds what "Jakarta" finds in a record's English text.
        var fullText = await FullTextAsync(query, cancellationToken);

        var initiativeHits = HitsAsync(lane => lane.Database.SqlQuery<SearchHit>($"""
            SELECT hit.id AS id, SUM(hit.score)::float8 AS score FROM (
                SELECT t.initiative_id AS id,
                    CASE WHEN t.search_vector @@ websearch_to_tsquery('english', {fullText}) THEN ts_rank(t.search_vector, websearch_to_tsquery('english', {fullText})) ELSE 0 END
                    + CASE WHEN t.name ILIKE {like} ESCAPE '\' OR strpos(lower(t.name), lower({pair})) > 0 THEN {NameContains}
                        WHEN t.name %> {q} THEN {SimilarName} * word_similarity({q}, t.name) ELSE 0 END
                    + CASE WHEN t.summary ILIKE {like} ESCAPE '\' OR strpos(lower(t.summary), lower({pair})) > 0 THEN {SummaryContains} ELSE 0 END AS score
                FROM initiative_translation t
                WHERE t.is_published AND (t.search_vector @@ websearch_to_tsquery('english', {fullText})
                    OR t.name ILIKE {like} ESCAPE '\' OR t.summary ILIKE {like} ESCAPE '\' OR t.name %> {q}
                    OR search_bigrams(t.name) @> search_bigrams({pair}) OR search_bigrams(t.summary) @> search_bigrams({pair}))
                UNION ALL
                SELECT i.id,
                    CASE WHEN i.acronym ILIKE {like} ESCAPE '\' OR strpos(lower(i.acronym), lower({pair})) > 0 THEN {AcronymContains}
                        WHEN i.acronym %> {q} THEN {SimilarName} * word_similarity({q}, i.acronym) ELSE 0 END
                FROM initiatives i
                WHERE i.acronym ILIKE {like} ESCAPE '\' OR i.acronym %> {q} OR strpos(lower(i.acronym), lower({pair})) > 0
                UNION ALL
                SELECT DISTINCT a.initiative_id, {InMatchingArea} FROM initiative_area a
                JOIN cooperation_area_translation ct ON ct.cooperation_area_id = a.cooperation_area_id
                WHERE ct.is_published AND (ct.name ILIKE {like} ESCAPE '\' OR strpos(lower(ct.name), lower({pair})) > 0)
                UNION ALL
                SELECT DISTINCT m.initiative_id, {MilestoneOrCaptionContains} FROM milestone_translation mt
                JOIN milestones m ON m.id = mt.milestone_id
                WHERE mt.is_published AND (mt.search_vector @@ websearch_to_tsquery('english', {fullText})
                    OR mt.title ILIKE {like} ESCAPE '\' OR mt.description ILIKE {like} ESCAPE '\'
                    OR strpos(lower(mt.title), lower({pair})) > 0)
                UNION ALL
                SELECT DISTINCT im.initiative_id, {MilestoneOrCaptionContains} FROM image_translation it
                JOIN images im ON im.id = it.image_id AND im.initiative_id IS NOT NULL AND im.removed_at IS NULL
                WHERE it.is_published AND (it.search_vector @@ websearch_to_tsquery('english', {fullText})
                    OR it.caption ILIKE {like} ESCAPE '\' OR strpos(lower(it.caption), lower({pair})) > 0)
                UNION ALL
                SELECT DISTINCT io.initiative_id, {LinkedNameContains} FROM initiative_organisation io
                JOIN organisations o ON o.id = io.organisation_id AND o.publication = {PublishedValue}
                JOIN organisation_translation ot ON ot.organisation_id = o.id AND ot.is_published
                WHERE ot.name ILIKE {like} ESCAPE '\' OR strpos(lower(ot.name), lower({pair})) > 0
                UNION ALL
                -- A country's name finds the initiatives there for a reason of their own, not every regional one (ADR 26).
                SELECT DISTINCT reach.initiative_id, {LinkedNameContains} FROM initiative_country_reach reach
                JOIN country_translation ct ON ct.country_id = reach.country_id AND ct.is_published
                WHERE reach.reach <> 'Regional' AND (ct.name ILIKE {like} ESCAPE '\' OR strpos(lower(ct.name), lower({pair})) > 0)
            ) hit
            JOIN initiatives r ON r.id = hit.id AND r.publication = {PublishedValue}
            GROUP BY hit.id
            """), cancellationToken);

        var eventHits = HitsAsync(lane => lane.Database.SqlQuery<SearchHit>($"""
            SELECT hit.id AS id, SUM(hit.score)::float8 AS score FROM (
                SELECT t.event_id AS id,
                    CASE WHEN t.search_vector @@ websearch_to_tsquery('english', {fullText}) THEN ts_rank(t.search_vector, websearch_to_tsquery('english', {fullText})) ELSE 0 END
                    + CASE WHEN t.name ILIKE {like} ESCAPE '\' OR strpos(lower(t.name), lower({pair})) > 0 THEN {NameContains}
                        WHEN t.name %> {q} THEN {SimilarName} * word_similarity({q}, t.name) ELSE 0 END
                    + CASE WHEN t.summary ILIKE {like} ESCAPE '\' OR t.place ILIKE {like} ESCAPE '\'
                        OR strpos(lower(t.summary), lower({pair})) > 0 OR strpos(lower(t.place), lower({pair})) > 0 THEN {SummaryContains} ELSE 0 END AS score
                FROM event_translation t
                WHERE t.is_published AND (t.search_vector @@ websearch_to_tsquery('english', {fullText})
                    OR t.name ILIKE {like} ESCAPE '\' OR t.summary ILIKE {like} ESCAPE '\' OR t.place ILIKE {like} ESCAPE '\' OR t.name %> {q}
                    OR search_bigrams(t.name) @> search_bigrams({pair}) OR search_bigrams(t.summary) @> search_bigrams({pair})
                    OR search_bigrams(t.place) @> search_bigrams({pair}))
                UNION ALL
                SELECT DISTINCT im.event_id, {MilestoneOrCaptionContains} FROM image_translation it
                JOIN images im ON im.id = it.image_id AND im.event_id IS NOT NULL AND im.removed_at IS NULL
                WHERE it.is_published AND (it.search_vector @@ websearch_to_tsquery('english', {fullText})
                    OR it.caption ILIKE {like} ESCAPE '\' OR strpos(lower(it.caption), lower({pair})) > 0)
                UNION ALL
                SELECT DISTINCT eo.event_id, {LinkedNameContains} FROM event_organisation eo
                JOIN organisations o ON o.id = eo.organisation_id AND o.publication = {PublishedValue}
                JOIN organisation_translation ot ON ot.organisation_id = o.id AND ot.is_published
                WHERE ot.name ILIKE {like} ESCAPE '\' OR strpos(lower(ot.name), lower({pair})) > 0
                UNION ALL
                SELECT DISTINCT ep.event_id, {LinkedNameContains} FROM event_participant ep
                JOIN people p ON p.id = ep.person_id AND p.publication = {PublishedValue}
                JOIN person_translation pt ON pt.person_id = p.id AND pt.is_published
                WHERE pt.name ILIKE {like} ESCAPE '\' OR strpos(lower(pt.name), lower({pair})) > 0
                UNION ALL
                SELECT e.id, {LinkedNameContains} FROM events e
                JOIN country_translation ct ON ct.country_id = e.country_id AND ct.is_published
                WHERE ct.name ILIKE {like} ESCAPE '\' OR strpos(lower(ct.name), lower({pair})) > 0
            ) hit
            JOIN events r ON r.id = hit.id AND r.publication = {PublishedValue}
            GROUP BY hit.id
            """), cancellationToken);

        // Organisations and areas are a few hundred rows: reading them all for a two-character query costs little.
        var organisationHits = HitsAsync(lane => lane.Database.SqlQuery<SearchHit>($"""
            SELECT hit.id AS id, SUM(hit.score)::float8 AS score FROM (
                SELECT t.organisation_id AS id,
                    CASE WHEN t.search_vector @@ websearch_to_tsquery('english', {fullText}) THEN ts_rank(t.search_vector, websearch_to_tsquery('english', {fullText})) ELSE 0 END
                    + CASE WHEN t.name ILIKE {like} ESCAPE '\' OR strpos(lower(t.name), lower({pair})) > 0 THEN {NameContains}
                        WHEN t.name %> {q} THEN {SimilarName} * word_similarity({q}, t.name) ELSE 0 END AS score
                FROM organisation_translation t
                WHERE t.is_published AND (t.search_vector @@ websearch_to_tsquery('english', {fullText})
                    OR t.name ILIKE {like} ESCAPE '\' OR t.name %> {q} OR strpos(lower(t.name), lower({pair})) > 0)
                UNION ALL
                SELECT o.id,
                    CASE WHEN o.acronym ILIKE {like} ESCAPE '\' OR strpos(lower(o.acronym), lower({pair})) > 0 THEN {AcronymContains}
                        WHEN o.acronym %> {q} THEN {SimilarName} * word_similarity({q}, o.acronym) ELSE 0 END
                FROM organisations o
                WHERE o.acronym ILIKE {like} ESCAPE '\' OR o.acronym %> {q} OR strpos(lower(o.acronym), lower({pair})) > 0
            ) hit
            JOIN organisations r ON r.id = hit.id AND r.publication = {PublishedValue}
            GROUP BY hit.id
            """), cancellationToken);

        // Cooperation areas belong to the adopted plan and have no editorial workflow: all are public.
        var areaHits = HitsAsync(lane => lane.Database.SqlQuery<SearchHit>($"""
            SELECT t.cooperation_area_id AS id, SUM(
                CASE WHEN t.search_vector @@ websearch_to_tsquery('english', {fullText}) THEN ts_rank(t.search_vector, websearch_to_tsquery('english', {fullText})) ELSE 0 END
                + CASE WHEN t.name ILIKE {like} ESCAPE '\' OR strpos(lower(t.name), lower({pair})) > 0 THEN {NameContains}
                    WHEN t.name %> {q} THEN {SimilarName} * word_similarity({q}, t.name) ELSE 0 END
                + CASE WHEN t.summary ILIKE {like} ESCAPE '\' OR strpos(lower(t.summary), lower({pair})) > 0 THEN {SummaryContains} ELSE 0 END)::float8 AS score
            FROM cooperation_area_translation t
            WHERE t.is_published AND (t.search_vector @@ websearch_to_tsquery('english', {fullText})
                OR t.name ILIKE {like} ESCAPE '\' OR t.summary ILIKE {like} ESCAPE '\' OR t.name %> {q}
                OR strpos(lower(t.name), lower({pair})) > 0 OR strpos(lower(t.summary), lower({pair})) > 0)
            GROUP BY t.cooperation_area_id
            """), cancellationToken);

        // People are a few hundred rows, found by name (typos too) and position.
        var personHits = HitsAsync(lane => lane.Database.SqlQuery<SearchHit>($"""
            SELECT t.person_id AS id, SUM(
                CASE WHEN t.search_vector @@ websearch_to_tsquery('english', {fullText}) THEN ts_rank(t.search_vector, websearch_to_tsquery('english', {fullText})) ELSE 0 END
                + CASE WHEN t.name ILIKE {like} ESCAPE '\' OR strpos(lower(t.name), lower({pair})) > 0 THEN {NameContains}
                    WHEN t.name %> {q} THEN {SimilarName} * word_similarity({q}, t.name) ELSE 0 END
                + CASE WHEN t.title ILIKE {like} ESCAPE '\' OR strpos(lower(t.title), lower({pair})) > 0 THEN {SummaryContains} ELSE 0 END)::float8 AS score
            FROM person_translation t
            JOIN people r ON r.id = t.person_id AND r.publication = {PublishedValue}
            WHERE t.is_published AND (t.search_vector @@ websearch_to_tsquery('english', {fullText})
                OR t.name ILIKE {like} ESCAPE '\' OR t.title ILIKE {like} ESCAPE '\' OR t.name %> {q}
                OR strpos(lower(t.name), lower({pair})) > 0 OR strpos(lower(t.title), lower({pair})) > 0)
            GROUP BY t.person_id
            """), cancellationToken);

        await Task.WhenAll(initiativeHits, eventHits, organisationHits, areaHits, personHits);
        return new SearchMatches(await initiativeHits, await eventHits, await organisationHits, await areaHits, await personHits);
    }

    /// <summary>
    /// The query for English full text, widened by the names in other languages of every published place, country,
    /// organisation or person whose name in some language is exactly the query (websearch syntax: the query or any
    /// of those names as a phrase). The names are few, and each is looked up by an index or in a small table.
    /// </summary>
    private async Task<string> FullTextAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var exactly = LikePattern.Exactly(query.Text);
        var names = await db.Database.SqlQuery<string>($"""
            SELECT DISTINCT other.name AS "Value" FROM (
                SELECT o.place AS name FROM event_translation t
                JOIN events e ON e.id = t.event_id AND e.publication = {PublishedValue}
                JOIN event_translation o ON o.event_id = t.event_id AND o.language <> t.language AND o.is_published
                WHERE t.is_published AND t.place ILIKE {exactly} ESCAPE '\'
                UNION ALL
                SELECT o.name FROM country_translation t
                JOIN country_translation o ON o.country_id = t.country_id AND o.language <> t.language AND o.is_published
                WHERE t.is_published AND t.name ILIKE {exactly} ESCAPE '\'
                UNION ALL
                SELECT o.name FROM organisation_translation t
                JOIN organisations r ON r.id = t.organisation_id AND r.publication = {PublishedValue}
                JOIN organisation_translation o ON o.organisation_id = t.organisation_id AND o.language <> t.language AND o.is_published
                WHERE t.is_published AND t.name ILIKE {exactly} ESCAPE '\'
                UNION ALL
                SELECT o.name FROM person_translation t
                JOIN people r ON r.id = t.person_id AND r.publication = {PublishedValue}
                JOIN person_translation o ON o.person_id = t.person_id AND o.language <> t.language AND o.is_published
                WHERE t.is_published AND t.name ILIKE {exactly} ESCAPE '\'
            ) other
            WHERE other.name IS NOT NULL AND lower(other.name) <> lower({query.Text})
            ORDER BY 1
            LIMIT {OtherLanguageNamesLimit}
            """).ToListAsync(cancellationToken);
        return string.Join(" or ", names.Select(name => '"' + name.Replace("\"", " ", StringComparison.Ordinal) + '"').Prepend(query.Text));
    }

    /// <summary>The matches the filters leave, as queries of the given context (a page's own, or a lane's).</summary>
    public static SearchScope ScopeIn(PortalDbContext db, SearchMatches matches, ListFilter filter)
    {
        var initiativeIds = matches.Initiatives.Keys.ToList();
        var eventIds = matches.Events.Keys.ToList();
        var organisationIds = matches.Organisations.Keys.ToList();
        var areaIds = matches.Areas.Keys.ToList();
        var personIds = matches.People.Keys.ToList();
        return new SearchScope(
            filter.Apply(db.Initiatives.AsNoTracking().Published().Where(i => initiativeIds.Contains(i.Id))),
            filter.AppliesToEvents ? filter.Apply(db.Events.AsNoTracking().Published().Where(e => eventIds.Contains(e.Id))) : null,
            filter.AppliesToOrganisations ? filter.Apply(db.Organisations.AsNoTracking().Published().Where(o => organisationIds.Contains(o.Id))) : null,
            filter.AppliesToAreas ? filter.Apply(db.CooperationAreas.AsNoTracking().Where(a => areaIds.Contains(a.Id))) : null,
            filter.IsEmpty ? db.People.AsNoTracking().Published().Where(p => personIds.Contains(p.Id)) : null);
    }

    /// <summary>The best <paramref name="limit"/> results of each kind in scope, with how many there are in all.</summary>
    public async Task<IReadOnlyList<SearchGroup>> GroupsAsync(SearchFound found, SearchQuery query, UiText ui, int limit, CancellationToken cancellationToken)
    {
        var (matches, scope, narrowed) = (found.Matches, found.Scope, !found.Filter.IsEmpty);
        var terms = query.HighlightTerms;
        var lang = ui.Language;
        var groups = new List<SearchGroup>();

        var (initiativeIds, initiativeTotal) = await BestAsync(scope.Initiatives.Select(i => i.Id), matches.Initiatives, narrowed, limit, cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => initiativeIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Slug, i.Acronym, i.OriginalLanguage, Translations = i.Translations.ToList() })
            .ToListAsync(cancellationToken);
        groups.Add(Group("initiatives", ui.Initiatives, initiatives, i => i.Id, matches.Initiatives, initiativeTotal, i =>
            Result(i.Translations, lang, i.OriginalLanguage, i.Slug, links.PublicPath("/Initiatives/Details", lang, i.Slug),
                t => t.Name, i.Acronym, t => Highlighter.Excerpt(t.Summary ?? t.Description, terms), matches.Initiatives[i.Id])));

        if (scope.Events is not null)
        {
            var (eventIds, eventTotal) = await BestAsync(scope.Events.Select(e => e.Id), matches.Events, narrowed, limit, cancellationToken);
            var events = await db.Events.AsNoTracking()
                .Where(e => eventIds.Contains(e.Id))
                .Select(e => new { e.Id, e.Slug, e.OriginalLanguage, Translations = e.Translations.ToList() })
                .ToListAsync(cancellationToken);
            groups.Add(Group("events", ui.Events, events, e => e.Id, matches.Events, eventTotal, e =>
                Result(e.Translations, lang, e.OriginalLanguage, e.Slug, links.PublicPath("/Events/Details", lang, e.Slug),
                    t => t.Name, null, t => Join(t.Place, Highlighter.Excerpt(t.Summary ?? t.Topics, terms)), matches.Events[e.Id])));
        }

        if (scope.Organisations is not null)
        {
            var (organisationIds, organisationTotal) = await BestAsync(scope.Organisations.Select(o => o.Id), matches.Organisations, narrowed, limit, cancellationToken);
            var organisations = await db.Organisations.AsNoTracking()
                .Where(o => organisationIds.Contains(o.Id))
                .Select(o => new { o.Id, o.Slug, o.Acronym, o.OriginalLanguage, Translations = o.Translations.ToList() })
                .ToListAsync(cancellationToken);
            groups.Add(Group("organisations", ui.Organisations, organisations, o => o.Id, matches.Organisations, organisationTotal, o =>
                Result(o.Translations, lang, o.OriginalLanguage, o.Slug, links.PublicPath("/Organisations/Details", lang, o.Slug),
                    t => t.Name, o.Acronym, t => Highlighter.Excerpt(t.Description, terms), matches.Organisations[o.Id])));
        }

        if (scope.Areas is not null)
        {
            var (areaIds, areaTotal) = await BestAsync(scope.Areas.Select(a => a.Id), matches.Areas, narrowed, limit, cancellationToken);
            var areas = await db.CooperationAreas.AsNoTracking()
                .Where(a => areaIds.Contains(a.Id))
                .Select(a => new { a.Id, a.Slug, a.OriginalLanguage, Translations = a.Translations.ToList() })
                .ToListAsync(cancellationToken);
            groups.Add(Group("areas", ui.CooperationAreas, areas, a => a.Id, matches.Areas, areaTotal, a =>
                Result(a.Translations, lang, a.OriginalLanguage, a.Slug, links.PublicPath("/CooperationAreas/Details", lang, a.Slug),
                    t => t.Name, null, t => Highlighter.Excerpt(t.Summary, terms), matches.Areas[a.Id])));
        }

        if (scope.People is not null)
        {
            var (personIds, personTotal) = await BestAsync(scope.People.Select(p => p.Id), matches.People, narrowed, limit, cancellationToken);
            var people = await db.People.AsNoTracking()
                .Where(p => personIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Slug, p.OriginalLanguage, Translations = p.Translations.ToList() })
                .ToListAsync(cancellationToken);
            groups.Add(Group("people", ui.People, people, p => p.Id, matches.People, personTotal, p =>
                Result(p.Translations, lang, p.OriginalLanguage, p.Slug, links.PublicPath("/People/Details", lang, p.Slug),
                    t => t.Name, null, t => Highlighter.Excerpt(t.Title, terms), matches.People[p.Id])));
        }

        return groups;
    }

    /// <summary>
    /// The best-scored ids still in scope. Without a filter every match is in scope (the match queries
    /// already keep published records only), so PostgreSQL is not asked again for thousands of ids.
    /// </summary>
    private static async Task<(List<int> Ids, int Total)> BestAsync(
        IQueryable<int> ids, IReadOnlyDictionary<int, double> scores, bool narrowed, int limit, CancellationToken cancellationToken)
    {
        var left = narrowed ? await ids.ToListAsync(cancellationToken) : [.. scores.Keys];
        return ([.. left.OrderByDescending(id => scores[id]).ThenBy(id => id).Take(limit)], left.Count);
    }

    /// <summary>Runs one kind's match query in a lane of its own.</summary>
    private Task<Dictionary<int, double>> HitsAsync(Func<PortalDbContext, IQueryable<SearchHit>> hits, CancellationToken cancellationToken) =>
        lanes.RunAsync(async lane => (await hits(lane).ToListAsync(cancellationToken)).ToDictionary(hit => hit.Id, hit => hit.Score), cancellationToken);

    private static SearchGroup Group<TRecord>(
        string kind, string heading, IEnumerable<TRecord> records, Func<TRecord, int> id,
        IReadOnlyDictionary<int, double> hits, int total, Func<TRecord, SearchResult?> result) =>
        new(kind, heading, [.. records
            .Select(record => (Id: id(record), Result: result(record)))
            .Where(pair => pair.Result is not null)
            .OrderByDescending(pair => hits[pair.Id])
            .ThenBy(pair => pair.Result!.Name, StringComparer.CurrentCulture)
            .Select(pair => pair.Result!)], total);

    private static SearchResult? Result<TTranslation>(
        List<TTranslation> translations, string language, string originalLanguage, string slug, string href,
        Func<TTranslation, string> name, string? acronym, Func<TTranslation, string?> detail, double score)
        where TTranslation : Translation
    {
        var text = TranslationSelection.Select(translations, language, originalLanguage);
        return text is null
            ? null
            : new SearchResult(
                slug, href, name(text.Text), acronym == name(text.Text) ? null : acronym, detail(text.Text), FallbackNote.For(text), score,
                ContentLanguage.Published.ToDictionary(
                    nameLanguage => nameLanguage,
                    nameLanguage => translations.Where(t => t.IsPublished && t.Language == nameLanguage).Select(name).FirstOrDefault()));
    }

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
