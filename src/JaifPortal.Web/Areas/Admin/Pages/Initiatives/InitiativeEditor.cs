using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Initiatives;

/// <summary>Reads an initiative into its form, checks a form, and writes a form back onto an initiative.</summary>
public sealed class InitiativeEditor(PortalDbContext db, TimeProvider clock) : IRecordEditor<Initiative, InitiativeForm>
{
    public string RecordType => RecordTypes.Initiative;

    public string EditorPage => AdminPages.EditorOf(RecordTypes.Initiative);

    private const int NameLength = 300;
    private const int SummaryLength = 2_000;
    private const int DescriptionLength = 40_000;

    /// <summary>Loads an initiative with everything its form covers, tracked for saving.</summary>
    public Task<Initiative?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Initiatives
            .Include(i => i.Translations)
            .Include(i => i.ParentInitiative)
            .Include(i => i.Areas).ThenInclude(link => link.CooperationArea)
            .Include(i => i.Countries).ThenInclude(link => link.Country)
            .Include(i => i.Organisations).ThenInclude(link => link.Organisation)
            .Include(i => i.KeyFigures).ThenInclude(f => f.Translations)
            .Include(i => i.Milestones).ThenInclude(m => m.Translations)
            .Include(i => i.Milestones).ThenInclude(m => m.Country)
            .Include(i => i.Links).ThenInclude(l => l.Translations)
            .Include(i => i.Images).ThenInclude(image => image.Translations)
            .Include(i => i.Images).ThenInclude(image => image.File)
            .Include(i => i.Images).ThenInclude(image => image.Country)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public InitiativeForm NewForm(string editorLanguage) => new() { OriginalLanguage = editorLanguage };

    public Initiative Create(InitiativeForm form) =>
        new() { Slug = form.Slug!, OriginalLanguage = form.OriginalLanguage, Publication = PublicationStatus.Draft };

    public void Tidy(InitiativeForm form) => form.DropRemovedAndBlankRows();

    public void AddSpareRows(InitiativeForm form) => form.AddSpareRows();

    public void KeepWhatTheFormDoesNotPost(InitiativeForm posted, InitiativeForm saved) => posted.Photos = saved.Photos;

    public bool HasPublishableLanguage(InitiativeForm form) =>
        form.Texts.Any(pair => pair.Value.Publish && !string.IsNullOrWhiteSpace(pair.Value.Name));

    public InitiativeForm ToForm(Initiative initiative)
    {
        static Dictionary<string, string?> Texts<T>(IEnumerable<T> translations, Func<T, string?> value)
            where T : Translation =>
            translations.ToDictionary(t => t.Language, value);

        var form = new InitiativeForm
        {
            Slug = initiative.Slug,
            Acronym = initiative.Acronym,
            Kind = initiative.Kind,
            Status = initiative.Status,
            StartDate = initiative.StartDate?.ToIsoNotation(),
            EndDate = initiative.EndDate?.ToIsoNotation(),
            OriginalLanguage = initiative.OriginalLanguage,
            ParentSlug = initiative.ParentInitiative?.Slug,
            AreaSlugs = [.. initiative.Areas.Select(link => link.CooperationArea.Slug).Order(StringComparer.Ordinal)],
            CountryCodes = [.. initiative.Countries.Select(link => link.Country.IsoCode).Order(StringComparer.Ordinal)],
            CoversAllAsean = initiative.CoversAllAsean,
            Texts = InitiativeForm.NewTexts(),
            Organisations = [.. initiative.Organisations.OrderBy(link => link.Role).ThenBy(link => link.Organisation.Slug)
                .Select(link => new InitiativeForm.OrganisationRow { OrganisationSlug = link.Organisation.Slug, Role = link.Role })],
            Figures = [.. initiative.KeyFigures.OrderBy(f => f.SortOrder).Select(f => new InitiativeForm.FigureRow
            {
                Value = f.Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
                Unit = f.Unit,
                Approximation = f.Approximation,
                Label = Texts(f.Translations, t => t.Label),
            })],
            Milestones = [.. initiative.Milestones.OrderBy(m => m.Date.Start).ThenBy(m => m.Id).Select(m => new InitiativeForm.MilestoneRow
            {
                Date = m.Date.ToIsoNotation(),
                Status = m.Status,
                CountryCode = m.Country?.IsoCode,
                Title = Texts(m.Translations, t => t.Title),
                Description = Texts(m.Translations, t => t.Description),
            })],
            Links = [.. initiative.Links.OrderBy(l => l.SortOrder).Select(l => new InitiativeForm.LinkRow
            {
                Url = l.Url,
                Title = Texts(l.Translations, t => t.Title),
            })],
            Photos = [.. initiative.Images.Where(image => image.RemovedAt is null).OrderBy(image => image.SortOrder).ThenBy(image => image.Id)
                .Select(image => new InitiativeForm.PhotoRow
                {
                    Key = $"image-{image.Id}",
                    ImageId = image.Id,
                    FileId = image.FileId,
                    Caption = Texts(image.Translations, t => t.Caption),
                    AltText = Texts(image.Translations, t => t.AltText),
                    Credit = Texts(image.Translations, t => t.Credit),
                    CountryCode = image.Country?.IsoCode ?? string.Empty,
                })],
        };
        foreach (var translation in initiative.Translations)
        {
            form.Texts[translation.Language] = new InitiativeForm.TextForm
            {
                Name = translation.Name,
                Summary = translation.Summary,
                Description = translation.Description,
                State = translation.State,
                Publish = translation.IsPublished,
            };
        }

        return form;
    }

    /// <summary>Checks a form and puts each problem next to its field, in the editor's language.</summary>
    public async Task ValidateAsync(InitiativeForm form, int? id, ModelStateDictionary errors, AdminText messages, CancellationToken cancellationToken)
    {
        var check = new FormChecks(errors, messages);

        check.OriginalLanguage("Form.OriginalLanguage", form.OriginalLanguage);
        if (!ContentLanguage.IsPublished(form.OriginalLanguage))
        {
            form.OriginalLanguage = ContentLanguage.English;
        }

        form.Slug = await check.SlugAsync("Form.Slug", form.Slug, form.Text(ContentLanguage.English).Name,
            slug => db.Initiatives.AnyAsync(i => i.Slug == slug && i.Id != id, cancellationToken));

        check.Text("Form.Acronym", form.Acronym, 40, required: false);
        foreach (var language in ContentLanguage.Published)
        {
            var text = form.Text(language);
            var prefix = $"Form.Texts[{language}].";
            check.Text(prefix + "Name", text.Name, NameLength, required: language == form.OriginalLanguage);
            check.Text(prefix + "Summary", text.Summary, SummaryLength, required: false);
            check.Text(prefix + "Description", text.Description, DescriptionLength, required: false);
            if (!text.IsEmpty && string.IsNullOrWhiteSpace(text.Name) && language != form.OriginalLanguage)
            {
                errors.AddModelError(prefix + "Name", messages.NameNeededForText);
            }
        }

        form.StartDate = check.Date("Form.StartDate", form.StartDate, out var start);
        form.EndDate = check.Date("Form.EndDate", form.EndDate, out var end);
        if (start is not null && end is not null && end.End < start.Start)
        {
            errors.AddModelError("Form.EndDate", messages.EndBeforeStart);
        }

        if (form.AreaSlugs.Count == 0)
        {
            errors.AddModelError("Form.AreaSlugs", messages.ChooseAnArea);
        }
        else if (await db.CooperationAreas.CountAsync(a => form.AreaSlugs.Contains(a.Slug), cancellationToken) != form.AreaSlugs.Distinct().Count())
        {
            errors.AddModelError("Form.AreaSlugs", messages.UnknownChoice);
        }

        if (form.CountryCodes.Count > 0
            && await db.Countries.CountAsync(c => form.CountryCodes.Contains(c.IsoCode), cancellationToken) != form.CountryCodes.Distinct().Count())
        {
            errors.AddModelError("Form.CountryCodes", messages.UnknownChoice);
        }

        if (!string.IsNullOrEmpty(form.ParentSlug)
            && (form.ParentSlug == form.Slug || !await db.Initiatives.AnyAsync(i => i.Slug == form.ParentSlug && i.Id != id, cancellationToken)))
        {
            errors.AddModelError("Form.ParentSlug", messages.UnknownChoice);
        }

        var organisationSlugs = form.Organisations.Select(row => row.OrganisationSlug!).Distinct().ToList();
        if (await db.Organisations.CountAsync(o => organisationSlugs.Contains(o.Slug), cancellationToken) != organisationSlugs.Count)
        {
            errors.AddModelError("Form.Organisations", messages.UnknownChoice);
        }

        if (form.Organisations.GroupBy(row => (row.OrganisationSlug, row.Role)).Any(group => group.Count() > 1))
        {
            errors.AddModelError("Form.Organisations", messages.DuplicateRole);
        }

        for (var i = 0; i < form.Figures.Count; i++)
        {
            var row = form.Figures[i];
            if (InitiativeForm.FigureRow.TryParseValue(row.Value, out var value)
                || (row.Approximation == FigureApproximation.About && InitiativeForm.FigureRow.TryParseApproximateValue(row.Value, out value)))
            {
                // One spelling of each number, so revisions differ only where the number does.
                row.Value = value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                errors.AddModelError($"Form.Figures[{i}].Value", messages.NotANumber);
            }

            // A unit the form could not bind has its message already.
            if (row.Unit is null && errors.GetValidationState($"Form.Figures[{i}].Unit") != ModelValidationState.Invalid)
            {
                errors.AddModelError($"Form.Figures[{i}].Unit", messages.Required);
            }

            check.Text($"Form.Figures[{i}].Label[{form.OriginalLanguage}]", row.Label.GetValueOrDefault(form.OriginalLanguage), NameLength, required: true);
        }

        for (var i = 0; i < form.Milestones.Count; i++)
        {
            var row = form.Milestones[i];
            row.Date = check.Date($"Form.Milestones[{i}].Date", row.Date, out _);
            if (string.IsNullOrWhiteSpace(row.Date))
            {
                errors.AddModelError($"Form.Milestones[{i}].Date", messages.Required);
            }

            check.Text($"Form.Milestones[{i}].Title[{form.OriginalLanguage}]", row.Title.GetValueOrDefault(form.OriginalLanguage), NameLength, required: true);
            foreach (var language in ContentLanguage.Published)
            {
                check.Text($"Form.Milestones[{i}].Description[{language}]", row.Description.GetValueOrDefault(language), SummaryLength, required: false);
            }

            if (!string.IsNullOrEmpty(row.CountryCode) && !await db.Countries.AnyAsync(c => c.IsoCode == row.CountryCode, cancellationToken))
            {
                errors.AddModelError($"Form.Milestones[{i}].CountryCode", messages.UnknownChoice);
            }
        }

        for (var i = 0; i < form.Links.Count; i++)
        {
            var row = form.Links[i];
            check.WebAddress($"Form.Links[{i}].Url", row.Url, required: true);

            check.Text($"Form.Links[{i}].Title[{form.OriginalLanguage}]", row.Title.GetValueOrDefault(form.OriginalLanguage), NameLength, required: true);
        }

        // Photo rows come from the photos page and from revisions, never from a posted form: a row that names a
        // photo of another record or a file that is not there can only be a damaged revision.
        var imageIds = form.Photos.Select(row => row.ImageId).OfType<int>().ToList();
        var fileIds = form.Photos.Select(row => row.FileId).OfType<int>().Distinct().ToList();
        if (await db.Images.CountAsync(image => imageIds.Contains(image.Id) && image.InitiativeId == id, cancellationToken) != imageIds.Distinct().Count()
            || await db.ImageFiles.CountAsync(file => fileIds.Contains(file.Id), cancellationToken) != fileIds.Count)
        {
            errors.AddModelError("Form.Photos", messages.UnknownChoice);
        }

        var photoCountries = form.Photos.Select(row => row.CountryCode).Where(code => !string.IsNullOrEmpty(code)).Distinct().ToList();
        if (photoCountries.Count > 0 && await db.Countries.CountAsync(c => photoCountries.Contains(c.IsoCode), cancellationToken) != photoCountries.Count)
        {
            errors.AddModelError("Form.Photos", messages.UnknownChoice);
        }
    }

    /// <summary>Writes a checked form onto a tracked initiative; child rows are replaced, texts updated in place.</summary>
    public async Task ApplyAsync(InitiativeForm form, Initiative initiative, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var original = form.OriginalLanguage;
        initiative.Slug = form.Slug!;
        initiative.Acronym = TranslationWriter.Blank(form.Acronym);
        initiative.Kind = form.Kind;
        initiative.Status = form.Status;
        initiative.CoversAllAsean = form.CoversAllAsean;
        initiative.StartDate = form.StartDate is { Length: > 0 } start ? PartialDate.Parse(start) : null;
        initiative.EndDate = form.EndDate is { Length: > 0 } end ? PartialDate.Parse(end) : null;
        initiative.OriginalLanguage = original;
        initiative.ParentInitiative = string.IsNullOrEmpty(form.ParentSlug)
            ? null
            : await db.Initiatives.SingleAsync(i => i.Slug == form.ParentSlug, cancellationToken);
        if (initiative.ParentInitiative is null)
        {
            initiative.ParentInitiativeId = null;
        }

        foreach (var language in ContentLanguage.Published)
        {
            var text = form.Text(language);
            TranslationWriter.Write(initiative.Translations, language, text,
                () => new InitiativeTranslation { Language = language, Name = string.Empty },
                translation =>
                {
                    var changed = translation.Name != TranslationWriter.Blank(text.Name) || translation.Summary != TranslationWriter.Blank(text.Summary) || translation.Description != TranslationWriter.Blank(text.Description);
                    translation.Name = TranslationWriter.Blank(text.Name) ?? string.Empty;
                    translation.Summary = TranslationWriter.Blank(text.Summary);
                    translation.Description = TranslationWriter.Blank(text.Description);
                    return changed;
                },
                now);
        }

        var areas = await db.CooperationAreas.Where(a => form.AreaSlugs.Contains(a.Slug)).ToListAsync(cancellationToken);
        initiative.Areas.Clear();
        foreach (var area in areas)
        {
            initiative.Areas.Add(new InitiativeArea { CooperationArea = area });
        }

        var countries = await db.Countries.ToDictionaryAsync(c => c.IsoCode, cancellationToken);
        initiative.Countries.Clear();
        foreach (var code in form.CountryCodes.Distinct())
        {
            initiative.Countries.Add(new InitiativeCountry { Country = countries[code] });
        }

        var organisationSlugs = form.Organisations.Select(row => row.OrganisationSlug).ToList();
        var organisations = await db.Organisations.Where(o => organisationSlugs.Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, cancellationToken);
        initiative.Organisations.Clear();
        foreach (var row in form.Organisations)
        {
            initiative.Organisations.Add(new InitiativeOrganisation { Organisation = organisations[row.OrganisationSlug!], Role = row.Role });
        }

        initiative.KeyFigures.Clear();
        foreach (var (row, index) in form.Figures.Select((row, index) => (row, index)))
        {
            // The form was validated, so the value parses.
            _ = InitiativeForm.FigureRow.TryParseValue(row.Value, out var value);
            initiative.KeyFigures.Add(new KeyFigure
            {
                Value = value,
                Unit = row.Unit!.Value,
                Approximation = row.Approximation,
                SortOrder = index + 1,
                OriginalLanguage = original,
                Translations = Rows(row.Label, now, label => new KeyFigureTranslation { Language = label.Language, Label = label.Text, TextUpdatedAt = now }),
            });
        }

        initiative.Milestones.Clear();
        foreach (var row in form.Milestones)
        {
            initiative.Milestones.Add(new Milestone
            {
                Date = PartialDate.Parse(row.Date!),
                Status = row.Status,
                Country = string.IsNullOrEmpty(row.CountryCode) ? null : countries[row.CountryCode],
                OriginalLanguage = original,
                Translations = Rows(row.Title, now, title => new MilestoneTranslation
                {
                    Language = title.Language,
                    Title = title.Text,
                    Description = TranslationWriter.Blank(row.Description.GetValueOrDefault(title.Language)),
                    TextUpdatedAt = now,
                }),
            });
        }

        initiative.Links.Clear();
        foreach (var (row, index) in form.Links.Select((row, index) => (row, index)))
        {
            initiative.Links.Add(new ExternalLink
            {
                Url = row.Url!.Trim(),
                SortOrder = index + 1,
                OriginalLanguage = original,
                Translations = Rows(row.Title, now, title => new ExternalLinkTranslation { Language = title.Language, Title = title.Text, TextUpdatedAt = now }),
            });
        }

        await ApplyPhotosAsync(form, initiative, countries, now, cancellationToken);

        // Touching the row also moves xmin on, so a concurrent save of an older version is refused.
        initiative.UpdatedAt = now;
    }

    /// <summary>
    /// Photos are never deleted: one the form leaves out is marked removed (and one it names again, by a
    /// restore, comes back), so every file a revision points at stays.
    /// </summary>
    private async Task ApplyPhotosAsync(
        InitiativeForm form, Initiative initiative, Dictionary<string, Country> countries, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var kept = new HashSet<Image>();
        foreach (var (row, index) in form.Photos.Select((row, index) => (row, index)))
        {
            var image = initiative.Images.FirstOrDefault(i => i.Id == row.ImageId && row.ImageId is not null);
            if (image is null)
            {
                image = new Image { OriginalLanguage = initiative.OriginalLanguage };
                initiative.Images.Add(image);
            }

            // Find, not a query: a file uploaded in this request is added but not saved yet.
            image.File = row.FileId is { } fileId ? await db.ImageFiles.FindAsync([fileId], cancellationToken) : null;
            image.FileId = row.FileId;
            image.SortOrder = index + 1;
            image.RemovedAt = null;
            if (row.CountryCode is { } code)
            {
                image.Country = code.Length == 0 ? null : countries[code];
                image.CountryId = image.Country?.Id;
            }

            kept.Add(image);
            foreach (var language in ContentLanguage.Published)
            {
                var text = new PhotoText(row.Caption.GetValueOrDefault(language), row.AltText.GetValueOrDefault(language), row.Credit.GetValueOrDefault(language))
                {
                    // A photo's texts keep the state they have; the translation backlog checks them as it checks the rest.
                    State = image.Translations.FirstOrDefault(t => t.Language == language)?.State ?? TranslationState.Ready,
                };
                TranslationWriter.Write(image.Translations, language, text,
                    () => new ImageTranslation { Language = language, Caption = string.Empty, State = TranslationState.Ready },
                    translation =>
                    {
                        var changed = translation.Caption != (text.Caption ?? string.Empty) || translation.AltText != text.AltText || translation.Credit != text.Credit;
                        translation.Caption = text.Caption ?? string.Empty;
                        translation.AltText = text.AltText;
                        translation.Credit = text.Credit;
                        return changed;
                    },
                    now);
            }
        }

        foreach (var image in initiative.Images.Where(image => !kept.Contains(image) && image.RemovedAt is null))
        {
            image.RemovedAt = now;
        }
    }

    private static List<T> Rows<T>(Dictionary<string, string?> texts, DateTimeOffset now, Func<(string Language, string Text), T> create)
        where T : Translation =>
        [
            .. texts
                .Where(pair => ContentLanguage.IsPublished(pair.Key) && !string.IsNullOrWhiteSpace(pair.Value))
                .Select(pair =>
                {
                    var translation = create((pair.Key, pair.Value!.Trim()));
                    translation.State = TranslationState.Ready;
                    translation.TextUpdatedAt = now;
                    return translation;
                }),
        ];

    private sealed class PhotoText(string? caption, string? altText, string? credit) : LanguageText
    {
        public string? Caption { get; } = TranslationWriter.Blank(caption);

        public string? AltText { get; } = TranslationWriter.Blank(altText);

        public string? Credit { get; } = TranslationWriter.Blank(credit);

        public override bool IsEmpty => Caption is null && AltText is null && Credit is null;
    }
}
