using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>Initiatives as cards, loaded by a projection so a list never pulls whole records.</summary>
public sealed record InitiativeCards(IReadOnlyList<InitiativeCard> Items, UiText Ui, string EmptyMessage);

public sealed record InitiativeCard(
    string Slug,
    string? Acronym,
    InitiativeKind Kind,
    InitiativeStatus Status,
    PartialDate? StartDate,
    string OriginalLanguage,
    List<InitiativeTranslation> Translations);

public static class InitiativeCardQueries
{
    public static IQueryable<InitiativeCard> ToCards(this IQueryable<Initiative> initiatives) =>
        initiatives.Select(i => new InitiativeCard(i.Slug, i.Acronym, i.Kind, i.Status, i.StartDate, i.OriginalLanguage, i.Translations.ToList()));

    /// <summary>In the plan's order: by the first pillar and area an initiative serves, then by slug.</summary>
    public static IOrderedQueryable<Initiative> InPlanOrder(this IQueryable<Initiative> initiatives) =>
        initiatives
            .OrderBy(i => i.Areas.Min(link => (int?)(link.CooperationArea.Pillar.Number * 100 + link.CooperationArea.SortOrder)))
            .ThenBy(i => i.Slug);
}
