using System.Globalization;
using JaifPortal.Web.Areas.Admin.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Areas.Admin.Pages;

public sealed class SignInModel(SignInGuard guard) : AdminPageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "changed")]
    public bool PasswordChanged { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        RequireEmail("Input.Email", Input.Email);
        RequireText("Input.Password", Input.Password, 1_000);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await guard.SignInAsync(Input.Email!.Trim(), Input.Password!, HttpContext.Connection.RemoteIpAddress, cancellationToken);
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(LocalReturnUrl(ReturnUrl));
            case SignInOutcome.Throttled:
                var seconds = (int)Math.Ceiling(result.RetryAfter.TotalSeconds);
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                Message = T.TooManySignInAttempts((seconds + 59) / 60);
                return Page();
            default:
                Message = T.SignInFailed;
                return Page();
        }
    }

    public sealed class SignInInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
