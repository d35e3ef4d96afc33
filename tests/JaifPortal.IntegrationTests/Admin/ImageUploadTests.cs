using System.Net;
using System.Text;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JaifPortal.IntegrationTests.Admin;

public sealed class ImageUploadTests() : PortalPerTest(StaffAccount.Editor, StaffAccount.Official)
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");


    private async Task<int> InitiativeIdAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.Initiatives.Where(i => i.Slug == slug).Select(i => i.Id).SingleAsync();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int initiativeId, byte[]? file, string fileName, Dictionary<string, string> fields)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await BackOffice.AntiforgeryTokenAsync(client, "/admin")), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
            form.Add(content, "Input.File", fileName);
        }

        return await client.PostAsync($"/admin/initiatives/images?id={initiativeId}&handler=Upload", form);
    }

    private static Dictionary<string, string> Texts(string? credit = "© JAIF Management Team") => new()
    {
        ["Input.Caption[en]"] = "Reef survey",
        ["Input.Caption[ja]"] = "サンゴ礁調査",
        ["Input.AltText[en]"] = "Divers counting coral",
        ["Input.AltText[ja]"] = "サンゴを数えるダイバー",
        ["Input.Credit[en]"] = credit ?? string.Empty,
        ["Input.Credit[ja]"] = credit ?? string.Empty,
    };

    [Fact]
    public async Task A_photo_uploaded_for_a_published_initiative_is_shown_and_served_as_the_image_it_is()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await InitiativeIdAsync("azec");

        var upload = await UploadAsync(editor, id, Png, "reef.png", Texts());

        upload.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var visitor = Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await visitor.GetAsync("/en/initiatives/azec"));
        var img = page.QuerySelectorAll("figure img").Single();
        img.GetAttribute("alt").Should().Be("Divers counting coral");
        var file = await visitor.GetAsync(img.GetAttribute("src"));
        file.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        (await file.Content.ReadAsByteArrayAsync()).Should().Equal(Png);
        file.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_whatever_it_is_called_and_nothing_is_saved()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await InitiativeIdAsync("azec");
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        var response = await UploadAsync(editor, id, svg, "innocent.png", Texts());
        var tooLarge = await UploadAsync(editor, id, [.. Png, .. new byte[ImageFormat.MaxBytes]], "huge.png", Texts());

        (await HtmlPage.ParseAsync(response)).QuerySelector("#Input_File-error")!.TextContent.Should().Contain("Only JPEG, PNG or WebP");
        (await HtmlPage.ParseAsync(tooLarge)).QuerySelector("#Input_File-error")!.TextContent.Should().Be("The file is larger than 5 MB.");
        await using var db = Database.CreateContext();
        (await db.Set<ImageFile>().CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_file_name_is_never_used_as_a_path()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var contentRoot = Factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.IWebHostEnvironment>().ContentRootPath;

        var upload = await UploadAsync(editor, await InitiativeIdAsync("azec"), Png, "../../x.jpg", Texts());

        upload.StatusCode.Should().Be(HttpStatusCode.Redirect, "the name is not the file: any name is accepted");
        File.Exists(Path.Combine(contentRoot, "..", "..", "x.jpg")).Should().BeFalse();
        File.Exists(Path.Combine(contentRoot, "x.jpg")).Should().BeFalse();
        await using var db = Database.CreateContext();
        (await db.Set<ImageFile>().SingleAsync()).Content.Should().Equal(Png, "the file is kept in the database, under the photo's id");
    }

    [Fact]
    public async Task Alternative_text_and_credit_are_required_in_both_languages()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await InitiativeIdAsync("azec");

        var page = await HtmlPage.ParseAsync(await UploadAsync(editor, id, Png, "reef.png", Texts(credit: null)));

        page.QuerySelector("#Input_Credit_en-error")!.TextContent.Should().Be("Please fill in this field.");
        page.QuerySelector("#Input_Credit_ja-error")!.TextContent.Should().Be("Please fill in this field.");
        await using var db = Database.CreateContext();
        (await db.Set<ImageFile>().CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Photos_of_unpublished_initiatives_are_not_served_and_removed_photos_disappear_but_are_kept()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await InitiativeIdAsync("azec");
        await UploadAsync(editor, id, Png, "reef.png", Texts());
        int imageId;
        await using (var db = Database.CreateContext())
        {
            imageId = await db.Set<ImageFile>().Select(f => f.ImageId).SingleAsync();
        }

        var visitor = Factory.CreateClient();
        (await visitor.GetAsync($"/media/images/{imageId}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var removed = await BackOffice.PostFormAsync(editor, "/admin", $"/admin/initiatives/images?id={id}&handler=Remove", new() { ["image"] = imageId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        removed.StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await visitor.GetAsync($"/media/images/{imageId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await visitor.GetStringAsync("/en/initiatives/azec")).Should().NotContain($"/media/images/{imageId}");
        await using var check = Database.CreateContext();
        (await check.Set<ImageFile>().CountAsync()).Should().Be(1, "a removed photo is kept");
        (await check.AuditEntries.AnyAsync(e => e.Action == AuditAction.Deleted && e.RecordType == "Image")).Should().BeTrue();
    }

    [Fact]
    public async Task An_official_cannot_upload()
    {
        var official = await BackOffice.SignedInClientAsync(Factory, "official@mission.example");

        var response = await UploadAsync(official, await InitiativeIdAsync("azec"), Png, "reef.png", Texts());

        response.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");
    }
}
