using System.Globalization;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JaifPortal.Web.Pages;

/// <summary>The page for 4xx and 5xx answers, in the language of the address the visitor asked for.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string Lang { get; private set; } = ContentLanguage.English;

    public UiText Ui => UiText.For(Lang);

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
        StatusCodes.Status404NotFound => Ui.NotFoundTitle,
        StatusCodes.Status503ServiceUnavailable => Ui.UnavailableTitle,
        >= 500 => Ui.ErrorTitle,
        _ => Ui.BadRequestTitle,
    };

    public string Message => Status switch
    {
        StatusCodes.Status404NotFound => Ui.NotFoundMessage,
        StatusCodes.Status503ServiceUnavailable => Ui.UnavailableMessage,
        >= 500 => Ui.ErrorMessage,
        _ => Ui.BadRequestMessage,
    };
}
