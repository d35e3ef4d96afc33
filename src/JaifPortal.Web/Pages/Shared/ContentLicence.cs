using JaifPortal.Web.Domain;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// The licence under which the public may reuse the portal's content ("Portal:ContentLicence" in
/// configuration). JMT has not chosen one yet, so it is configuration rather than code (docs/operations.md).
/// </summary>
public sealed class ContentLicenceOptions
{
    public const string Section = "Portal:ContentLicence";

    /// <summary>The licence's short name, e.g. "CC BY 4.0": the link text on pages and the name in the API description.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Where the licence's terms can be read; optional, for a licence with no public text.</summary>
    public string? Url { get; set; }

    /// <summary>What a reader may do with the content, in each published language (keys "en", "ja").</summary>
    public Dictionary<string, string> Statement { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Uri? Address => string.IsNullOrWhiteSpace(Url) ? null : new Uri(Url);

    public string StatementIn(string language) =>
        Statement.TryGetValue(language, out var statement) ? statement : Statement[ContentLanguage.English];
}

/// <summary>Refuses to start with a licence that would show an empty or broken notice on every page.</summary>
public sealed class ContentLicenceValidation : IValidateOptions<ContentLicenceOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentLicenceOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Name))
        {
            failures.Add($"{ContentLicenceOptions.Section}:Name is empty: give the licence's short name, e.g. \"CC BY 4.0\".");
        }

        if (!string.IsNullOrWhiteSpace(options.Url)
            && !(Uri.TryCreate(options.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
        {
            failures.Add($"{ContentLicenceOptions.Section}:Url '{options.Url}' is not an absolute http(s) address.");
        }

        foreach (var language in ContentLanguage.Published)
        {
            if (string.IsNullOrWhiteSpace(options.Statement.GetValueOrDefault(language)))
            {
                failures.Add($"{ContentLicenceOptions.Section}:Statement:{language} is empty: every published language needs the licence statement.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
