using System.Globalization;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using JaifPortal.Web.Startup;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JaifPortal.Web.Pages;

/// <summary>The page for 4xx and 5xx answers, in the language of the address the visitor asked for.</summary>
[IgnoreAntiforgeryToken]
[AvailableWhileStarting]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(DatabaseReadiness readiness) : PageModel
{
    /// <summary>How long a visitor is asked to wait after a 503, in seconds.</summary>
    public const string RetryAfterSeconds = "10";

    public int Status { get; private set; }

    public string Lang { get; private set; } = ContentLanguage.English;

    public UiText T => UiText.For(Lang);

    public void OnGet(int? code) => Show(code);

    // Status-code pages re-execute the original method, so a failed POST lands here too.
    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        Status = code ?? Response.StatusCode;
        if (Status is < 400 or > 599)
        {
            Status = StatusCodes.Status404NotFound;
        }

        Response.StatusCode = Status;
        if (Status == StatusCodes.Status503ServiceUnavailable && Response.Headers.RetryAfter.Count == 0)
        {
            // An outage or a crowd past the connection pool's wait: worth another try in a little while.
            Response.Headers.RetryAfter = RetryAfterSeconds;
        }

        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        var firstSegment = originalPath?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        // Else the request's language: the back office's chosen language (its cookie), then the browser's.
        var requested = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Lang = ContentLanguage.IsPublished(firstSegment) ? firstSegment!
            : ContentLanguage.IsPublished(requested) ? requested
            : ContentLanguage.English;
    }

    public string Title => Status switch
    {
        StatusCodes.Status404NotFound => T.NotFoundTitle,
        StatusCodes.Status413PayloadTooLarge => T.TooLargeTitle,
        StatusCodes.Status503ServiceUnavailable => readiness.IsReady ? T.UnavailableTitle : T.StartingTitle,
        >= 500 => T.ErrorTitle,
        _ => T.BadRequestTitle,
    };

    public string Message => Status switch
    {
        StatusCodes.Status404NotFound => T.NotFoundMessage,
        StatusCodes.Status413PayloadTooLarge => T.TooLargeMessage,
        StatusCodes.Status503ServiceUnavailable => readiness.IsReady ? T.UnavailableMessage : T.StartingMessage,
        >= 500 => T.ErrorMessage,
        _ => T.BadRequestMessage,
    };
}
