using BenchmarkDotNet.Attributes;
using JaifPortal.Web.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JaifPortal.Benchmarks;

/// <summary>
/// The base of every benchmark class: the real portal, configured as in production, in this process
/// over the benchmark database (JAIFPORTAL_BENCH_DATABASE), and a client that fetches a whole
/// response the way a browser waits for it. A new benchmark (a dashboard, say) is one class deriving
/// from this one with [Benchmark] methods that call <see cref="FetchAsync"/>.
/// </summary>
public abstract class PortalBenchmark
{
    public const string DatabaseVariable = "JAIFPORTAL_BENCH_DATABASE";

    private PortalHost? _host;
    private HttpClient? _client;

    /// <summary>The addresses each case requests once before measuring, so the first measured request meets warm caches.</summary>
    protected abstract IEnumerable<string> WarmUpPaths();

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
        _client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
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

    /// <summary>The portal as production runs it (no migration at start-up, warnings only in the log).</summary>
    private sealed class PortalHost(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseContentRoot(WebProjectDirectory());
            builder.UseSetting($"ConnectionStrings:{DatabaseSetup.ConnectionStringName}", connectionString);
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
