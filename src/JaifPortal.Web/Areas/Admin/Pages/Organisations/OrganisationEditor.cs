using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Organisations;

/// <summary>Everything an editor may change on an organisation, in both languages.</summary>
public sealed class OrganisationForm
{
    public string? Slug { get; set; }

    public string? Acronym { get; set; }

    public OrganisationKind Kind { get; set; } = OrganisationKind.Other;

    public string? CountryCode { get; set; }

    public string? ParentSlug { get; set; }

    public string? Website { get; set; }

    public string OriginalLanguage { get; set; } = ContentLanguage.English;

    public Dictionary<string, OrganisationText> Texts { get; set; } =
        ContentLanguage.Published.ToDictionary(language => language, _ => new OrganisationText());

    public OrganisationText Text(string language) => Texts.TryGetValue(language, out var text) ? text : Texts[language] = new OrganisationText();

    public sealed class OrganisationText : LanguageText
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        [System.Text.Json.Serialization.JsonIgnore]
        public override bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Description);
    }
}

public sealed class OrganisationEditor(PortalDbContext db, TimeProvider clock) : IRecordEditor<Organisation, OrganisationForm>
{
    public string RecordType => RecordTypes.Organisation;

    public string EditorPage => AdminPages.EditorOf(RecordTypes.Organisation);

    public Task<Organisation?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Organisations
            .Include(o => o.Translations)
            .Include(o => o.Country)
            .Include(o => o.ParentOrganisation)
            .FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    public OrganisationForm NewForm(string editorLanguage) => new() { OriginalLanguage = editorLanguage };

    public OrganisationForm ToForm(Organisation record)
    {
        var form = new OrganisationForm
        {
            Slug = record.Slug,
            Acronym = record.Acronym,
            Kind = record.Kind,
            CountryCode = record.Country?.IsoCode,
            ParentSlug = record.ParentOrganisation?.Slug,
            Website = record.WebsiteUrl,
            OriginalLanguage = record.OriginalLanguage,
        };
        foreach (var translation in record.Translations)
        {
            form.Texts[translation.Language] = new OrganisationForm.OrganisationText
            {
                Name = translation.Name,
                Description = translation.Description,
                State = translation.State,
                Publish = translation.IsPublished,
            };
        }

        return form;
    }

    public Organisation Create(OrganisationForm form) => new() { Slug = form.Slug!, OriginalLanguage = form.OriginalLanguage };

    public void Tidy(OrganisationForm form)
    {
    }

    public void AddSpareRows(OrganisationForm form)
    {
    }

    public bool HasPublishableLanguage(OrganisationForm form) =>
        form.Texts.Any(pair => pair.Value.Publish && !string.IsNullOrWhiteSpace(pair.Value.Name));

    public async Task ValidateAsync(OrganisationForm form, int? id, ModelStateDictionary errors, AdminText messages, CancellationToken cancellationToken)
    {
        var check = new FormChecks(errors, messages);
        check.OriginalLanguage("Form.OriginalLanguage", form.OriginalLanguage);
        form.Slug = await check.SlugAsync("Form.Slug", form.Slug, form.Text(ContentLanguage.English).Name,
            slug => db.Organisations.AnyAsync(o => o.Slug == slug && o.Id != id, cancellationToken));
        check.Text("Form.Acronym", form.Acronym, 40, required: false);
        check.WebAddress("Form.Website", form.Website, required: false);
        foreach (var language in ContentLanguage.Published)
        {
            var text = form.Text(language);
            check.Text($"Form.Texts[{language}].Name", text.Name, 300, required: language == form.OriginalLanguage || !text.IsEmpty);
            check.Text($"Form.Texts[{language}].Description", text.Description, 40_000, required: false);
        }

        if (!string.IsNullOrEmpty(form.CountryCode))
        {
            check.Choice("Form.CountryCode", await db.Countries.AnyAsync(c => c.IsoCode == form.CountryCode, cancellationToken));
        }

        if (!string.IsNullOrEmpty(form.ParentSlug))
        {
            check.Choice("Form.ParentSlug", form.ParentSlug != form.Slug
                && await db.Organisations.AnyAsync(o => o.Slug == form.ParentSlug && o.Id != id, cancellationToken));
        }
    }

    public async Task ApplyAsync(OrganisationForm form, Organisation record, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        record.Slug = form.Slug!;
        record.Acronym = TranslationWriter.Blank(form.Acronym);
        record.Kind = form.Kind;
        record.WebsiteUrl = TranslationWriter.Blank(form.Website);
        record.OriginalLanguage = form.OriginalLanguage;
        record.Country = string.IsNullOrEmpty(form.CountryCode) ? null : await db.Countries.SingleAsync(c => c.IsoCode == form.CountryCode, cancellationToken);
        record.CountryId = record.Country?.Id;
        record.ParentOrganisation = string.IsNullOrEmpty(form.ParentSlug) ? null : await db.Organisations.SingleAsync(o => o.Slug == form.ParentSlug, cancellationToken);
        record.ParentOrganisationId = record.ParentOrganisation?.Id;
        foreach (var language in ContentLanguage.Published)
        {
            var text = form.Text(language);
            TranslationWriter.Write(record.Translations, language, text,
                () => new OrganisationTranslation { Language = language, Name = string.Empty },
                translation =>
                {
                    var changed = translation.Name != TranslationWriter.Blank(text.Name) || translation.Description != TranslationWriter.Blank(text.Description);
                    translation.Name = TranslationWriter.Blank(text.Name) ?? string.Empty;
                    translation.Description = TranslationWriter.Blank(text.Description);
                    return changed;
                },
                now);
        }

        record.UpdatedAt = now;
    }
}
