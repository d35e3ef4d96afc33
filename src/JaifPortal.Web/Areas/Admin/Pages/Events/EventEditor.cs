using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Events;

/// <summary>Reads an event into its form, checks a form, and writes a form back onto an event.</summary>
public sealed class EventEditor(PortalDbContext db, TimeProvider clock) : IRecordEditor<Event, EventForm>
{
    public string RecordType => RecordTypes.Event;

    public string EditorPage => AdminPages.EditorOf(RecordTypes.Event);

    private const int NameLength = 300;
    private const int SummaryLength = 2_000;
    private const int PlaceLength = 300;
    private const int LongTextLength = 40_000;

    /// <summary>Loads an event with everything its form covers, tracked for saving.</summary>
    public Task<Event?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Events
            .Include(e => e.Translations)
            .Include(e => e.Country)
            .Include(e => e.Organisations).ThenInclude(link => link.Organisation)
            .Include(e => e.Participants).ThenInclude(link => link.Person)
            .Include(e => e.Areas).ThenInclude(link => link.CooperationArea)
            .Include(e => e.Initiatives).ThenInclude(link => link.Initiative)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    public EventForm NewForm(string editorLanguage) => new() { OriginalLanguage = editorLanguage };

    public Event Create(EventForm form) => new()
    {
        Slug = form.Slug!,
        StartDate = PartialDate.Parse(form.StartDate!),
        OriginalLanguage = form.OriginalLanguage,
        Publication = PublicationStatus.Draft,
    };

    public void Tidy(EventForm form) => form.DropRemovedAndBlankRows();

    public void AddSpareRows(EventForm form) => form.AddSpareRows();

    public bool HasPublishableLanguage(EventForm form) =>
        form.Texts.Any(pair => pair.Value.Publish && !string.IsNullOrWhiteSpace(pair.Value.Name));

    public EventForm ToForm(Event record)
    {
        var form = new EventForm
        {
            Slug = record.Slug,
            StartDate = record.StartDate.ToIsoNotation(),
            EndDate = record.EndDate?.ToIsoNotation(),
            CountryCode = record.Country?.IsoCode,
            OriginalLanguage = record.OriginalLanguage,
            Texts = EventForm.NewTexts(),
            Organisations = [.. record.Organisations.OrderBy(link => link.Role).ThenBy(link => link.Organisation.Slug, StringComparer.Ordinal)
                .Select(link => new EventForm.OrganisationRow { OrganisationSlug = link.Organisation.Slug, Role = link.Role })],
            Participants = [.. record.Participants.OrderBy(link => link.SortOrder).ThenBy(link => link.Person.Slug, StringComparer.Ordinal)
                .Select(link => new EventForm.ParticipantRow { PersonSlug = link.Person.Slug })],
            AreaSlugs = [.. record.Areas.Select(link => link.CooperationArea.Slug).Order(StringComparer.Ordinal)],
            InitiativeSlugs = [.. record.Initiatives.Select(link => link.Initiative.Slug).Order(StringComparer.Ordinal)],
        };
        foreach (var translation in record.Translations)
        {
            form.Texts[translation.Language] = new EventForm.TextForm
            {
                Name = translation.Name,
                Summary = translation.Summary,
                Place = translation.Place,
                Topics = translation.Topics,
                Outcome = translation.Outcome,
                State = translation.State,
                Publish = translation.IsPublished,
            };
        }

        return form;
    }

    /// <summary>Checks a form and puts each problem next to its field, in the editor's language.</summary>
    public async Task ValidateAsync(EventForm form, int? id, ModelStateDictionary errors, AdminText messages, CancellationToken cancellationToken)
    {
        var words = EventEditorText.For(messages.Language);

        var check = new FormChecks(errors, messages);

        check.OriginalLanguage("Form.OriginalLanguage", form.OriginalLanguage);
        if (!ContentLanguage.IsPublished(form.OriginalLanguage))
        {
            form.OriginalLanguage = ContentLanguage.English;
        }

        form.Slug = await check.SlugAsync("Form.Slug", form.Slug, form.Text(ContentLanguage.English).Name,
            slug => db.Events.AnyAsync(e => e.Slug == slug && e.Id != id, cancellationToken));

        foreach (var language in ContentLanguage.Published)
        {
            var text = form.Text(language);
            var prefix = $"Form.Texts[{language}].";
            check.Text(prefix + "Name", text.Name, NameLength, required: language == form.OriginalLanguage);
            check.Text(prefix + "Summary", text.Summary, SummaryLength, required: false);
            check.Text(prefix + "Place", text.Place, PlaceLength, required: false);
            check.Text(prefix + "Topics", text.Topics, LongTextLength, required: false);
            check.Text(prefix + "Outcome", text.Outcome, LongTextLength, required: false);
            if (!text.IsEmpty && string.IsNullOrWhiteSpace(text.Name) && language != form.OriginalLanguage)
            {
                errors.AddModelError(prefix + "Name", messages.NameNeededForText);
            }
        }

        PartialDate? start = null;
        if (string.IsNullOrWhiteSpace(form.StartDate))
        {
            errors.AddModelError("Form.StartDate", messages.Required);
        }
        else
        {
            form.StartDate = check.Date("Form.StartDate", form.StartDate, out start);
        }

        form.EndDate = check.Date("Form.EndDate", form.EndDate, out var end);
        if (start is not null && end is not null && end.End < start.Start)
        {
            errors.AddModelError("Form.EndDate", messages.EndBeforeStart);
        }

        if (form.CountryCode is { } code && !await db.Countries.AnyAsync(c => c.IsoCode == code, cancellationToken))
        {
            errors.AddModelError("Form.CountryCode", messages.UnknownChoice);
        }

        var organisationSlugs = form.Organisations.Select(row => row.OrganisationSlug!).Distinct().ToList();
        if (form.Organisations.Any(row => !Enum.IsDefined(row.Role))
            || await db.Organisations.CountAsync(o => organisationSlugs.Contains(o.Slug), cancellationToken) != organisationSlugs.Count)
        {
            errors.AddModelError("Form.Organisations", messages.UnknownChoice);
        }

        if (form.Organisations.GroupBy(row => (row.OrganisationSlug, row.Role)).Any(group => group.Count() > 1))
        {
            errors.AddModelError("Form.Organisations", messages.DuplicateRole);
        }

        var personSlugs = form.Participants.Select(row => row.PersonSlug!).Distinct().ToList();
        if (await db.People.CountAsync(p => personSlugs.Contains(p.Slug), cancellationToken) != personSlugs.Count)
        {
            errors.AddModelError("Form.Participants", messages.UnknownChoice);
        }

        if (personSlugs.Count != form.Participants.Count)
        {
            errors.AddModelError("Form.Participants", words.DuplicateParticipant);
        }

        var areaSlugs = form.AreaSlugs.Distinct().ToList();
        if (await db.CooperationAreas.CountAsync(a => areaSlugs.Contains(a.Slug), cancellationToken) != areaSlugs.Count)
        {
            errors.AddModelError("Form.AreaSlugs", messages.UnknownChoice);
        }

        var initiativeSlugs = form.InitiativeSlugs.Distinct().ToList();
        if (await db.Initiatives.CountAsync(i => initiativeSlugs.Contains(i.Slug), cancellationToken) != initiativeSlugs.Count)
        {
            errors.AddModelError("Form.InitiativeSlugs", messages.UnknownChoice);
        }
    }

    /// <summary>Writes a checked form onto a tracked event; child rows are replaced, texts updated in place.</summary>
    public async Task ApplyAsync(EventForm form, Event record, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        record.Slug = form.Slug!;
        record.StartDate = PartialDate.Parse(form.StartDate!);
        record.EndDate = string.IsNullOrWhiteSpace(form.EndDate) ? null : PartialDate.Parse(form.EndDate);
        record.OriginalLanguage = form.OriginalLanguage;
        record.Country = form.CountryCode is { } code ? await db.Countries.SingleAsync(c => c.IsoCode == code, cancellationToken) : null;
        if (record.Country is null)
        {
            record.CountryId = null;
        }

        foreach (var language in ContentLanguage.Published)
        {
            var text = form.Text(language);
            TranslationWriter.Write(record.Translations, language, text,
                () => new EventTranslation { Language = language, Name = string.Empty },
                translation =>
                {
                    var changed = translation.Name != TranslationWriter.Blank(text.Name) || translation.Summary != TranslationWriter.Blank(text.Summary) || translation.Place != TranslationWriter.Blank(text.Place) || translation.Topics != TranslationWriter.Blank(text.Topics) || translation.Outcome != TranslationWriter.Blank(text.Outcome);
                    translation.Name = TranslationWriter.Blank(text.Name) ?? string.Empty;
                    translation.Summary = TranslationWriter.Blank(text.Summary);
                    translation.Place = TranslationWriter.Blank(text.Place);
                    translation.Topics = TranslationWriter.Blank(text.Topics);
                    translation.Outcome = TranslationWriter.Blank(text.Outcome);
                    return changed;
                },
                now);
        }

        var organisationSlugs = form.Organisations.Select(row => row.OrganisationSlug).ToList();
        var organisations = await db.Organisations.Where(o => organisationSlugs.Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, cancellationToken);
        record.Organisations.Clear();
        foreach (var row in form.Organisations)
        {
            record.Organisations.Add(new EventOrganisation { Organisation = organisations[row.OrganisationSlug!], Role = row.Role });
        }

        var personSlugs = form.Participants.Select(row => row.PersonSlug).ToList();
        var people = await db.People.Where(p => personSlugs.Contains(p.Slug)).ToDictionaryAsync(p => p.Slug, cancellationToken);
        record.Participants.Clear();
        foreach (var (row, index) in form.Participants.Select((row, index) => (row, index)))
        {
            record.Participants.Add(new EventParticipant { Person = people[row.PersonSlug!], SortOrder = index + 1 });
        }

        var areas = await db.CooperationAreas.Where(a => form.AreaSlugs.Contains(a.Slug)).ToListAsync(cancellationToken);
        record.Areas.Clear();
        foreach (var area in areas)
        {
            record.Areas.Add(new EventArea { CooperationArea = area });
        }

        var initiatives = await db.Initiatives.Where(i => form.InitiativeSlugs.Contains(i.Slug)).ToListAsync(cancellationToken);
        record.Initiatives.Clear();
        foreach (var initiative in initiatives)
        {
            record.Initiatives.Add(new EventInitiative { Initiative = initiative });
        }

        // Touching the row also moves xmin on, so a concurrent save of an older version is refused.
        record.UpdatedAt = now;
    }

}
