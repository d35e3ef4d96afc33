using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>
/// Answers 413 when a form is larger than its page's request size limit (<see cref="RequestSizeLimitAttribute"/>,
/// which Kestrel enforces as it reads), which the error page explains in the visitor's language. Without it the antiforgery check is the first to read
/// the form, takes Kestrel's refusal for a damaged request and answers 400. It runs after the size limit is set
/// (order 900) and before the antiforgery check (order 1000).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!request.HasFormContentType)
        {
            return;
        }

        try
        {
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException refused) when (refused.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
        catch (Exception damaged) when (damaged is IOException or InvalidDataException)
        {
            // A form that ends early or breaks multipart's rules: what the antiforgery check would have answered.
            context.Result = new BadRequestResult();
        }
    }
}
