using System.Diagnostics;
using JaifPortal.Web.Domain;
using Npgsql;

namespace JaifPortal.Web.Data.Generation;

/// <summary>Writes generated records table by table with binary COPY, parents before children, logging each table.</summary>
internal sealed class GeneratedContentWriter(NpgsqlConnection connection, ILogger logger)
{
    /// <summary>The tables the generator fills, for ANALYZE and for the identity sequences of the first five.</summary>
    public static readonly string[] Tables =
    [
        "organisations", "initiatives", "key_figures", "events", "milestones",
        "organisation_translation", "initiative_translation", "initiative_area", "initiative_country", "initiative_organisation",
        "key_figure_translation", "event_translation", "event_area", "event_initiative", "event_organisation", "milestone_translation",
    ];

    public async Task WriteAsync(GeneratedContent content, CancellationToken cancellationToken)
    {
        await CopyAsync("organisations", Editorial<Organisation>(o => o.OriginalLanguage,
            CopyColumn.Text<Organisation>("acronym", o => o.Acronym),
            CopyColumn.Name<Organisation, OrganisationKind>("kind", o => o.Kind),
            CopyColumn.Int<Organisation>("country_id", o => o.CountryId)), content.Organisations, cancellationToken);
        await CopyAsync("organisation_translation", [.. CopyColumn.Translation<OrganisationTranslation>("organisation_id", t => t.OrganisationId,
            CopyColumn.Text<OrganisationTranslation>("name", t => t.Name),
            CopyColumn.Text<OrganisationTranslation>("description", t => t.Description))],
            content.Organisations.SelectMany(o => o.Translations), cancellationToken);

        await CopyAsync("initiatives", Editorial<Initiative>(i => i.OriginalLanguage,
            [
                CopyColumn.Text<Initiative>("acronym", i => i.Acronym),
                CopyColumn.Name<Initiative, InitiativeKind>("kind", i => i.Kind),
                CopyColumn.Name<Initiative, InitiativeStatus>("status", i => i.Status),
                .. CopyColumn.PartialDate<Initiative>("start_date", i => i.StartDate),
                .. CopyColumn.PartialDate<Initiative>("end_date", i => i.EndDate),
            ]), content.Initiatives, cancellationToken);
        await CopyAsync("initiative_translation", [.. CopyColumn.Translation<InitiativeTranslation>("initiative_id", t => t.InitiativeId,
            CopyColumn.Text<InitiativeTranslation>("name", t => t.Name),
            CopyColumn.Text<InitiativeTranslation>("summary", t => t.Summary),
            CopyColumn.Text<InitiativeTranslation>("description", t => t.Description))],
            content.Initiatives.SelectMany(i => i.Translations), cancellationToken);
        await CopyAsync("initiative_area",
            [CopyColumn.Int<InitiativeArea>("initiative_id", l => l.InitiativeId), CopyColumn.Int<InitiativeArea>("cooperation_area_id", l => l.CooperationAreaId)],
            content.Initiatives.SelectMany(i => i.Areas), cancellationToken);
        await CopyAsync("initiative_country",
            [CopyColumn.Int<InitiativeCountry>("initiative_id", l => l.InitiativeId), CopyColumn.Int<InitiativeCountry>("country_id", l => l.CountryId)],
            content.Initiatives.SelectMany(i => i.Countries), cancellationToken);
        await CopyAsync("initiative_organisation",
            [
                CopyColumn.Int<InitiativeOrganisation>("initiative_id", l => l.InitiativeId),
                CopyColumn.Int<InitiativeOrganisation>("organisation_id", l => l.OrganisationId),
                CopyColumn.Name<InitiativeOrganisation, InitiativeRole>("role", l => l.Role),
            ],
            content.Initiatives.SelectMany(i => i.Organisations), cancellationToken);

        var keyFigures = content.Initiatives.SelectMany(i => i.KeyFigures).ToList();
        await CopyAsync("key_figures",
            [
                CopyColumn.Int<KeyFigure>("id", f => f.Id),
                CopyColumn.Int<KeyFigure>("initiative_id", f => f.InitiativeId),
                CopyColumn.Decimal<KeyFigure>("value", f => f.Value),
                CopyColumn.Name<KeyFigure, FigureUnit>("unit", f => f.Unit),
                CopyColumn.Name<KeyFigure, FigureApproximation>("approximation", f => f.Approximation),
                CopyColumn.Int<KeyFigure>("sort_order", f => f.SortOrder),
                CopyColumn.Text<KeyFigure>("original_language", f => f.OriginalLanguage),
            ],
            keyFigures, cancellationToken);
        await CopyAsync("key_figure_translation", [.. CopyColumn.Translation<KeyFigureTranslation>("key_figure_id", t => t.KeyFigureId,
            CopyColumn.Text<KeyFigureTranslation>("label", t => t.Label))],
            keyFigures.SelectMany(f => f.Translations), cancellationToken);

        await CopyAsync("events", Editorial<Event>(e => e.OriginalLanguage,
            [
                CopyColumn.Int<Event>("country_id", e => e.CountryId),
                .. CopyColumn.PartialDate<Event>("start_date", e => e.StartDate),
                .. CopyColumn.PartialDate<Event>("end_date", e => e.EndDate),
            ]), content.Events, cancellationToken);
        await CopyAsync("event_translation", [.. CopyColumn.Translation<EventTranslation>("event_id", t => t.EventId,
            CopyColumn.Text<EventTranslation>("name", t => t.Name),
            CopyColumn.Text<EventTranslation>("summary", t => t.Summary),
            CopyColumn.Text<EventTranslation>("place", t => t.Place),
            CopyColumn.Text<EventTranslation>("topics", t => t.Topics),
            CopyColumn.Text<EventTranslation>("outcome", t => t.Outcome))],
            content.Events.SelectMany(e => e.Translations), cancellationToken);
        await CopyAsync("event_area",
            [CopyColumn.Int<EventArea>("event_id", l => l.EventId), CopyColumn.Int<EventArea>("cooperation_area_id", l => l.CooperationAreaId)],
            content.Events.SelectMany(e => e.Areas), cancellationToken);
        await CopyAsync("event_initiative",
            [CopyColumn.Int<EventInitiative>("event_id", l => l.EventId), CopyColumn.Int<EventInitiative>("initiative_id", l => l.InitiativeId)],
            content.Events.SelectMany(e => e.Initiatives), cancellationToken);
        await CopyAsync("event_organisation",
            [
                CopyColumn.Int<EventOrganisation>("event_id", l => l.EventId),
                CopyColumn.Int<EventOrganisation>("organisation_id", l => l.OrganisationId),
                CopyColumn.Name<EventOrganisation, EventRole>("role", l => l.Role),
            ],
            content.Events.SelectMany(e => e.Organisations), cancellationToken);

        await CopyAsync("milestones",
            [
                CopyColumn.Int<Milestone>("id", m => m.Id),
                CopyColumn.Int<Milestone>("initiative_id", m => m.InitiativeId),
                CopyColumn.Name<Milestone, MilestoneStatus>("status", m => m.Status),
                CopyColumn.Int<Milestone>("country_id", m => m.CountryId),
                CopyColumn.Int<Milestone>("event_id", m => m.EventId),
                CopyColumn.Text<Milestone>("original_language", m => m.OriginalLanguage),
                .. CopyColumn.PartialDate<Milestone>("date", m => m.Date),
            ],
            content.Milestones, cancellationToken);
        await CopyAsync("milestone_translation", [.. CopyColumn.Translation<MilestoneTranslation>("milestone_id", t => t.MilestoneId,
            CopyColumn.Text<MilestoneTranslation>("title", t => t.Title),
            CopyColumn.Text<MilestoneTranslation>("description", t => t.Description))],
            content.Milestones.SelectMany(m => m.Translations), cancellationToken);
    }

    /// <summary>The columns of an editorial record (initiative, event, organisation) around its own.</summary>
    private static List<CopyColumn<TRecord>> Editorial<TRecord>(Func<TRecord, string> originalLanguage, params CopyColumn<TRecord>[] own)
        where TRecord : IEditorial
    {
        return
        [
            CopyColumn.Int<TRecord>("id", r => r.Id),
            CopyColumn.Text<TRecord>("slug", r => r.Slug),
            .. own,
            CopyColumn.Text<TRecord>("original_language", originalLanguage),
            CopyColumn.Name<TRecord, PublicationStatus>("publication", r => r.Publication),
            CopyColumn.Bool<TRecord>("pending_review", r => r.PendingReview),
            CopyColumn.Time<TRecord>("published_at", r => r.PublishedAt),
            CopyColumn.Time<TRecord>("created_at", r => r.CreatedAt),
            CopyColumn.Time<TRecord>("updated_at", r => r.UpdatedAt),
        ];
    }

    private async Task CopyAsync<TRow>(string table, IReadOnlyList<CopyColumn<TRow>> columns, IEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var written = await BinaryCopy.WriteAsync(connection, table, columns, rows, cancellationToken);
        logger.LogInformation("Wrote {Rows:N0} rows to {Table} in {Seconds:0.0} s", written, table, watch.Elapsed.TotalSeconds);
    }
}
