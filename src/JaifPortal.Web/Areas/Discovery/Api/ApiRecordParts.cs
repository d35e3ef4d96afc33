using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using JaifPortal.Web.Startup;

namespace JaifPortal.Web.Areas.Discovery.Api;

public sealed record ApiCountryLink(string IsoCode, string Slug, Bilingual Name, Bilingual Url);

public sealed record ApiOrganisationRole(string Slug, string Role, Bilingual Name, Bilingual Url);

/// <summary>
/// A dated step of an initiative, with the country it happened in and its event when that is published.
/// <see cref="Status"/> is its status on the day (a planned step whose date has passed is <c>DatePassed</c>, ADR 34),
/// <see cref="RecordedStatus"/> done or planned as its source or an editor last reported it.
/// </summary>
public sealed record ApiMilestone(ApiDate Date, MilestoneStanding Status, MilestoneStatus RecordedStatus, Bilingual Title, Bilingual Description, ApiCountryLink? Country, ApiLink? Event);

/// <summary>
/// A photo as its source describes it: caption, text for readers who cannot see it, credit, and the country the caption
/// names. <see cref="ImageUrl"/> is the public address of the picture, and null while no file has been published for it.
/// </summary>
public sealed record ApiPhoto(Bilingual Caption, Bilingual AltText, Bilingual Credit, ApiCountryLink? Country, string? ImageUrl);

/// <summary>A website the source cites, with its title in each language.</summary>
public sealed record ApiExternalLink(string Url, Bilingual Title);

/// <summary>A person taking part in an event, with the position the source gives them.</summary>
public sealed record ApiParticipant(string Slug, Bilingual Name, Bilingual Title, Bilingual Url);

/// <summary>The parts several API records share, made from the domain's classes as the read models load them.</summary>
internal static class ApiRecordParts
{
    public static ApiLink Area(LinkGenerator links, CooperationArea area) =>
        new(area.Slug, Bilingual.Of(area.Translations, t => t.Name), Bilingual.Url(links, "/CooperationAreas/Details", area.Slug));

    public static ApiLink Initiative(LinkGenerator links, Initiative initiative) =>
        new(initiative.Slug, Bilingual.Of(initiative.Translations, t => t.Name), Bilingual.Url(links, "/Initiatives/Details", initiative.Slug));

    public static ApiLink Event(LinkGenerator links, Event e) =>
        new(e.Slug, Bilingual.Of(e.Translations, t => t.Name), Bilingual.Url(links, "/Events/Details", e.Slug));

    public static ApiLink Organisation(LinkGenerator links, Organisation organisation) =>
        new(organisation.Slug, Bilingual.Of(organisation.Translations, t => t.Name), Bilingual.Url(links, "/Organisations/Details", organisation.Slug));

    public static ApiOrganisationRole OrganisationRole(LinkGenerator links, Organisation organisation, string role) =>
        new(organisation.Slug, role, Bilingual.Of(organisation.Translations, t => t.Name), Bilingual.Url(links, "/Organisations/Details", organisation.Slug));

    public static ApiCountryLink Country(LinkGenerator links, Country country) =>
        new(country.IsoCode, country.Slug, Bilingual.Of(country.Translations, t => t.Name), Bilingual.Url(links, "/Countries/Details", country.Slug));

    public static ApiMilestone Milestone(LinkGenerator links, Milestone milestone, DateOnly today) =>
        new(ApiDate.Of(milestone.Date)!, StatusToday.Of(milestone.Status, milestone.Date, today), milestone.Status,
            Bilingual.Of(milestone.Translations, t => t.Title), Bilingual.Of(milestone.Translations, t => t.Description),
            milestone.Country is null ? null : Country(links, milestone.Country),
            milestone.Event is null ? null : Event(links, milestone.Event));

    /// <summary>The picture's address is the one its record's page uses as the fallback of its &lt;picture&gt; (and og:image).</summary>
    public static ApiPhoto Photo(LinkGenerator links, Image image) =>
        new(Bilingual.Of(image.Translations, t => t.Caption), Bilingual.Of(image.Translations, t => t.AltText), Bilingual.Of(image.Translations, t => t.Credit),
            image.Country is null ? null : Country(links, image.Country),
            image.File is null ? null : new PhotoPicture(image.File, MediaEndpoints.PublicPath).Fallback);

    public static ApiExternalLink ExternalLink(ExternalLink link) => new(link.Url, Bilingual.Of(link.Translations, t => t.Title));

    public static ApiParticipant Participant(LinkGenerator links, Person person) =>
        new(person.Slug, Bilingual.Of(person.Translations, t => t.Name), Bilingual.Of(person.Translations, t => t.Title), Bilingual.Url(links, "/People/Details", person.Slug));
}
