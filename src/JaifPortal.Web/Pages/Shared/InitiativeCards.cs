using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>Initiatives as cards, loaded by a projection so a list never pulls whole records.</summary>
public sealed record InitiativeCards(IReadOnlyList<InitiativeCard> Items, UiText T, string EmptyMessage);

public sealed record InitiativeCard(
    string Slug,
    string? Acronym,
    InitiativeKind Kind,
    InitiativeStatus Status,
    PartialDate? StartDate,
    PartialDate? EndDate,
    string OriginalLanguage,
    List<InitiativeTranslation> Translations);

public static class InitiativeCardQueries
{
    /// <summary>Only what a card shows: the translations' names and summaries, not their descriptions.</summary>
    public static IQueryable<InitiativeCard> ToCards(this IQueryable<Initiative> initiatives) =>
        initiatives.Select(i => new InitiativeCard(
            i.Slug, i.Acronym, i.Kind, i.Status, i.StartDate, i.EndDate, i.OriginalLanguage,
            i.Translations.Select(t => new InitiativeTranslation
            {
                Language = t.Language, Name = t.Name, Summary = t.Summary, State = t.State, NameConfidence = t.NameConfidence, IsPublished = t.IsPublished,
            }).ToList()));

    /// <summary>
    /// In the plan's order: by the first pillar and area an initiative serves (<see cref="Initiative.PlanOrder"/>), then
    /// by slug, the order of the published initiatives' listing index, so a page of a list is read from the index.
    /// </summary>
    public static IOrderedQueryable<Initiative> InPlanOrder(this IQueryable<Initiative> initiatives) =>
        initiatives.OrderBy(i => i.PlanOrder).ThenBy(i => i.Slug);
}
