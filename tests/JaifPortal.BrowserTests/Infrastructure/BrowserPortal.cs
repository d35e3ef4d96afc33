using JaifPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JaifPortal.BrowserTests.Infrastructure;

/// <summary>
/// The portal on a real socket over a seeded database, and Debian's Chromium driven by Playwright
/// (launched from /usr/bin/chromium: nothing downloads a browser).
/// </summary>
public sealed class BrowserPortal : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static int _contexts;

    private TestDatabase? _database;
    private PortalFactory? _factory;

    public PortalFactory Factory => _factory ?? throw new InvalidOperationException("The portal has not started.");
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        _factory = new PortalFactory(_database.ConnectionString);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>
    /// A browser context of its own client address (sign-in limits count per address, so a test that signs in through
    /// the form in a context from <see cref="IBrowser.NewContextAsync"/> would share one address with every other) and
    /// generous timeouts; one that bypasses the Content-Security-Policy lets a test inject axe-core.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,

            // Each browser its own client address, as on the real network: sign-in limits count per address.
            ExtraHTTPHeaders = new Dictionary<string, string> { [TestClientAddress.Header] = $"2001:db8:b::{Interlocked.Increment(ref _contexts):x}" },
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
            BypassCSP = bypassCsp,
        });

        // Generous: on a 2-core machine the portal shares the processor with the browser and the database.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>
    /// A new account with the role, signed in through the form in a browser context of its own; one that
    /// bypasses the Content-Security-Policy lets a test inject axe-core.
    /// </summary>
    public async Task<IPage> SignedInPageAsync(string role, bool bypassCsp = false)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@jmt.example";
        await BackOffice.CreateUserAsync(Factory, email, role);
        var context = await NewContextAsync(null, bypassCsp);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BackOffice.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        return page;
    }

    /// <summary>
    /// Runs a test in a fresh page (bypassing the CSP when the test runs axe-core); when it fails, a screenshot is saved
    /// under TestResults/screenshots.
    /// </summary>
    public async Task InPageAsync(string testName, Func<IPage, Task> test, ViewportSize? viewport = null, bool bypassCsp = false)
    {
        await using var context = await NewContextAsync(viewport, bypassCsp);
        var page = await context.NewPageAsync();
        try
        {
            await test(page);
        }
        catch
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, testName + ".png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            Console.Error.WriteLine($"Screenshot of the failed test {testName}: {file}");
            throw;
        }
    }
}
