using System.Globalization;
using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>
/// Editors keep what the country rule reads (ADR 26): whether an initiative covers all of ASEAN, and the country a
/// photo's caption places it in. Each test has its own database.
/// </summary>
public sealed class InitiativeCoverageEditingTests() : PortalPerTest(StaffAccount.Editor, StaffAccount.Reviewer)
{
    /// <summary>A published initiative that is not regional and takes place nowhere near Lao PDR.</summary>
    private async Task<(int Id, string Slug)> LocalInitiativeAsync()
    {
        await using var db = Database.CreateContext();
        var laos = await db.Countries.Where(c => c.Slug == "lao-pdr").Select(c => c.Id).SingleAsync();
        var initiative = await db.Initiatives.Published()
            .Where(i => !i.CoversAllAsean && !i.CountryIds.Contains(laos))
            .OrderBy(i => i.Slug).Select(i => new { i.Id, i.Slug }).FirstAsync();
        return (initiative.Id, initiative.Slug);
    }

    private async Task PublishAsync(int id)
    {
        var reviewer = await BackOffice.SignedInClientAsync(Factory, StaffAccount.Reviewer.Email);
        await using var db = Database.CreateContext();
        var version = await db.Initiatives.Where(i => i.Id == id).Select(i => i.Version).SingleAsync();
        (await BackOffice.PostFormAsync(reviewer, "/admin", $"/admin/initiatives/edit?id={id}&handler=Publish", new()
        {
            ["Version"] = version.ToString(CultureInfo.InvariantCulture),
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    private async Task<IReadOnlyList<string>> LaosAsync() =>
        [.. (await Factory.CreateClient().GetPageAsync("/en/countries/lao-pdr")).QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")!)];

    [Fact]
    public async Task Ticking_covers_all_of_asean_makes_the_initiative_count_for_every_member_state()
    {
        var (id, slug) = await LocalInitiativeAsync();
        (await LaosAsync()).Should().NotContain($"/en/initiatives/{slug}");
        var editor = await BackOffice.SignedInClientAsync(Factory, StaffAccount.Editor.Email);
        var fields = await EditForm.ReadAsync(editor, $"/admin/initiatives/edit?id={id}");
        fields.Should().NotContainKey("Form.CoversAllAsean", "the box starts unticked");
        fields["Form.CoversAllAsean"] = "true";

        (await BackOffice.PostFormAsync(editor, "/admin", $"/admin/initiatives/edit?id={id}&handler=Save", fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await PublishAsync(id);

        (await LaosAsync()).Should().Contain($"/en/initiatives/{slug}");
        await using var db = Database.CreateContext();
        var members = await db.Countries.Where(c => c.Group == CountryGroup.AseanMemberState).Select(c => c.Id).ToListAsync();
        (await db.Initiatives.Where(i => i.Id == id).Select(i => i.CountryIds).SingleAsync()).Should().Contain(members);
        (await EditForm.ReadAsync(editor, $"/admin/initiatives/edit?id={id}")).Should().ContainKey("Form.CoversAllAsean");
    }

    [Fact]
    public async Task A_photo_placed_in_a_country_by_its_caption_makes_the_initiative_count_there()
    {
        var (id, slug) = await LocalInitiativeAsync();
        int imageId;
        await using (var db = Database.CreateContext())
        {
            var image = new Image
            {
                InitiativeId = id,
                OriginalLanguage = "en",
                SortOrder = 1,
                Translations = [new ImageTranslation { Language = "en", Caption = "Training in Vientiane", State = TranslationState.Ready, IsPublished = true }],
            };
            db.Images.Add(image);
            await db.SaveChangesAsync();
            imageId = image.Id;
        }

        var editor = await BackOffice.SignedInClientAsync(Factory, StaffAccount.Editor.Email);
        var photos = await editor.GetPageAsync($"/admin/initiatives/images?id={id}");
        photos.QuerySelector($"select#country-image-{imageId} option[selected]")!.GetAttribute("value").Should().BeEmpty();

        var saved = await BackOffice.PostFormAsync(editor, "/admin", $"/admin/initiatives/images?id={id}&handler=Country", new()
        {
            ["photo"] = $"image-{imageId}",
            ["country"] = "LA",
        });
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await PublishAsync(id);

        (await LaosAsync()).Should().Contain($"/en/initiatives/{slug}");
        await using var check = Database.CreateContext();
        (await check.Images.Where(i => i.Id == imageId).Select(i => i.Country!.IsoCode).SingleAsync()).Should().Be("LA");
    }
}
