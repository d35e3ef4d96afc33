using System.Globalization;
using System.Net;
using System.Text;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JaifPortal.IntegrationTests.Admin;

public sealed class ImageUploadTests() : PortalPerTest(StaffAccount.Editor, StaffAccount.Reviewer, StaffAccount.Official)
{
    private static readonly byte[] Png = TestImages.Png(640, 480);

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

    private static Dictionary<string, string> Texts(string? credit = "© JAIF Management Team", string altText = "Divers counting coral") => new()
    {
        ["Input.Caption[en]"] = "Reef survey",
        ["Input.Caption[ja]"] = "サンゴ礁調査",
        ["Input.AltText[en]"] = altText,
        ["Input.AltText[ja]"] = "サンゴを数えるダイバー",
        ["Input.Credit[en]"] = credit ?? string.Empty,
        ["Input.Credit[ja]"] = credit ?? string.Empty,
    };

    private async Task PublishAsync(int id)
    {
        var reviewer = await BackOffice.SignedInClientAsync(Factory, "reviewer@jmt.example");
        uint version;
        await using (var db = Database.CreateContext())
        {
            version = await db.Initiatives.Where(i => i.Id == id).Select(i => i.Version).SingleAsync();
        }

        var published = await BackOffice.PostFormAsync(reviewer, "/admin", $"/admin/initiatives/edit?id={id}&handler=Publish", new() { ["Version"] = version.ToString(CultureInfo.InvariantCulture) });
        published.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    /// <summary>The photos of the public page, as the srcset of each picture's sources and its img.</summary>
    private static async Task<List<AngleSharp.Dom.IElement>> PublicPicturesAsync(HttpClient visitor, string path) =>
        [.. (await HtmlPage.ParseAsync(await visitor.GetAsync(path))).QuerySelectorAll(".photos picture")];

    private async Task<List<ImageRendition>> RenditionsAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Set<ImageRendition>().AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task A_photo_uploaded_to_a_published_initiative_waits_for_review_then_is_shown_as_a_responsive_picture()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await InitiativeIdAsync("azec");
        var visitor = Factory.CreateClient();

        var upload = await UploadAsync(editor, id, TestImages.Jpeg(2000, 1000), "reef.jpg", Texts());

        upload.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await PublicPicturesAsync(visitor, "/en/initiatives/azec")).Should().BeEmpty("the public keeps the published photos until a reviewer publishes the change");
        (await editor.GetStringAsync($"/admin/initiatives/images?id={id}")).Should().Contain("waiting for review");
        var preview = await HtmlPage.ParseAsync(await editor.GetAsync($"/admin/initiatives/preview?id={id}&lang=en"));
        var previewed = preview.QuerySelector(".photos picture img")!;
        previewed.GetAttribute("alt").Should().Be("Divers counting coral");
        (await editor.GetAsync(previewed.GetAttribute("src"))).StatusCode.Should().Be(HttpStatusCode.OK, "the preview reads the waiting file from the back office");
        (await visitor.GetAsync(previewed.GetAttribute("src")!.Replace("/admin/media", "/media", StringComparison.Ordinal))).StatusCode
            .Should().Be(HttpStatusCode.NotFound, "a file waiting for review is not public");

        await PublishAsync(id);

        var picture = (await PublicPicturesAsync(visitor, "/en/initiatives/azec")).Single();
        var sources = picture.QuerySelectorAll("source").ToList();
        sources.Select(s => s.GetAttribute("type")).Should().Equal("image/webp", "image/jpeg");
        sources[0].GetAttribute("srcset").Should().MatchRegex(@"^/media/images/\d+/480\.webp 480w, /media/images/\d+/960\.webp 960w, /media/images/\d+/1600\.webp 1600w$");
        sources[1].GetAttribute("srcset").Should().MatchRegex(@"^/media/images/\d+/480\.jpg 480w, /media/images/\d+/960\.jpg 960w, /media/images/\d+/1600\.jpg 1600w$");
        sources.Should().AllSatisfy(s => s.GetAttribute("sizes").Should().NotBeNullOrEmpty());
        var img = picture.QuerySelector("img")!;
        (img.GetAttribute("width"), img.GetAttribute("height")).Should().Be(("1600", "800"), "the space is reserved before the file arrives");
        img.GetAttribute("loading").Should().Be("lazy");
        img.GetAttribute("alt").Should().Be("Divers counting coral");
        foreach (var address in sources.SelectMany(s => s.GetAttribute("srcset")!.Split(", ")).Select(entry => entry.Split(' ')[0]).Append(img.GetAttribute("src")!))
        {
            var file = await visitor.GetAsync(address);
            file.StatusCode.Should().Be(HttpStatusCode.OK, address);
            file.Content.Headers.ContentType!.MediaType.Should().Be(address.EndsWith(".webp", StringComparison.Ordinal) ? "image/webp" : "image/jpeg");
            file.Headers.CacheControl!.MaxAge.Should().BeGreaterThanOrEqualTo(TimeSpan.FromDays(365));
            file.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        }
    }

    [Fact]
    public async Task Replacing_only_a_photos_file_keeps_the_texts_left_blank()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await InitiativeIdAsync("azec");
        await UploadAsync(editor, id, Png, "reef.png", Texts());
        await PublishAsync(id);
        var imageId = await ShownImageIdAsync();

        var replaced = await UploadAsync(editor, id, TestImages.Png(800, 600), "reef-2.png", new() { ["Input.Photo"] = $"image-{imageId}" });
        await PublishAsync(id);

        replaced.StatusCode.Should().Be(HttpStatusCode.Redirect, "the photo's own texts fill the fields left blank");
        var img = (await PublicPicturesAsync(Factory.CreateClient(), "/en/initiatives/azec")).Single().QuerySelector("img")!;
        img.GetAttribute("alt").Should().Be("Divers counting coral");
        img.GetAttribute("width").Should().Be("800", "the new file is shown");
    }

    [Fact]
    public async Task Every_upload_change_and_removal_is_a_revision_and_an_audit_entry_and_the_history_restores_a_removed_photo()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await InitiativeIdAsync("azec");
        var visitor = Factory.CreateClient();
        await UploadAsync(editor, id, Png, "reef.png", Texts());
        await PublishAsync(id);
        var imageId = await ShownImageIdAsync();

        var changed = await UploadAsync(editor, id, null, string.Empty, new(Texts(altText: "Divers counting coral on the reef")) { ["Input.Photo"] = $"image-{imageId}" });
        var removed = await BackOffice.PostFormAsync(editor, "/admin", $"/admin/initiatives/images?id={id}&handler=Remove", new() { ["photo"] = $"image-{imageId}" });

        changed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        removed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await PublicPicturesAsync(visitor, "/en/initiatives/azec")).Should().ContainSingle("a removal waits for review too");
        await PublishAsync(id);
        (await PublicPicturesAsync(visitor, "/en/initiatives/azec")).Should().BeEmpty();

        long beforeRemoval;
        await using (var db = Database.CreateContext())
        {
            var revisions = await db.Revisions.Where(r => r.RecordType == "Initiative" && r.RecordId == id).OrderBy(r => r.Number).ToListAsync();
            revisions.Select(r => (r.Kind, r.Note)).Should().Equal(
                (RevisionKind.Saved, "Photo added"), (RevisionKind.Published, null), (RevisionKind.Saved, "Photo changed"), (RevisionKind.Saved, "Photo removed"), (RevisionKind.Published, null));
            (await db.AuditEntries.Where(e => e.RecordType == "Image").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync())
                .Should().Equal(AuditAction.PhotoAdded, AuditAction.PhotoChanged, AuditAction.PhotoRemoved);
            (await db.AuditEntries.Where(e => e.RecordType == "Image").Select(e => e.UserEmail).Distinct().ToListAsync()).Should().Equal("editor@jmt.example");
            (await db.Images.SingleAsync(i => i.Id == imageId)).RemovedAt.Should().NotBeNull("a removed photo is kept, with its file");
            beforeRemoval = revisions[2].Id;
        }

        var restored = await BackOffice.PostFormAsync(editor, $"/admin/history?type=Initiative&id={id}", $"/admin/initiatives/edit?id={id}&handler=Restore", new()
        {
            ["revision"] = beforeRemoval.ToString(CultureInfo.InvariantCulture),
            ["Version"] = (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture),
        });
        restored.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await PublishAsync(id);

        var img = (await PublicPicturesAsync(visitor, "/en/initiatives/azec")).Single().QuerySelector("img")!;
        img.GetAttribute("alt").Should().Be("Divers counting coral on the reef");
        (await visitor.GetAsync(img.GetAttribute("src"))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Saving_the_edit_form_keeps_the_photos_waiting_for_review()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await InitiativeIdAsync("azec");
        await UploadAsync(editor, id, Png, "reef.png", Texts());
        var form = await EditForm.ReadAsync(editor, $"/admin/initiatives/edit?id={id}");
        form["Form.Texts[en].Summary"] = "A summary changed after the photo.";

        (await BackOffice.PostFormAsync(editor, "/admin", $"/admin/initiatives/edit?id={id}&handler=Save", form)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await PublishAsync(id);

        (await PublicPicturesAsync(Factory.CreateClient(), "/en/initiatives/azec")).Should().ContainSingle();
    }

    [Fact]
    public async Task On_an_unpublished_initiative_a_photo_shows_in_the_preview_only_until_publication()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await InitiativeIdAsync("azec");
        await using (var db = Database.CreateContext())
        {
            await db.Initiatives.Where(i => i.Id == id).ExecuteUpdateAsync(set => set.SetProperty(i => i.Publication, PublicationStatus.Draft));
        }

        await UploadAsync(editor, id, Png, "reef.png", Texts());

        var preview = await HtmlPage.ParseAsync(await editor.GetAsync($"/admin/initiatives/preview?id={id}&lang=en"));
        var src = preview.QuerySelector(".photos picture img")!.GetAttribute("src")!;
        src.Should().StartWith("/admin/media/images/");
        var visitor = Factory.CreateClient();
        (await visitor.GetAsync(src.Replace("/admin/media", "/media", StringComparison.Ordinal))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await visitor.GetAsync(src)).Content.Headers.ContentType!.MediaType.Should().Be("text/html", "the back office's address needs an account: it leads to the sign-in page");

        await PublishAsync(id);

        (await visitor.GetAsync(src.Replace("/admin/media", "/media", StringComparison.Ordinal))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    public async Task Nothing_appended_to_an_image_survives_the_upload(string format)
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var polyglot = TestImages.WithHtmlAppended(format == "png" ? Png : TestImages.Jpeg(640, 480));

        (await UploadAsync(editor, await InitiativeIdAsync("azec"), polyglot, "reef." + format, Texts())).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var renditions = await RenditionsAsync();
        renditions.Should().NotBeEmpty();
        renditions.Should().AllSatisfy(r => TestImages.ContainsText(r.Content, "<script").Should().BeFalse());
        renditions.Should().AllSatisfy(r => TestImages.Contains(r.Content, TestImages.AppendedHtml).Should().BeFalse());
    }

    [Fact]
    public async Task The_location_a_camera_wrote_into_a_photo_is_removed()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var photo = TestImages.JpegWithGpsLocation(640, 480);
        TestImages.Contains(photo, TestImages.GpsLatitudeMarker).Should().BeTrue("the test photo carries a location");

        (await UploadAsync(editor, await InitiativeIdAsync("azec"), photo, "reef.jpg", Texts())).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var renditions = await RenditionsAsync();
        renditions.Should().NotBeEmpty();
        renditions.Should().AllSatisfy(r =>
        {
            TestImages.Contains(r.Content, TestImages.GpsLatitudeMarker).Should().BeFalse();
            TestImages.ContainsText(r.Content, "Exif").Should().BeFalse();
        });
    }

    [Fact]
    public async Task A_small_photo_is_never_scaled_up()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");

        await UploadAsync(editor, await InitiativeIdAsync("azec"), TestImages.Png(300, 200), "small.png", Texts());

        (await RenditionsAsync()).Select(r => (r.Width, r.ContentType)).Should().BeEquivalentTo([(300, "image/png"), (300, "image/webp")]);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_413_and_a_message_in_the_editors_language()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await InitiativeIdAsync("azec");

        var justOver = await UploadAsync(editor, id, [.. Png, .. new byte[ImageFormat.MaxBytes]], "huge.png", Texts());
        var farOver = await UploadAsync(editor, id, new byte[7 * 1024 * 1024], "huger.png", Texts());
        var japanese = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example", "ja");
        var farOverInJapanese = await UploadAsync(japanese, id, new byte[7 * 1024 * 1024], "huger.png", Texts());

        justOver.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await HtmlPage.ParseAsync(justOver)).QuerySelector("#Input_File-error")!.TextContent.Should().Be("The file is larger than 5 MB.");
        farOver.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await HtmlPage.ParseAsync(farOver)).VisibleText().Should().Contain("The file is larger than 5 MB.");
        farOverInJapanese.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await HtmlPage.ParseAsync(farOverInJapanese)).VisibleText().Should().Contain("ファイルが5MBを超えています。");
        await NothingSavedAsync(id);
    }

    [Fact]
    public async Task Kestrel_refuses_a_request_over_the_pages_limit_with_413_and_a_message_in_the_editors_language()
    {
        await using var portal = new PortalProcess(new Dictionary<string, string>
        {
            ["ConnectionStrings__Portal"] = Database.ConnectionString,
            ["Database__CreateDevelopmentAdministrator"] = "false",
            ["Portal__PublicBaseUrl"] = "https://portal.example",
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
        });
        await portal.StartAsync();
        using var editor = portal.CreateClientAsProxy(new Uri("https://portal.example"), new System.Net.CookieContainer());
        editor.DefaultRequestHeaders.Add("Accept-Language", "ja");
        // As a browser may: the body is sent only once the server agrees, so the refusal is read instead of a reset.
        editor.DefaultRequestHeaders.ExpectContinue = true;
        (await BackOffice.SignInAsync(editor, "editor@jmt.example")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = await InitiativeIdAsync("azec");

        var response = await UploadAsync(editor, id, new byte[7 * 1024 * 1024], "huge.jpg", Texts());

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await HtmlPage.ParseAsync(response)).VisibleText().Should().Contain("ファイルが5MBを超えています。");
        await NothingSavedAsync(id);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_cut_short_or_claims_too_many_pixels_is_refused_and_nothing_is_saved()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await InitiativeIdAsync("azec");
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        async Task<string> ErrorAsync(byte[] file)
        {
            var response = await UploadAsync(editor, id, file, "innocent.png", Texts());
            response.StatusCode.Should().NotBe(HttpStatusCode.InternalServerError);
            return (await HtmlPage.ParseAsync(response)).QuerySelector("#Input_File-error")!.TextContent;
        }

        (await ErrorAsync(svg)).Should().Contain("Only JPEG, PNG or WebP");
        (await ErrorAsync(TestImages.Truncated(TestImages.Jpeg(640, 480)))).Should().Contain("could not be read as a picture");
        (await ErrorAsync(TestImages.Truncated(Png))).Should().Contain("could not be read as a picture");
        (await ErrorAsync(TestImages.DecompressionBomb())).Should().Contain("more than 40 megapixels");
        await NothingSavedAsync(id);
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
        (await db.ImageFiles.SingleAsync()).ContentType.Should().Be("image/png", "the file is kept in the database, as what its content is");
    }

    [Fact]
    public async Task Alternative_text_and_credit_are_required_in_both_languages()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await InitiativeIdAsync("azec");

        var page = await HtmlPage.ParseAsync(await UploadAsync(editor, id, Png, "reef.png", Texts(credit: null)));

        page.QuerySelector("#Input_Credit_en-error")!.TextContent.Should().Be("Please fill in this field.");
        page.QuerySelector("#Input_Credit_ja-error")!.TextContent.Should().Be("Please fill in this field.");
        await NothingSavedAsync(id);
    }

    [Fact]
    public async Task An_official_cannot_upload()
    {
        var official = await BackOffice.SignedInClientAsync(Factory, "official@mission.example");

        var response = await UploadAsync(official, await InitiativeIdAsync("azec"), Png, "reef.png", Texts());

        response.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");
    }

    private async Task<int> ShownImageIdAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Images.Where(i => i.FileId != null && i.RemovedAt == null).Select(i => i.Id).SingleAsync();
    }

    private async Task<uint> VersionAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.Initiatives.Where(i => i.Id == id).Select(i => i.Version).SingleAsync();
    }

    private async Task NothingSavedAsync(int id)
    {
        await using var db = Database.CreateContext();
        (await db.ImageFiles.CountAsync()).Should().Be(0);
        (await db.Revisions.CountAsync(r => r.RecordId == id && r.RecordType == "Initiative")).Should().Be(0);
        (await db.Initiatives.Where(i => i.Id == id).Select(i => i.PendingChanges).SingleAsync()).Should().BeNull();
    }
}
