using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JaifPortal.Benchmarks;

/// <summary>
/// The base of every benchmark class: the real portal, configured as in production, in this process
/// over the benchmark database (JAIFPORTAL_BENCH_DATABASE), and a client that fetches a whole
/// response the way a browser waits for it. A new benchmark (a dashboard, say) is one class deriving
/// from this one with [Benchmark] methods that call <see cref="FetchAsync"/>.
/// </summary>
public abstract partial class PortalBenchmark
{
    public const string DatabaseVariable = "JAIFPORTAL_BENCH_DATABASE";

    private PortalHost? _host;
    private HttpClient? _client;

    /// <summary>The addresses each case requests once before measuring, so the first measured request meets warm caches.</summary>
    protected abstract IEnumerable<string> WarmUpPaths();

    /// <summary>Whether the client signs in as an Official first (the dashboards are for signed-in staff).</summary>
    protected virtual bool SignsInAsOfficial => false;

    [GlobalSetup]
    public async Task StartPortalAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable(DatabaseVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{DatabaseVariable} is not set: run the benchmarks with `make bench`, which fills a database with the data generator and sets it.");
        }

        _host = new PortalHost(connectionString);

        // Production answers https only; the test server takes the scheme from the client's address.
        _client = _host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(PortalHost.PublicBaseUrl), AllowAutoRedirect = false, HandleCookies = true });
        await _host.Services.GetRequiredService<DatabaseReadiness>().WhenReady.WaitAsync(TimeSpan.FromMinutes(1));
        if (SignsInAsOfficial)
        {
            await SignInAsOfficialAsync();
        }

        foreach (var path in WarmUpPaths())
        {
            await FetchAsync(path);
        }
    }

    [GlobalCleanup]
    public async Task StopPortalAsync()
    {
        _client?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>Requests a page and reads all of it; anything but 200 OK stops the benchmark, since a fast error page proves nothing.</summary>
    protected async Task<int> FetchAsync(string path)
    {
        using var response = await _client!.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: the benchmark measures only successful responses.");
        }

        return body.Length;
    }

    /// <summary>Forgets every page the portal keeps for its next view (dashboards, searches), so the next request computes its page anew.</summary>
    protected void ForgetKeptPages() => _host!.Services.GetRequiredService<ContentCacheStore>().ForgetAll();

    /// <summary>
    /// Creates an Official with a password made up for this run (none is kept anywhere) and signs in
    /// through the real form, so the measured requests pass the same authorisation as an official's.
    /// </summary>
    private async Task SignInAsOfficialAsync()
    {
        var email = $"benchmark-{Guid.NewGuid():N}@benchmark.invalid";
        var password = $"{Guid.NewGuid():N}{Guid.NewGuid():N}";
        await using (var scope = _host!.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Benchmark" };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded || !(await users.AddToRoleAsync(user, PortalRoles.Official)).Succeeded)
            {
                throw new InvalidOperationException("The benchmark's Official could not be created: " + string.Join(", ", created.Errors.Select(e => e.Description)));
            }
        }

        var form = await _client!.GetStringAsync(new Uri("/admin/sign-in", UriKind.Relative));
        var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(form).Groups[1].Value);
        using var signIn = await _client.PostAsync(new Uri("/admin/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if (signIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The benchmark's Official could not sign in ({(int)signIn.StatusCode}).");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    /// <summary>The portal as production runs it (no migration at start-up, warnings only in the log).</summary>
    private sealed class PortalHost(string connectionString) : WebApplicationFactory<Program>
    {
        public const string PublicBaseUrl = "https://localhost";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseContentRoot(WebProjectDirectory());
            builder.UseSetting($"ConnectionStrings:{PortalDatabase.ConnectionStringName}", connectionString);
            builder.UseSetting("Portal:PublicBaseUrl", PublicBaseUrl);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }

        /// <summary>
        /// The web project's folder (for its static files), found upwards from the benchmark's binaries:
        /// BenchmarkDotNet's in-process runner hides the test-assembly metadata WebApplicationFactory looks for.
        /// </summary>
        private static string WebProjectDirectory()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "src", "JaifPortal.Web");
                if (File.Exists(Path.Combine(candidate, "JaifPortal.Web.csproj")))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException($"src/JaifPortal.Web not found above {AppContext.BaseDirectory}.");
        }
    }
}
