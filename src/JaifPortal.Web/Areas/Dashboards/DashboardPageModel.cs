using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Areas.Dashboards;

/// <summary>
/// A page of one pillar's internal dashboard (the dashboard, the lists behind its figures, the
/// exports): finds the pillar by slug or number and reads the filter from the address. An unknown
/// pillar leads to the overview, which says so.
/// </summary>
public abstract class DashboardPageModel(PortalDbContext db, PillarDashboardQuery query, DashboardLinks links) : DashboardsPageModel
{
    public PillarContext Pillar { get; private set; } = null!;

    public DashboardFilter Filter { get; private set; } = DashboardFilter.None;

    public List<string> Problems { get; } = [];

    public DashboardChoices Choices { get; private set; } = null!;

    protected PillarDashboardQuery Query => query;

    protected PortalDbContext Db => db;

    public DashboardLinks Links => links;

    public LabelText PillarName => Pillar.Pillar.NameIn(Lang, publishedOnly: false);

    /// <summary>The period the filter judges what is recent by, named for running text.</summary>
    public string PeriodName => T.PeriodName(Filter.Period, query.Today, query.Options.RecentMonths);

    public string PillarSlug => Pillar.Pillar.Key;

    /// <summary>
    /// Loads the pillar, the filter and its choices; returns the redirect to the overview when there is no
    /// such pillar, and the permanent one to the same address when it uses a renamed filter key (<see cref="FilterKeys.Renamed"/>). <paramref name="alongside"/>, given the pillar and the filter, runs while the choices
    /// load in a lane of their own; it must not use the page's context for anything but the content version.
    /// </summary>
    protected async Task<IActionResult?> LoadPillarAsync(string pillar, CancellationToken cancellationToken, Func<Task>? alongside = null)
    {
        if (FilterKeys.AddressWithoutRenamedKeys(Request) is { } renamed)
        {
            return RedirectPermanent(renamed);
        }

        if (await query.FindPillarAsync(pillar, cancellationToken) is not { } context)
        {
            return Redirect(links.Overview(Lang) + DashboardLinks.Query([new("unknown", pillar.Length > 60 ? pillar[..60] : pillar)]));
        }

        Pillar = context;
        var (filter, problems) = await DashboardFilterReader.ReadAsync(db, context.Pillar.Id, Request.Query, T, cancellationToken);
        Filter = filter;
        Problems.AddRange(problems);
        var choices = query.ChoicesAsync(context, filter, Lang, cancellationToken);
        await Task.WhenAll(choices, alongside?.Invoke() ?? Task.CompletedTask);
        Choices = await choices;
        return null;
    }

    protected DashboardRequest DashboardRequest() => query.Request(Pillar, Filter, DashboardScope.Internal, Lang);

    protected DashboardTables Tables() =>
        new(T, FigureLinks.Internal(links, Lang, PillarSlug, Filter), query.Options, Filter.PublishedOnly);

    public DashboardFilterView FilterView(params (string Key, string Value)[] kept) => new(T, Lang, Filter, Choices, Request.Path, kept, query.Options.RecentMonths);
}

/// <summary>What the filter form and the summary of the active filter need; <see cref="Kept"/> are values the form passes on unchanged.</summary>
public sealed record DashboardFilterView(
    DashboardText Text, string Language, DashboardFilter Filter, DashboardChoices Choices, string Action, IReadOnlyList<(string Key, string Value)> Kept, int RecentMonths)
{
    /// <summary>This page with the filter, less one of its values (or all of them).</summary>
    public string Without(string? key) =>
        Action + DashboardLinks.Query(Kept.Select(k => new KeyValuePair<string, string?>(k.Key, k.Value))
            .Concat(key is null ? [] : Filter.QueryValues().Where(pair => pair.Key != key)));

    /// <summary>What the page counts and the switch to the other choice (this page, the rest of the filter kept).</summary>
    public CountedNote Counted => new(Text, Filter.IncludeWorkInProgress, Action + DashboardLinks.Query(Kept.Select(k => new KeyValuePair<string, string?>(k.Key, k.Value))
        .Concat((Filter with { IncludeWorkInProgress = !Filter.IncludeWorkInProgress }).QueryValues())));
}

/// <summary>The note that says whether drafts and records in review are counted, with the link that switches it (<c>_CountedNote</c>).</summary>
public sealed record CountedNote(DashboardText Text, bool IncludeWorkInProgress, string Switch);
