using System.Text;
using System.Xml;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Discovery.Iati;

/// <summary>Loads published initiatives with what their IATI activities show, and answers with the file or with why there is none.</summary>
public sealed class IatiExport(IOptions<IatiOptions> options, IOptions<PortalOptions> portalOptions, MarkdownRenderer markdown, TimeProvider clock, LinkGenerator links)
{
    /// <summary>
    /// The initiatives with their texts, organisations, countries, areas, links, source and relatives,
    /// split into those IATI can take and those it cannot (with what they lack).
    /// </summary>
    public static async Task<IatiSelection> LoadAsync(IQueryable<Initiative> initiatives, CancellationToken cancellationToken)
    {
        var loaded = await initiatives
            .Include(i => i.Translations)
            .Include(i => i.Organisations.Where(link => link.Organisation.Publication == PublicationStatus.Published))
                .ThenInclude(link => link.Organisation).ThenInclude(o => o.Translations)
            .Include(i => i.Countries).ThenInclude(link => link.Country).ThenInclude(c => c.Translations)
            .Include(i => i.Areas).ThenInclude(link => link.CooperationArea).ThenInclude(a => a.Translations)
            .Include(i => i.Areas).ThenInclude(link => link.CooperationArea).ThenInclude(a => a.Pillar).ThenInclude(p => p.Translations)
            .Include(i => i.Links).ThenInclude(l => l.Translations)
            .Include(i => i.SourceDocument!).ThenInclude(d => d.Translations)
            .Include(i => i.ParentInitiative)
            .Include(i => i.ChildInitiatives.Where(child => child.Publication == PublicationStatus.Published))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var checkedInitiatives = loaded.Select(initiative => (Initiative: initiative, Gaps: IatiRequirements.Missing(initiative))).ToList();
        return new IatiSelection(
            [.. checkedInitiatives.Where(x => x.Gaps.Count == 0).Select(x => x.Initiative)],
            [.. checkedInitiatives.Where(x => x.Gaps.Count > 0).Select(x => new IatiLeftOut(x.Initiative.Slug, x.Gaps))]);
    }

    /// <summary>The activities as an IATI 2.03 file, noting in a comment the initiatives left out and why.</summary>
    public FileContentResult Render(HttpRequest request, string language, IatiSelection selection)
    {
        var now = clock.GetUtcNow();
        var today = PortalTime.DateOf(now);
        var writer = new IatiActivityWriter(options.Value, markdown, (page, pageLanguage, slug) => PageLinks.AbsoluteUrl(request, portalOptions.Value, links.PublicPath(page, pageLanguage, slug)), language, today);
        var document = writer.Document(selection.Exportable, selection.LeftOut, now);

        // Written as UTF-8 bytes, so the XML declaration and the HTTP charset agree.
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(xml);
        }

        return new FileContentResult(output.ToArray(), "application/xml; charset=utf-8");
    }

    /// <summary>A 404 in the visitor's language saying what is missing, since an IATI file cannot be empty.</summary>
    public static ContentResult NothingToExport(string message) =>
        new() { StatusCode = StatusCodes.Status404NotFound, Content = message, ContentType = "text/plain; charset=utf-8" };
}

/// <summary>Initiatives the IATI file can carry, and those it cannot yet.</summary>
public sealed record IatiSelection(IReadOnlyList<Initiative> Exportable, IReadOnlyList<IatiLeftOut> LeftOut);

/// <summary>An initiative kept out of the IATI file and what it lacks.</summary>
public sealed record IatiLeftOut(string Slug, IReadOnlyList<IatiGap> Gaps);
