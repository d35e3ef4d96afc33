using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace JaifPortal.Web.Areas.Discovery.Api;

/// <summary>Settings of the public JSON API ("Api" in configuration).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Requests one client (remote address) may make to /api in a minute.</summary>
    public int RequestsPerMinute { get; set; } = 120;
}

/// <summary>The read-only JSON API under /api/v1: published content in both languages, paged, cached by ETag and rate limited per client.</summary>
public static class PortalApi
{
    public const string RateLimitPolicy = "api";

    /// <summary>A record's <c>status</c> is read on the day, its <c>recordedStatus</c> as recorded (ADR 34); the document says which is which.</summary>
    private static readonly Dictionary<Type, string> StatusDescriptions = new()
    {
        [typeof(InitiativeStanding)] = "The initiative's status on the day, as its page reads and the status filter compares: Planned; StartPassed "
            + "(still recorded as planned, its start date has passed); Ongoing; Ended (its end date has passed, completion not recorded); Completed.",
        [typeof(InitiativeStatus)] = "The initiative's status as the source or an editor last recorded it.",
        [typeof(MilestoneStanding)] = "The milestone's status on the day: Achieved; Planned; DatePassed (still recorded as planned, its date has passed, outcome not recorded).",
        [typeof(MilestoneStatus)] = "The milestone's status as the source or an editor last recorded it.",
    };

    public static WebApplicationBuilder AddPortalApi(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ApiOptions>(builder.Configuration.GetSection(ApiOptions.Section));
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, context, _) =>
            {
                var licence = context.ApplicationServices.GetRequiredService<IOptions<ContentLicenceOptions>>().Value;
                document.Info.License = new OpenApiLicense { Name = licence.Name, Url = licence.Address };
                return Task.CompletedTask;
            });

            // v1's clients read name.en and name.ja; the document tells them to read name.texts instead.
            options.AddSchemaTransformer((schema, context, _) =>
            {
                if (context.JsonPropertyInfo is { } property && property.DeclaringType == typeof(Bilingual) && property.Name is "en" or "ja")
                {
                    schema.Deprecated = true;
                    schema.Description = $"Deprecated: the same as texts.{property.Name}; read texts, which holds every configured language.";
                }

                if (StatusDescriptions.TryGetValue(context.JsonTypeInfo.Type, out var description))
                {
                    schema.Description = description;
                }

                return Task.CompletedTask;
            });
        });
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicy, context =>
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limit), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? (int)Math.Ceiling(retryAfter.TotalSeconds)
                    : 60;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                        statusCode: StatusCodes.Status429TooManyRequests,
                        title: "Too many requests",
                        detail: $"Try again in {seconds} seconds.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
        return builder;
    }

    public static WebApplication MapPortalApi(this WebApplication app)
    {
        app.MapOpenApi().CachedPublicly();
        var api = app.MapGroup("/api/v1").RequireRateLimiting(RateLimitPolicy).AddEndpointFilter(async (context, next) =>
        {
            // The content's licence travels with every answer, for clients that never read the OpenAPI document.
            if (context.HttpContext.RequestServices.GetRequiredService<IOptions<ContentLicenceOptions>>().Value.Address is { } licence)
            {
                context.HttpContext.Response.Headers.Append(HeaderNames.Link, $"<{licence.AbsoluteUri}>; rel=\"license\"");
            }

            return await next(context);
        });
        api.MapPillarsApi();
        api.MapAreasApi();
        api.MapInitiativesApi();
        api.MapEventsApi();
        api.MapOrganisationsApi();
        api.MapPeopleApi();
        api.MapCountriesApi();

        // Any other address under the API is answered as the API answers, with problem details, not the HTML 404 page.
        api.Map("/{**path}", (string? path) => Results.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"The API has no resource at /api/v1/{path}. The OpenAPI document at /openapi/v1.json lists them."))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Writes the value as JSON with a strong ETag (a hash of the bytes) and a minute of public caching;
    /// a client that already holds this representation gets 304 Not Modified.
    /// </summary>
    internal static IResult Cached<T>(HttpContext context, T value)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var json = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(json))[..32] + "\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(1) };
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(json, "application/json; charset=utf-8");
    }

    /// <summary>The answer is the same for every client: kept in the output cache, varied by these query keys only.</summary>
    internal static TBuilder CachedPublicly<TBuilder>(this TBuilder endpoint, params string[] queryKeys)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new PublicCacheAttribute(queryKeys));

    /// <summary>The same, varied by the keys of a filter's subject and these others.</summary>
    internal static TBuilder CachedPublicly<TBuilder>(this TBuilder endpoint, Filtering.FilterSubject filtered, params string[] otherKeys)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new PublicCacheAttribute(filtered, otherKeys));

    internal static IResult NotFound(string kind, string slug) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No published {kind} has the slug '{slug}'.");

    internal static RouteHandlerBuilder Describe<TResponse>(this RouteHandlerBuilder endpoint, string name, string summary, bool withNotFound = false)
    {
        endpoint.WithName(name).WithSummary(summary).Produces<TResponse>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status429TooManyRequests);
        if (withNotFound)
        {
            endpoint.ProducesProblem(StatusCodes.Status404NotFound);
        }

        return endpoint;
    }
}

/// <summary>
/// A text in every configured language: <see cref="Texts"/> keyed by language code, null where a language is not
/// published. The fields en and ja repeat the English and Japanese entries for v1's clients and are deprecated.
/// </summary>
public sealed record Bilingual(IReadOnlyDictionary<string, string?> Texts)
{
    public Bilingual(string? en, string? ja)
        : this(new Dictionary<string, string?>(StringComparer.Ordinal) { [ContentLanguage.English] = en, [ContentLanguage.Japanese] = ja })
    {
    }

    /// <summary>Deprecated: the English text, the same as texts.en; read texts instead.</summary>
    public string? En => Texts.GetValueOrDefault(ContentLanguage.English);

    /// <summary>Deprecated: the Japanese text, the same as texts.ja; read texts instead.</summary>
    public string? Ja => Texts.GetValueOrDefault(ContentLanguage.Japanese);

    public static Bilingual Of<T>(IEnumerable<T> translations, Func<T, string?> text)
        where T : Translation
    {
        var published = translations.Where(t => t.IsPublished).ToList();
        return new Bilingual(ContentLanguage.Published.ToDictionary(
            language => language,
            language => published.Where(t => t.Language == language).Select(text).FirstOrDefault(),
            StringComparer.Ordinal));
    }

    /// <summary>The addresses of a public page in each language, e.g. /en/initiatives/sseayp for the page /Initiatives/Details.</summary>
    public static Bilingual Url(LinkGenerator links, string page, string slug) =>
        new(ContentLanguage.Published.ToDictionary(language => language, string? (language) => links.PublicPath(page, language, slug), StringComparer.Ordinal));
}

/// <summary>A date at the precision the source gives, in PartialDate's notation (2023-10, FY2024, …).</summary>
public sealed record ApiDate(string Value, DatePrecision Precision)
{
    public static ApiDate? Of(PartialDate? date) => date is null ? null : new ApiDate(date.ToIsoNotation(), date.Precision);
}

/// <summary>A short reference to another record.</summary>
public sealed record ApiLink(string Slug, Bilingual Name, Bilingual Url);

public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, int PageCount);

/// <summary>?page= and ?pageSize= as given by a client: anything unusable falls back rather than failing.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static PageRequest From(string? page, string? pageSize)
    {
        var number = int.TryParse(page, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var size = int.TryParse(pageSize, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? Math.Clamp(s, 1, MaxPageSize) : DefaultPageSize;
        return new PageRequest(number, size);
    }

    /// <summary>Counts the rows, then loads only the requested page (Skip/Take run in SQL).</summary>
    public async Task<ApiPage<TItem>> LoadAsync<TRow, TItem>(IQueryable<TRow> rows, Func<TRow, TItem> map, CancellationToken cancellationToken)
    {
        var total = await rows.CountAsync(cancellationToken);
        var skip = (long)(Page - 1) * PageSize;
        var items = skip >= total
            ? []
            : await rows.Skip((int)skip).Take(PageSize).ToListAsync(cancellationToken);
        return new ApiPage<TItem>([.. items.Select(map)], Page, PageSize, total, (int)Math.Ceiling(total / (double)PageSize));
    }
}
