using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages;

public sealed class IndexModel(UserManager<PortalUser> users, PortalDbContext db, EditorsDesk desk, TimeProvider clock) : AdminPageModel
{
    /// <summary>Records whose form this editor left with changes not saved.</summary>
    public DeskList Unsaved { get; private set; } = DeskList.Of([]);

    /// <summary>This editor's drafts and unpublished changes, not yet submitted for review.</summary>
    public DeskList MyDrafts { get; private set; } = DeskList.Of([]);

    /// <summary>Submitted by others; shown to those who may review (null for the others).</summary>
    public DeskList? ForReview { get; private set; }

    public DeskList ChangedByOthers { get; private set; } = DeskList.Of([]);

    /// <summary>Since when "changed by others" counts: the previous sign-in, or a week back on a first visit.</summary>
    public DateTimeOffset ChangedSince { get; private set; }

    public bool FirstVisit { get; private set; }

    /// <summary>Enough to act on at a glance; past that the list says how many more there are.</summary>
    public const int NeedsUpdateLimit = 50;

    public string DisplayName { get; private set; } = string.Empty;

    public IReadOnlyList<string> Roles { get; private set; } = [];

    /// <summary>
    /// Initiatives and milestones a passed date has overtaken (<see cref="StatusToday"/>), oldest date first, each a
    /// line for the initiative's editor, where milestones are edited too. Archived initiatives are left out.
    /// </summary>
    public IReadOnlyList<NeedsUpdateItem> NeedsUpdate { get; private set; } = [];

    public int NeedsUpdateCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        DisplayName = user?.DisplayName ?? string.Empty;
        Roles = PortalRoles.All.Where(User.IsInRole).ToList();
        if (user is not null)
        {
            await LoadDeskAsync(user.Id, cancellationToken);
        }

        var today = PortalTime.Today(clock);
        var overtakenInitiatives = db.Initiatives.AsNoTracking()
            .Where(i => i.Publication != PublicationStatus.Archived)
            .Where(StatusToday.InitiativesNeedingUpdate(today));
        var overtakenMilestones = db.Milestones.AsNoTracking()
            .Where(m => m.Initiative.Publication != PublicationStatus.Archived)
            .Where(StatusToday.MilestonesNeedingUpdate(today));
        NeedsUpdateCount = await overtakenInitiatives.CountAsync(cancellationToken) + await overtakenMilestones.CountAsync(cancellationToken);
        var initiatives = await overtakenInitiatives
            .OrderBy(i => i.Id).Take(NeedsUpdateLimit)
            .Select(i => new { i.Id, i.Slug, i.Status, i.StartDate, i.EndDate, i.OriginalLanguage, Names = i.Translations.Select(t => new { t.Language, t.Name }).ToList() })
            .ToListAsync(cancellationToken);
        var milestones = await overtakenMilestones
            .OrderBy(m => m.Date.Start).ThenBy(m => m.Id).Take(NeedsUpdateLimit)
            .Select(m => new
            {
                m.InitiativeId,
                m.Initiative.Slug,
                m.Date,
                m.OriginalLanguage,
                Titles = m.Translations.Select(t => new { t.Language, t.Title }).ToList(),
                InitiativeLanguage = m.Initiative.OriginalLanguage,
                Names = m.Initiative.Translations.Select(t => new { t.Language, t.Name }).ToList(),
            })
            .ToListAsync(cancellationToken);

        string Pick<TText>(IEnumerable<TText> texts, Func<TText, string> language, Func<TText, string> text, string originalLanguage, string fallback) =>
            texts.Where(t => language(t) == Lang).Concat(texts.Where(t => language(t) == originalLanguage)).Select(text)
                .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value)) ?? fallback;
        var format = FormatText.For(Lang);
        NeedsUpdate = initiatives
            .Select(i => (Status: StatusToday.Of(i.Status, i.StartDate, i.EndDate, today), Initiative: i))
            .Select(x => new NeedsUpdateItem(
                x.Initiative.Id,
                Pick(x.Initiative.Names, n => n.Language, n => n.Name, x.Initiative.OriginalLanguage, x.Initiative.Slug),
                x.Status.Standing == InitiativeStanding.Ended
                    ? T.InitiativeEndedButRecorded(T.Describe(x.Initiative.Status), format.Date(x.Status.PassedDate!))
                    : T.InitiativeStartPassedButPlanned(format.Date(x.Status.PassedDate!)),
                x.Status.PassedDate!.Start))
            .Concat(milestones.Select(m => new NeedsUpdateItem(
                m.InitiativeId,
                Pick(m.Names, n => n.Language, n => n.Name, m.InitiativeLanguage, m.Slug),
                T.MilestoneStillPlanned(Pick(m.Titles, t => t.Language, t => t.Title, m.OriginalLanguage, string.Empty), format.Date(m.Date)),
                m.Date.Start)))
            .OrderBy(item => item.Date).ThenBy(item => item.Name, StringComparer.Ordinal)
            .Take(NeedsUpdateLimit)
            .ToList();
    }

    private async Task LoadDeskAsync(string userId, CancellationToken cancellationToken)
    {
        Unsaved = await desk.UnsavedAsync(userId, Lang, cancellationToken);
        MyDrafts = await desk.MyDraftsAsync(userId, Lang, cancellationToken);
        if (User.IsInRole(PortalRoles.Reviewer) || User.IsInRole(PortalRoles.Administrator))
        {
            ForReview = await desk.WaitingForReviewAsync(userId, Lang, cancellationToken);
        }

        var previous = await desk.PreviousSignInAsync(userId, cancellationToken);
        FirstVisit = previous is null;
        ChangedSince = previous ?? clock.GetUtcNow() - EditorsDesk.FirstVisitWindow;
        ChangedByOthers = await desk.ChangedByOthersAsync(userId, ChangedSince, Lang, cancellationToken);
    }

    /// <summary>One line of "Needs an update": the initiative to open in its editor and what a passed date has overtaken.</summary>
    public sealed record NeedsUpdateItem(int InitiativeId, string Name, string Problem, DateOnly Date);
}
