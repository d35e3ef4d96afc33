using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using JaifPortal.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Pages.Initiatives;

public sealed class IndexModel(PortalDbContext db, IOptions<PortalOptions> options) : PublicPageModel
{
    public IReadOnlyList<PillarOption> PillarOptions { get; private set; } = [];

    public string? SelectedPillar { get; private set; }

    public IReadOnlyList<InitiativeCard> Initiatives { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Create(1, 0, 1);

    public async Task OnGetAsync([FromQuery] string? pillar, [FromQuery] int? page, CancellationToken cancellationToken)
    {
        PillarOptions = await db.Pillars.AsNoTracking()
            .OrderBy(p => p.Number)
            .Select(p => new PillarOption(p.Slug, p.Number, p.OriginalLanguage, p.Translations.ToList()))
            .ToListAsync(cancellationToken);

        // An unknown pillar in the address shows every initiative rather than an empty list.
        SelectedPillar = PillarOptions.Any(option => option.Slug == pillar) ? pillar : null;
        var query = db.Initiatives.AsNoTracking().Published();
        if (SelectedPillar is not null)
        {
            query = query.Where(i => i.Areas.Any(link => link.CooperationArea.Pillar.Slug == SelectedPillar));
        }

        Paging = Paging.Create(page, await query.CountAsync(cancellationToken), options.Value.PageSize);
        Initiatives = await query.InPlanOrder()
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .ToCards()
            .ToListAsync(cancellationToken);
    }

    public sealed record PillarOption(string Slug, int Number, string OriginalLanguage, List<PillarTranslation> Translations);
}
