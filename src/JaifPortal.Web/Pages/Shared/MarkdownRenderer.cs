using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// Renders editors' Markdown. Raw HTML is disabled, so any tag in the text is shown as text and
/// never runs, and links to anything but web, mail and in-portal addresses lose their target.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    public HtmlString Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = string.Empty;
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!IsSafeUrl(autolink.Url))
            {
                autolink.Url = string.Empty;
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new HtmlString(writer.ToString());
    }

    /// <summary>The text without its Markdown, for formats that carry plain text only (such as the IATI file).</summary>
    public string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? string.Empty : Markdown.ToPlainText(markdown, _pipeline).Trim();

    private static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var absolute) && !url.TrimStart().StartsWith('/'))
        {
            return SafeSchemes.Contains(absolute.Scheme, StringComparer.OrdinalIgnoreCase);
        }

        // A relative address has no scheme; "//host" would leave the portal, so it is refused too.
        return !url.Contains(':', StringComparison.Ordinal) && !url.TrimStart().StartsWith("//", StringComparison.Ordinal);
    }
}
