using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// One portal instance as production runs it: a process of its own (dotnet JaifPortal.Web.dll, the build the
/// tests reference) in the Production environment, with a home folder of its own, so it shares nothing with
/// other instances but the database and the settings it is given (environment variables, as in docs/operations.md;
/// an ASPNETCORE_ENVIRONMENT among them runs it in another environment).
/// </summary>
public sealed class PortalProcess(IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    private static readonly TimeSpan StartsWithin = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopsWithin = TimeSpan.FromSeconds(40);

    private readonly string _home = Directory.CreateTempSubdirectory("jaifportal-instance-").FullName;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly LineWaiters _printed = new();
    private Process? _process;

    public int Port { get; } = Loopback.FreePort();

    /// <summary>What it printed (its log), line by line as a log collector reads it.</summary>
    public IReadOnlyList<string> Lines => [.. _output];

    /// <summary>Completes when it prints a line that <paramref name="matches"/> (at once if it has).</summary>
    public Task PrintedAsync(Func<string, bool> matches, string what) => _printed.WaitAsync(matches, () => _output, what);

    /// <summary>What it printed (its log), for a failing test to show.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Starts it and waits until /health/ready answers 200.</summary>
    public async Task StartAsync()
    {
        _process = Start(_output, "--urls", $"http://127.0.0.1:{Port}");
        using var probe = new HttpClient { Timeout = StartsWithin };
        var deadline = DateTime.UtcNow + StartsWithin;
        while (true)
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The portal on port {Port} did not become ready:{Environment.NewLine}{Output}");
            }

            try
            {
                using var ready = await probe.GetAsync(new Uri($"http://127.0.0.1:{Port}/health/ready"));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // The deadline check above decides.
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Stops it as an orchestrator would, with SIGTERM, and waits for it to finish what it was serving.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        using (var terminate = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await terminate.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(StopsWithin);
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>Runs one of the portal's commands (migrate, create-admin …) with the same settings and returns what it printed.</summary>
    public async Task<string> RunCommandAsync(params string[] arguments)
    {
        var printed = new ConcurrentQueue<string>();
        using var command = Start(printed, arguments);
        using var timeout = new CancellationTokenSource(StartsWithin);
        await command.WaitForExitAsync(timeout.Token);
        var output = string.Join(Environment.NewLine, printed);
        if (command.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' failed ({command.ExitCode}):{Environment.NewLine}{output}");
        }

        return output;
    }

    /// <summary>
    /// A client that talks to this instance directly, passing itself off as the proxy (it connects from 127.0.0.1,
    /// the listed proxy, and says https), with the cookies of <paramref name="browser"/> kept for the public address.
    /// A request that expects 100-continue waits for the server's answer as long as a busy test machine may take,
    /// not the default second, after which the body would be sent anyway and a refusal read as a broken pipe.
    /// </summary>
    public HttpClient CreateClientAsProxy(Uri publicBaseUrl, CookieContainer browser) =>
        new(new ForwardingAsProxy(publicBaseUrl, browser)
        {
            InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, Expect100ContinueTimeout = TimeSpan.FromSeconds(30) },
        })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{Port}"),
        };

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Directory.Delete(_home, recursive: true);
    }

    private Process Start(ConcurrentQueue<string> output, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "JaifPortal.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["HOME"] = _home;
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;

        // Should the test run end without disposing this (a crash, a cancelled run), the instance ends with it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It has ended already (and been disposed).
            }
        };
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;

        void Keep(string? line)
        {
            if (line is not null)
            {
                output.Enqueue(line);
                if (output == _output)
                {
                    // The instance's own output, not a command's.
                    _printed.Arrived(line);
                }
            }
        }
    }

    /// <summary>The dotnet host running the tests, so the portal runs on the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";

    /// <summary>What nginx adds to each request, and a browser's cookie jar for the public address.</summary>
    private sealed class ForwardingAsProxy(Uri publicBaseUrl, CookieContainer browser) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-Host", publicBaseUrl.Authority);
            if (browser.GetCookieHeader(publicBaseUrl) is { Length: > 0 } cookies)
            {
                request.Headers.Add("Cookie", cookies);
            }

            var response = await base.SendAsync(request, cancellationToken);
            foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                browser.SetCookies(publicBaseUrl, cookie);
            }

            return response;
        }
    }
}
