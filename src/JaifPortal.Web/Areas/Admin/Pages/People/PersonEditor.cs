using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.People;

/// <summary>Everything an editor may change on a person, in both languages.</summary>
public sealed class PersonForm
{
    public string? Slug { get; set; }

    public string? OrganisationSlug { get; set; }

    public string OriginalLanguage { get; set; } = ContentLanguage.English;

    public Dictionary<string, PersonText> Texts { get; set; } =
        ContentLanguage.Published.ToDictionary(language => language, _ => new PersonText());

    public PersonText Text(string language) => Texts.TryGetValue(language, out var text) ? text : Texts[language] = new PersonText();

    public sealed class PersonText : LanguageText
    {
        /// <summary>As the person writes it, e.g. "CHUJO Kazuo".</summary>
        public string? Name { get; set; }

        /// <summary>Position, e.g. "Minister/Deputy Head of the Mission of Japan to ASEAN".</summary>
        public string? Title { get; set; }

        [System.Text.Json.Serialization.JsonIgnore]
        public override bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Title);
    }
}

public sealed class PersonEditor(PortalDbContext db, TimeProvider clock) : IRecordEditor<Person, PersonForm>
{
    public string RecordType => RecordTypes.Person;

    public string EditorPage => AdminPages.EditorOf(RecordTypes.Person);

    public Task<Person?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.People.Include(p => p.Translations).Include(p => p.Organisation).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public PersonForm NewForm(string editorLanguage) => new() { OriginalLanguage = editorLanguage };

    public PersonForm ToForm(Person record)
    {
        var form = new PersonForm { Slug = record.Slug, OrganisationSlug = record.Organisation?.Slug, OriginalLanguage = record.OriginalLanguage };
        foreach (var translation in record.Translations)
        {
            form.Texts[translation.Language] = new PersonForm.PersonText
            {
                Name = translation.Name,
                Title = translation.Title,
                State = translation.State,
                Publish = translation.IsPublished,
            };
        }

        return form;
    }

    public Person Create(PersonForm form) => new() { Slug = form.Slug!, OriginalLanguage = form.OriginalLanguage };

    public void Tidy(PersonForm form)
    {
    }

    public void AddSpareRows(PersonForm form)
    {
    }

    public bool HasPublishableLanguage(PersonForm form) =>
        form.Texts.Any(pair => pair.Value.Publish && !string.IsNullOrWhiteSpace(pair.Value.Name));

    public async Task ValidateAsync(PersonForm form, int? id, ModelStateDictionary errors, AdminText messages, CancellationToken cancellationToken)
    {
        var check = new FormChecks(errors, messages);
        check.OriginalLanguage("Form.OriginalLanguage", form.OriginalLanguage);
        form.Slug = await check.SlugAsync("Form.Slug", form.Slug, form.Text(ContentLanguage.English).Name,
            slug => db.People.AnyAsync(p => p.Slug == slug && p.Id != id, cancellationToken));
        foreach (var language in ContentLanguage.Published)
        {
            var text = form.Text(language);
            check.Text($"Form.Texts[{language}].Name", text.Name, 300, required: language == form.OriginalLanguage || !text.IsEmpty);
            check.Text($"Form.Texts[{language}].Title", text.Title, 300, required: false);
        }

        if (!string.IsNullOrEmpty(form.OrganisationSlug))
        {
            check.Choice("Form.OrganisationSlug", await db.Organisations.AnyAsync(o => o.Slug == form.OrganisationSlug, cancellationToken));
        }
    }

    public async Task ApplyAsync(PersonForm form, Person record, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        record.Slug = form.Slug!;
        record.OriginalLanguage = form.OriginalLanguage;
        record.Organisation = string.IsNullOrEmpty(form.OrganisationSlug)
            ? null
            : await db.Organisations.SingleAsync(o => o.Slug == form.OrganisationSlug, cancellationToken);
        record.OrganisationId = record.Organisation?.Id;
        foreach (var language in ContentLanguage.Published)
        {
            var text = form.Text(language);
            TranslationWriter.Write(record.Translations, language, text,
                () => new PersonTranslation { Language = language, Name = string.Empty },
                translation =>
                {
                    var changed = translation.Name != TranslationWriter.Blank(text.Name) || translation.Title != TranslationWriter.Blank(text.Title);
                    translation.Name = TranslationWriter.Blank(text.Name) ?? string.Empty;
                    translation.Title = TranslationWriter.Blank(text.Title);
                    return changed;
                },
                now);
        }

        record.UpdatedAt = now;
    }
}
