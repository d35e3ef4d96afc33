using System.Globalization;
using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Areas.Admin.Pages.Structure;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Site;

/// <summary>
/// A country: its names, its group (an ASEAN Member State, an observer, Japan, another country) with the day it joined
/// ASEAN, and where that comes from. A change of group moves every regional initiative's countries at once (ADR 26).
/// </summary>
public sealed class CountryModel(
    PortalDbContext db, RevisionLog revisions, UserManager<PortalUser> users, IAuthorizationService authorization, TimeProvider clock)
    : SiteEditorPageModel<Country, CountryTranslation, CountryText, CountryForm>(db, revisions, users, authorization, clock)
{
    private const string DateNotation = "yyyy-MM-dd";

    protected override string RecordType => RecordTypes.Country;

    protected override IReadOnlyList<StructureField> FactFields =>
    [
        new("Form." + nameof(CountryForm.Group), SiteEditorText.Membership, Form.Group, 40)
        {
            Choices = [.. Enum.GetValues<CountryGroup>().Select(group => (group.ToString(), T.Describe(group)))],
        },
        new("Form." + nameof(CountryForm.MemberSince), SiteEditorText.MemberSince, Form.MemberSince, 10) { Hint = SiteEditorText.MemberSinceHint },
    ];

    protected override string Title(StructureEditorText text) => SiteEditorText.EditCountry(Record?.IsoCode ?? string.Empty);

    protected override Task<Country?> LoadAsync(int? id, CancellationToken cancellationToken) =>
        Db.Countries.Include(c => c.Translations).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    protected override int Key(Country record) => record.Id;

    protected override string Slug(Country record) => record.Slug;

    protected override string? NameOf(CountryText text) => text.Name;

    protected override CountryText ToText(CountryTranslation translation) => new() { Name = translation.Name, MembershipSource = translation.MembershipSource };

    protected override CountryTranslation NewTranslation(string language) => new() { Language = language, Name = string.Empty };

    protected override bool WriteText(CountryTranslation translation, CountryText text)
    {
        var name = TranslationWriter.Blank(text.Name) ?? string.Empty;
        var source = TranslationWriter.Blank(text.MembershipSource);
        var changed = translation.Name != name || translation.MembershipSource != source;
        translation.Name = name;
        translation.MembershipSource = source;
        return changed;
    }

    protected override IReadOnlyList<StructureField> Fields(string prefix, CountryText text, bool isOriginal) =>
    [
        new(prefix + nameof(CountryText.Name), T.Name, text.Name, StructureLimits.Name, Required: true),
        new(prefix + nameof(CountryText.MembershipSource), SiteEditorText.MembershipSource, text.MembershipSource, StructureLimits.ShortText, Multiline: true),
    ];

    protected override void ReadFacts(Country record, CountryForm form)
    {
        form.Group = record.Group.ToString();
        form.MemberSince = record.AseanMemberSince?.ToString(DateNotation, CultureInfo.InvariantCulture);
    }

    protected override void ValidateFacts(FormChecks check)
    {
        var groupKey = "Form." + nameof(CountryForm.Group);
        var group = ParseGroup(Form.Group);
        check.Choice(groupKey, group is not null);
        var sinceKey = "Form." + nameof(CountryForm.MemberSince);
        if (string.IsNullOrWhiteSpace(Form.MemberSince))
        {
            return;
        }

        if (ParseDay(Form.MemberSince) is null)
        {
            ModelState.AddModelError(sinceKey, SiteEditorText.NotADate);
        }
        else if (group is not null and not CountryGroup.AseanMemberState)
        {
            ModelState.AddModelError(sinceKey, SiteEditorText.DateOnlyForMembers);
        }
    }

    protected override void WriteFacts(Country record, DateTimeOffset now)
    {
        record.Group = ParseGroup(Form.Group)!.Value;
        record.AseanMemberSince = ParseDay(Form.MemberSince);
    }

    /// <summary>A group by its name; a number, which Enum.TryParse would also take, is not one.</summary>
    private static CountryGroup? ParseGroup(string? text) =>
        Enum.TryParse<CountryGroup>(text, out var group) && Enum.IsDefined(group) && !int.TryParse(text, out _) ? group : null;

    private static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateNotation, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
