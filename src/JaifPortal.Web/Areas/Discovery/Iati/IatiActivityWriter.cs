using System.Globalization;
using System.Xml.Linq;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Areas.Discovery.Iati;

/// <summary>
/// Writes published initiatives as IATI 2.03 activities. Elements follow the order the schema's
/// sequences demand; every narrative carries its language; only published languages appear.
/// Sector vocabularies link to the portal's pages in <c>language</c> (<c>pageUrl</c> gives a page's absolute address from its name, language and slug); <c>today</c> (in Jakarta)
/// decides whether a date has been reached.
/// </summary>
public sealed class IatiActivityWriter(IatiOptions options, MarkdownRenderer markdown, Func<string, string, string, string> pageUrl, string language, DateOnly today)
{
    public const string Version = "2.03";

    /// <summary>The portal's own attributes (such as its organisation role) live in this namespace, as IATI requires of extensions.</summary>
    public static readonly XNamespace PortalNamespace = "urn:x-jaif-portal:iati";

    private static readonly XName Lang = XNamespace.Xml + "lang";

    public XDocument Document(IReadOnlyList<Initiative> initiatives, IReadOnlyList<IatiLeftOut> leftOut, DateTimeOffset generatedAt)
    {
        var root = new XElement(
            "iati-activities",
            new XAttribute("version", Version),
            new XAttribute("generated-datetime", Timestamp(generatedAt)),
            new XAttribute(XNamespace.Xmlns + "portal", PortalNamespace.NamespaceName));
        if (options.HasPlaceholderRef)
        {
            root.Add(new XComment($" The reporting organisation identifier {options.ReportingOrgRef} is a placeholder: JMT must register JAIF with IATI and set Portal:Iati:ReportingOrgRef before this file is published. "));
        }

        if (leftOut.Count > 0)
        {
            var list = string.Join("; ", leftOut.Select(initiative => $"{initiative.Slug} (lacks {string.Join(", ", initiative.Gaps.Select(IatiText.For(ContentLanguage.English).Gap))})"));
            root.Add(new XComment($" {leftOut.Count} published initiative(s) matching the request are left out because IATI 2.03 requires what they lack: {list}. "));
        }

        root.Add(initiatives.Select(Activity));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    public XElement Activity(Initiative initiative)
    {
        var texts = initiative.Translations.Where(t => t.IsPublished).OrderBy(t => LanguageOrder(t.Language)).ToList();
        return new XElement(
            "iati-activity",
            new XAttribute(Lang, initiative.OriginalLanguage),
            new XAttribute("last-updated-datetime", Timestamp(initiative.PublishedAt ?? initiative.UpdatedAt)),
            new XElement("iati-identifier", Identifier(initiative.Slug)),
            ReportingOrg(),
            new XElement("title", Narratives(texts.Select(t => (t.Language, (string?)t.Name)))),
            new XElement("description", new XAttribute("type", "1"), Narratives(texts.Select(t => (t.Language, (string?)DescriptionText(t))))),
            ParticipatingOrgs(initiative),
            new XElement("activity-status", new XAttribute("code", IatiCodes.ActivityStatus(StatusToday.Of(initiative.Status, initiative.StartDate, initiative.EndDate, today).Standing))),
            IatiCodes.ActivityDates(initiative.Status, initiative.StartDate, initiative.EndDate, today).Select(ActivityDate),
            RecipientCountries(initiative),
            RecipientRegion(initiative),
            Sectors(initiative),
            DocumentLinks(initiative, texts),
            RelatedActivities(initiative));
    }

    private static string Timestamp(DateTimeOffset when) =>
        when.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static int LanguageOrder(string code)
    {
        var index = ContentLanguage.Published.ToList().IndexOf(code);
        return index < 0 ? int.MaxValue : index;
    }

    private static IEnumerable<XElement> Narratives(IEnumerable<(string Language, string? Text)> texts) =>
        texts.Where(text => !string.IsNullOrWhiteSpace(text.Text))
            .OrderBy(text => LanguageOrder(text.Language))
            .Select(text => new XElement("narrative", new XAttribute(Lang, text.Language), text.Text));

    private static IEnumerable<XElement> Narratives<TTranslation>(IEnumerable<TTranslation> translations, Func<TTranslation, string?> text)
        where TTranslation : Translation =>
        Narratives(translations.Where(t => t.IsPublished).Select(t => (t.Language, text(t))));

    private string Identifier(string slug) => $"{options.ReportingOrgRef}-{slug}";

    private XElement ReportingOrg() =>
        new(
            "reporting-org",
            new XAttribute("ref", options.ReportingOrgRef),
            new XAttribute("type", options.ReportingOrgType),
            options.SecondaryReporter ? new XAttribute("secondary-reporter", "1") : null,
            Narratives(options.ReportingOrgNames.Select(name => (name.Key, (string?)name.Value))));

    private string DescriptionText(InitiativeTranslation text) =>
        markdown.ToPlainText(text.Description) is { Length: > 0 } description ? description : text.Summary ?? string.Empty;

    private IEnumerable<XElement> ParticipatingOrgs(Initiative initiative) =>
        initiative.Organisations
            .Where(IatiRequirements.CanParticipate)
            .OrderBy(link => IatiCodes.OrganisationRole(link.Role), StringComparer.Ordinal)
            .ThenBy(link => link.Organisation.Slug, StringComparer.Ordinal)
            .Select(link =>
            {
                var organisation = link.Organisation;
                var codes = options.Organisations.GetValueOrDefault(organisation.Slug);
                var type = codes?.Type ?? IatiCodes.OrganisationType(organisation.Kind);
                return new XElement(
                    "participating-org",
                    codes?.Ref is { } reference ? new XAttribute("ref", reference) : null,
                    type is null ? null : new XAttribute("type", type),
                    new XAttribute("role", IatiCodes.OrganisationRole(link.Role)),
                    new XAttribute(PortalNamespace + "role", link.Role.ToString()),
                    Narratives(organisation.Translations, t => t.Name));
            });

    private static XElement ActivityDate(IatiActivityDate date) =>
        new(
            "activity-date",
            new XAttribute("type", date.Type),
            new XAttribute("iso-date", date.IsoDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            date.Given.Precision == DatePrecision.Day
                ? null
                : Narratives(ContentLanguage.Published.Select(code => (code, (string?)IatiText.For(code).DateAsGiven(date.Given.Format(code))))));

    /// <summary>Japan gives; it is never a recipient, even where the portal lists it among an initiative's countries.</summary>
    private static IEnumerable<XElement> RecipientCountries(Initiative initiative)
    {
        var countries = initiative.Countries.Select(link => link.Country)
            .Where(country => country.Group != CountryGroup.Japan)
            .OrderBy(country => country.IsoCode, StringComparer.Ordinal)
            .ToList();
        var percentages = IatiCodes.EvenPercentages(countries.Count);
        return countries.Select((country, index) => new XElement(
            "recipient-country",
            new XAttribute("code", country.IsoCode),
            percentages is null ? null : new XAttribute("percentage", percentages[index]),
            Narratives(country.Translations, t => t.Name)));
    }

    /// <summary>
    /// An initiative that names no recipient country serves ASEAN as a whole: IATI's ruleset (3.7.1, an error) wants
    /// a recipient country or region on every activity, so it declares the OECD DAC region that holds the ASEAN
    /// Member States (<see cref="IatiCodes.AseanRegion"/>), at 100%, which IATI assumes for a single region.
    /// </summary>
    private static IEnumerable<XElement> RecipientRegion(Initiative initiative)
    {
        if (initiative.Countries.Any(link => link.Country.Group != CountryGroup.Japan))
        {
            yield break;
        }

        yield return new XElement(
            "recipient-region",
            new XAttribute("code", IatiCodes.AseanRegion),
            new XAttribute("vocabulary", IatiCodes.OecdDacRegionVocabulary),
            Narratives(ContentLanguage.Published.Select(code => (code, (string?)IatiText.For(code).AseanRegionName))));
    }

    /// <summary>Cooperation areas in the portal's own vocabulary (99) and their pillars in its second one (98), so each vocabulary's percentages add up to 100.</summary>
    private IEnumerable<XElement> Sectors(Initiative initiative)
    {
        var areas = initiative.Areas.Select(link => link.CooperationArea)
            .OrderBy(area => area.Pillar.Number).ThenBy(area => area.SortOrder)
            .ToList();
        var pillars = areas.Select(area => area.Pillar).DistinctBy(pillar => pillar.Id).ToList();
        return Vocabulary("99", areas, area => area.Slug, area => pageUrl("/CooperationAreas/Details", language, area.Slug), area => Narratives(area.Translations, t => t.Name))
            .Concat(Vocabulary("98", pillars, pillar => pillar.Slug, pillar => pageUrl("/Pillars/Details", language, pillar.Slug), pillar => Narratives(pillar.Translations, t => t.Name)));
    }

    private static IEnumerable<XElement> Vocabulary<T>(string vocabulary, IReadOnlyList<T> items, Func<T, string> code, Func<T, string> address, Func<T, IEnumerable<XElement>> names)
    {
        var percentages = IatiCodes.EvenPercentages(items.Count);
        return items.Select((item, index) => new XElement(
            "sector",
            new XAttribute("vocabulary", vocabulary),
            new XAttribute("vocabulary-uri", address(item)),
            new XAttribute("code", code(item)),
            percentages is null ? null : new XAttribute("percentage", percentages[index]),
            names(item)));
    }

    /// <summary>
    /// The initiative's page on the portal in each published language and the websites its source
    /// cites (A12, activity web page); the source document when it is online (A02, objectives).
    /// </summary>
    private IEnumerable<XElement> DocumentLinks(Initiative initiative, IReadOnlyList<InitiativeTranslation> texts)
    {
        foreach (var text in texts)
        {
            yield return DocumentLink(
                pageUrl("/Initiatives/Details", text.Language, initiative.Slug),
                Narratives([(text.Language, text.Name)]),
                "A12",
                text.Language);
        }

        foreach (var link in initiative.Links.OrderBy(link => link.SortOrder))
        {
            var titles = Narratives(link.Translations, t => t.Title).ToList();
            yield return DocumentLink(link.Url, titles.Count > 0 ? titles : [new XElement("narrative", link.Url)], "A12", null);
        }

        if (initiative.SourceDocument is { Url: { } sourceUrl } source)
        {
            yield return DocumentLink(
                sourceUrl,
                Narratives(source.Translations, t => t.Title),
                "A02",
                source.OriginalLanguage,
                source.PublishedOn is { Precision: DatePrecision.Day } published ? published.Start : null);
        }
    }

    private static XElement DocumentLink(string url, IEnumerable<XElement> titles, string category, string? documentLanguage, DateOnly? documentDate = null) =>
        new(
            "document-link",
            new XAttribute("url", url),
            new XAttribute("format", IatiCodes.MediaType(url)),
            new XElement("title", titles),
            new XElement("category", new XAttribute("code", category)),
            documentLanguage is null ? null : new XElement("language", new XAttribute("code", documentLanguage)),
            documentDate is { } date ? new XElement("document-date", new XAttribute("iso-date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))) : null);

    /// <summary>Parent (1) and child (2) initiatives that are published, by their activity identifiers.</summary>
    private IEnumerable<XElement> RelatedActivities(Initiative initiative)
    {
        var parents = initiative.ParentInitiative is { Publication: PublicationStatus.Published } parent ? [parent] : Array.Empty<Initiative>();
        return parents.Select(related => (related.Slug, Type: "1"))
            .Concat(initiative.ChildInitiatives.Where(child => child.Publication == PublicationStatus.Published).OrderBy(child => child.Slug, StringComparer.Ordinal).Select(child => (child.Slug, Type: "2")))
            .Select(related => new XElement("related-activity", new XAttribute("ref", Identifier(related.Slug)), new XAttribute("type", related.Type)));
    }
}
