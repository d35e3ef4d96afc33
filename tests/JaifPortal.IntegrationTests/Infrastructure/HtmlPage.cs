using AngleSharp;
using AngleSharp.Dom;

namespace JaifPortal.IntegrationTests.Infrastructure;

public static class HtmlPage
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    /// <summary>A page that must render (200), parsed.</summary>
    public static async Task<IDocument> GetPageAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, $"{path} should render");
        return await ParseAsync(response);
    }

    /// <summary>The page's visible text with white space folded, as a reader would see it.</summary>
    public static string VisibleText(this IDocument document) =>
        string.Join(' ', (document.Body?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
