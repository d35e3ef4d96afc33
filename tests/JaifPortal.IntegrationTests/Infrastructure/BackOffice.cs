using System.Net;
using System.Text.RegularExpressions;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>Accounts and signed-in clients for back-office tests, going through the real sign-in form.</summary>
public static partial class BackOffice
{
    public const string Password = "correct horse battery staple 42";

    public static async Task<PortalUser> CreateUserAsync(PortalFactory factory, string email, params string[] roles)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0] };
        var created = await users.CreateAsync(user, Password);
        created.Succeeded.Should().BeTrue(string.Join(", ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            (await users.AddToRolesAsync(user, roles)).Succeeded.Should().BeTrue();
        }

        return user;
    }

    private static int _clients;

    /// <summary>A browser of its own: its own cookies and its own client address (from the documentation range 2001:db8::/32).</summary>
    public static HttpClient NewClient(PortalFactory factory, string? language = null)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, $"2001:db8::{Interlocked.Increment(ref _clients):x}");
        if (language is not null)
        {
            client.DefaultRequestHeaders.Add("Accept-Language", language);
        }

        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Password)
    {
        var token = await AntiforgeryTokenAsync(client, "/admin/sign-in");
        return await client.PostAsync("/admin/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>A client signed in as the account, reading the back office in <paramref name="language"/> when given (else English).</summary>
    public static async Task<HttpClient> SignedInClientAsync(PortalFactory factory, string email, string? language = null)
    {
        var client = NewClient(factory, language);
        var response = await SignInAsync(client, email);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the account should be able to sign in");
        return client;
    }

    /// <summary>Posts a form the way a browser would: with the token from the page that shows the form.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await AntiforgeryTokenAsync(client, formPage);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenField().Match(html);
        match.Success.Should().BeTrue($"{page} should carry an antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
